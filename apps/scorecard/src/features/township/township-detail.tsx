import { useEffect } from 'preact/hooks';
import { RatingBadge } from '../../components/rating-badge';
import { useI18n } from '../../i18n/index';
import type { EntityNoticeRun } from '../../lib/batch-documents';
import {
  type EntityNotice,
  type EntityResult,
  groupCount,
  issueLine,
  type Model,
  type TownshipResult,
} from '../../lib/core-adapter';
import { formatPercent } from '../../lib/money';
import { comparisonText } from '../../lib/rule-text';
import type { VillageRun } from '../../worker/run-batch';
import { villageName } from '../villages/village-name';
import { EntityNoticePanel } from './entity-notice-panel';
import { TownshipBadge } from './township-badge';
import {
  shareName,
  townshipParametersOf,
  townshipRatingName,
  villageRatingKeys,
} from './township-model';
import { townshipBands } from './township-reasons';

/** Props of {@link TownshipDetail}. */
export interface TownshipDetailProps {
  readonly township: TownshipResult;
  readonly label: string;
  /** The villages of the run naming it, in input order. */
  readonly villages: readonly VillageRun[];
  /** The scored entities naming it. */
  readonly entities: readonly EntityResult[];
  /** The run's entities and townships as sent, for its entity notice. */
  readonly run: EntityNoticeRun;
  readonly model: Model;
  readonly onClose: () => void;
  /** Shows its entity notice in the printable view. */
  readonly onPrintEntityNotice: (notice: EntityNotice) => void;
}

const MEASURES = { npl: 'npl', nplIncrement: 'nplIncrement', performing: 'performing' } as const;

/**
 * One township in words (docs/model.md §13): its rating and why; its villages by rating (each
 * village named, with its badge); each rating band with the share it needs and the share it has;
 * each gate with the measure, the condition that fails it, and whether it passed; the problems
 * of its own record; and the public notice of its entities.
 */
export function TownshipDetail({
  township,
  label,
  villages,
  entities,
  run,
  model,
  onClose,
  onPrintEntityNotice,
}: TownshipDetailProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const params = townshipParametersOf(model);
  const bands = townshipBands(model, township);
  const keys = villageRatingKeys(model, i18n);
  const { total, inBatch } = township.villages;
  const absent = total == null || inBatch == null ? 0 : Math.max(0, total - inBatch);
  const ownProblems = township.errors.flatMap((e) => e.issues);
  useEffect(() => {
    document.getElementById('township-detail-title')?.focus();
  }, []);

  const why = (): string => {
    if (township.rating === null && ownProblems.length > 0) return t('township.why.ownProblems');
    if (township.rating === null)
      return t('township.why.unrated', { n: groupCount(township.villages.unrated ?? 0) });
    if (township.rating === 'none' && (township.gatesFailed?.length ?? 0) > 0)
      return t('township.why.gates', {
        gates: (township.gatesFailed ?? [])
          .map((id) => {
            const gate = params?.gates.find((g) => g.id === id);
            return gate === undefined ? id : t(`township.measure.${gate.measure}`);
          })
          .join(t('common.listSep')),
      });
    if (township.rating === 'none') return t('township.why.noBand');
    const band = bands.find((b) => b.code === township.rating);
    const value = band === undefined ? undefined : township.shares?.[band.share];
    return t('township.why.band', {
      rating: townshipRatingName(model, township.rating, i18n),
      share: band === undefined ? '' : shareName(model, band.share, i18n),
      value: value === undefined ? '—' : formatPercent(value),
      needed: band === undefined ? '' : comparisonText('>=', band.minShare, true),
    });
  };

  return (
    <section
      class="card township-detail"
      aria-labelledby="township-detail-title"
      data-testid="township-detail"
      data-township={township.id ?? ''}
    >
      <div class="page-head">
        <h4 id="township-detail-title" tabIndex={-1}>
          {t('township.detail', { township: label })}
        </h4>
        <button type="button" class="button" onClick={onClose}>
          {t('township.close')}
        </button>
      </div>
      <p class="township-why" data-testid="township-why">
        <TownshipBadge model={model} rating={township.rating} /> {why()}
      </p>

      <h5>{t('township.villagesTitle')}</h5>
      <dl class="summary-stats" data-testid="township-villages">
        <div>
          <dt>{t('township.registered')}</dt>
          <dd>{total == null ? '—' : groupCount(total)}</dd>
        </div>
        <div>
          <dt>{t('township.inBatch')}</dt>
          <dd>{groupCount(inBatch ?? 0)}</dd>
        </div>
        {keys.map((key) => (
          <div key={key.code} data-rating={key.code}>
            <dt>{key.name}</dt>
            <dd>{groupCount(township.villages[key.code] ?? 0)}</dd>
          </div>
        ))}
        <div data-rating="absent">
          <dt>{t('township.absent')}</dt>
          <dd>{groupCount(absent)}</dd>
        </div>
        <div>
          <dt>{t('township.entities')}</dt>
          <dd>{groupCount(entities.length)}</dd>
        </div>
      </dl>
      {villages.length === 0 ? null : (
        <ul class="township-village-list" data-testid="township-village-list">
          {sortByRating(
            villages,
            keys.map((k) => k.code),
          ).map((village) => (
            <li key={`${village.line ?? ''}:${village.result.id ?? ''}`}>
              <RatingBadge model={model} rating={village.result.rating} />{' '}
              {villageName(village, i18n)}
            </li>
          ))}
        </ul>
      )}

      <EntityNoticePanel
        townshipId={township.id}
        townshipName={township.name}
        run={run}
        model={model}
        onPrint={onPrintEntityNotice}
      />

      {township.shares === null ? null : (
        <>
          <h5>{t('township.bandsTitle')}</h5>
          <table class="table" data-testid="township-bands">
            <thead>
              <tr>
                <th scope="col">{t('township.col.band')}</th>
                <th scope="col">{t('township.col.needs')}</th>
                <th scope="col" class="num">
                  {t('township.col.has')}
                </th>
                <th scope="col">{t('township.col.reached')}</th>
              </tr>
            </thead>
            <tbody>
              {bands.map((band) => (
                <tr key={band.code} data-band={band.code} data-reached={String(band.reached)}>
                  <th scope="row">{townshipRatingName(model, band.code, i18n)}</th>
                  <td>
                    {shareName(model, band.share, i18n)} {comparisonText('>=', band.minShare, true)}
                  </td>
                  <td class="num">
                    {township.shares?.[band.share] === undefined
                      ? '—'
                      : formatPercent(township.shares[band.share] ?? '')}
                  </td>
                  <td class={band.reached ? 'is-yes' : 'is-no'}>
                    {band.reached ? t('common.yes') : t('common.no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {township.gatesFailed === null ? null : (
        <>
          <h5>{t('township.gatesTitle')}</h5>
          <table class="table" data-testid="township-gates">
            <thead>
              <tr>
                <th scope="col">{t('township.col.gate')}</th>
                <th scope="col" class="num">
                  {t('township.col.value')}
                </th>
                <th scope="col">{t('township.col.failsWhen')}</th>
                <th scope="col">{t('township.col.passed')}</th>
              </tr>
            </thead>
            <tbody>
              {(params?.gates ?? []).map((gate) => {
                const value = township[MEASURES[gate.measure]];
                const failed = township.gatesFailed?.includes(gate.id) ?? false;
                return (
                  <tr key={gate.id} data-gate={gate.id} data-passed={String(!failed)}>
                    <th scope="row">{t(`township.measure.${gate.measure}`)}</th>
                    <td class="num">{value === null ? '—' : formatPercent(value)}</td>
                    <td>{comparisonText(gate.when, gate.value, true)}</td>
                    <td class={failed ? 'is-no' : 'is-yes'}>
                      {failed ? t('township.gate.failed') : t('township.gate.passed')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}

      {ownProblems.length === 0 ? null : (
        <>
          <h5>{t('township.problems')}</h5>
          <ul class="issue-list" data-testid="township-problems">
            {ownProblems.map((issue, i) => (
              <li key={`${i}:${issue.code}`}>
                {issueLine(issue, { lang, model, record: 'township' })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Villages best rating first (then `none`, then unrated), input order within a rating. */
function sortByRating(villages: readonly VillageRun[], order: readonly string[]): VillageRun[] {
  const rank = (v: VillageRun) => {
    const i = order.indexOf(v.result.rating ?? 'unrated');
    return i < 0 ? order.length : i;
  };
  return villages
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v) - rank(b.v) || a.i - b.i)
    .map((x) => x.v);
}
