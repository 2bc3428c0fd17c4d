import { useI18n } from '../../i18n/index';
import { type CountyResult, groupCount, type Model } from '../../lib/core-adapter';
import { formatPercent } from '../../lib/money';
import { comparisonText } from '../../lib/rule-text';
import { countyParametersOf } from './township-model';
import { countyConditions } from './township-reasons';

/**
 * 信用县评定: the county's verdict (a credit county or not, or not rated) and why, with the three
 * conditions of the model — the credit-village share, the credit-township share and the NPL —
 * each measured, against its threshold, held or failed; and the counts behind the shares.
 */
export function CountyVerdict({
  county,
  model,
}: {
  readonly county: CountyResult;
  readonly model: Model;
}) {
  const { t } = useI18n();
  const params = countyParametersOf(model);
  const rows = params === undefined ? [] : countyConditions(county, params);
  const verdict = county.creditCounty === null ? 'unrated' : county.creditCounty ? 'yes' : 'no';
  const failed = rows.filter((row) => row.held === false);
  return (
    <section
      class={`card county-verdict is-${verdict}`}
      aria-labelledby="county-title"
      data-testid="county-verdict"
      data-verdict={verdict}
    >
      <h3 id="county-title">{t('county.title')}</h3>
      <p class="county-headline" data-testid="county-headline">
        <strong>{t(`county.verdict.${verdict}`)}</strong>
        {verdict === 'no' && failed.length > 0 ? (
          <span>
            {t('county.because', {
              reasons: failed
                .map((row) =>
                  t('county.failedCondition', {
                    condition: t(`county.condition.${row.id}`),
                    value: row.value === null ? '—' : formatPercent(row.value),
                    threshold: comparisonText(row.when, row.threshold, true),
                  }),
                )
                .join(t('common.listSep')),
            })}
          </span>
        ) : verdict === 'unrated' ? (
          <span>{t('county.unratedWhy')}</span>
        ) : null}
      </p>
      <table class="table county-conditions" data-testid="county-conditions">
        <thead>
          <tr>
            <th scope="col">{t('county.col.condition')}</th>
            <th scope="col" class="num">
              {t('county.col.value')}
            </th>
            <th scope="col">{t('county.col.needed')}</th>
            <th scope="col">{t('county.col.held')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-condition={row.id} data-held={String(row.held)}>
              <th scope="row">{t(`county.condition.${row.id}`)}</th>
              <td class="num">{row.value === null ? '—' : formatPercent(row.value)}</td>
              <td>{comparisonText(row.when, row.threshold, true)}</td>
              <td class={row.held === true ? 'is-yes' : row.held === false ? 'is-no' : 'muted'}>
                {row.held === null
                  ? t('county.held.unknown')
                  : row.held
                    ? t('county.held.yes')
                    : t('county.held.no')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl class="summary-stats">
        <div>
          <dt>{t('county.villages')}</dt>
          <dd data-testid="county-villages">
            {groupCount(county.creditVillages)} / {groupCount(county.villagesTotal)}
          </dd>
        </div>
        <div>
          <dt>{t('county.townships')}</dt>
          <dd data-testid="county-townships">
            {groupCount(county.creditTownships)} / {groupCount(county.townships)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
