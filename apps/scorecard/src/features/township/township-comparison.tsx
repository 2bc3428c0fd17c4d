import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import type {
  CountyComparison,
  CountyResult,
  Model,
  TownshipComparison,
} from '../../lib/core-adapter';
import { formatPercent } from '../../lib/money';
import { MoveLabel } from '../compare/rating-moves';
import type { Sides } from '../compare/sides';
import { TownshipBadge } from './township-badge';
import { shareName, townshipParametersOf } from './township-model';

/**
 * The townships and the county of two evaluations compared (the core's `townships` and `county`
 * of a comparison report): the county's verdict and shares on each side, and each township's
 * rating move (摘牌 stands out) with its shares before and after.
 */
export function TownshipComparisonView({
  townships,
  county,
  model,
  sides,
  idPrefix,
}: {
  readonly townships: readonly TownshipComparison[];
  readonly county: CountyComparison | undefined;
  readonly model: Model;
  readonly sides: Sides;
  readonly idPrefix: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const shares = townshipParametersOf(model)?.shares ?? [];
  const titleId = `${idPrefix}-townships-title`;
  const verdict = (side: CountyResult | null) =>
    side === null
      ? t('compare.absent')
      : side.creditCounty === null
        ? t('county.verdict.unrated')
        : side.creditCounty
          ? t('county.verdict.yes')
          : t('county.verdict.no');
  return (
    <section
      class="township-comparison"
      aria-labelledby={titleId}
      data-testid="township-comparison"
    >
      <h4 id={titleId} class="section-title">
        {t('township.title')}
      </h4>
      {county === undefined ? null : (
        <section class="card" data-testid="county-comparison">
          <dl class="summary-stats comparison-stats">
            <div>
              <dt>{t('county.title')}</dt>
              <dd data-testid="cmp-county">
                {verdict(county.before)} → {verdict(county.after)}
              </dd>
            </div>
            <div>
              <dt>{t('county.condition.creditVillageShare')}</dt>
              <dd>
                {share(county.before?.creditVillageShare)} →{' '}
                {share(county.after?.creditVillageShare)}
              </dd>
            </div>
            <div>
              <dt>{t('county.condition.creditTownshipShare')}</dt>
              <dd>
                {share(county.before?.creditTownshipShare)} →{' '}
                {share(county.after?.creditTownshipShare)}
              </dd>
            </div>
            <div>
              <dt>{t('county.condition.npl')}</dt>
              <dd>
                {share(county.before?.npl)} → {share(county.after?.npl)}
              </dd>
            </div>
          </dl>
        </section>
      )}
      <section class="card">
        <ScrollArea label={t('township.table')}>
          <table class="table" data-testid="township-moves">
            <thead>
              <tr>
                <th scope="col">{t('township.col.township')}</th>
                <th scope="col">
                  {t('compare.col.rating', { before: sides.beforeShort, after: sides.afterShort })}
                </th>
                <th scope="col">{t('compare.col.move')}</th>
                {shares.map((s) => (
                  <th scope="col" class="num" key={s.id}>
                    {shareName(model, s.id, i18n)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {townships.map((township, index) => (
                <tr
                  key={`${index}:${township.id ?? ''}`}
                  data-township={township.id ?? ''}
                  class={township.move === 'delisted' ? 'is-alert' : undefined}
                >
                  <th scope="row">{township.id ?? t('township.unnamed')}</th>
                  <td>
                    {township.move === 'new' ? (
                      <span class="muted">{t('compare.absent')}</span>
                    ) : (
                      <TownshipBadge model={model} rating={township.ratingBefore} />
                    )}{' '}
                    <span aria-hidden="true">→</span>
                    <span class="visually-hidden"> {t('compare.to')} </span>
                    {township.move === 'missing' ? (
                      <span class="muted">{t('compare.absent')}</span>
                    ) : (
                      <TownshipBadge model={model} rating={township.ratingAfter} />
                    )}
                  </td>
                  <td>
                    <MoveLabel move={township.move} />
                  </td>
                  {shares.map((s) => (
                    <td class="num" key={s.id}>
                      {share(township.sharesBefore?.[s.id])} → {share(township.sharesAfter?.[s.id])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </section>
    </section>
  );
}

function share(value: string | null | undefined): string {
  return value === null || value === undefined ? '—' : formatPercent(value);
}
