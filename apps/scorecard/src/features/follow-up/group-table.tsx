import { useMemo, useState } from 'preact/hooks';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import {
  groupCount,
  HOUSEHOLD_FUNNEL_LABELS,
  type HouseholdFollowUp,
  idKey,
} from '../../lib/core-adapter';
import { compareDecimal, formatMoney } from '../../lib/money';
import { MetricCells, MetricHeads } from './metric-list';

/** One row of a {@link GroupTable}: a township or village, its name, its follow-up. */
export interface GroupRow {
  /** Its place in the report's list. */
  readonly index: number;
  readonly id: string | null;
  readonly label: string;
  readonly group: HouseholdFollowUp;
}

type Order = 'input' | 'coverage' | 'use';

const PAGE_SIZE = 25;
const STAGES = Object.keys(HOUSEHOLD_FUNNEL_LABELS) as (keyof typeof HOUSEHOLD_FUNNEL_LABELS)[];

/** Lowest first, a ratio with no denominator last (nothing to follow up there). */
function byRatio(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return compareDecimal(a, b);
}

/**
 * Townships or villages as a table: the funnel's counts, the four ratios and the sums, each the
 * core's; searched by id, ordered by coverage or use, paged; each row opens its funnel.
 */
export function GroupTable({
  id,
  title,
  rows,
  searchable,
  onShow,
  shown,
}: {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly GroupRow[];
  /** Whether the table has a search box, an order and pages (villages). */
  readonly searchable: boolean;
  readonly onShow: (row: GroupRow) => void;
  /** The row whose funnel is shown, if it is one of these. */
  readonly shown: number | null;
}) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<Order>('input');
  const [page, setPage] = useState(0);

  const listed = useMemo(() => {
    const wanted = idKey(query.trim());
    const found =
      wanted === '' ? [...rows] : rows.filter((r) => r.id !== null && idKey(r.id).includes(wanted));
    if (order === 'coverage')
      found.sort((a, b) => byRatio(a.group.metrics.coverage.value, b.group.metrics.coverage.value));
    if (order === 'use')
      found.sort((a, b) =>
        byRatio(a.group.metrics.useRateAmount.value, b.group.metrics.useRateAmount.value),
      );
    return found;
  }, [rows, query, order]);
  const last = Math.max(0, Math.ceil(listed.length / PAGE_SIZE) - 1);
  const current = Math.min(page, last);
  const visible = searchable
    ? listed.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
    : listed;

  return (
    <section class="card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>
        {title} <span class="muted small">({groupCount(rows.length)})</span>
      </h3>
      {searchable ? (
        <div class="table-tools">
          <div class="field">
            <label for={`${id}-search`}>{t('followUp.search')}</label>
            <input
              id={`${id}-search`}
              type="search"
              value={query}
              onInput={(event) => {
                setQuery(event.currentTarget.value);
                setPage(0);
              }}
            />
          </div>
          <div class="field">
            <label for={`${id}-order`}>{t('followUp.sort')}</label>
            <select
              id={`${id}-order`}
              value={order}
              onChange={(event) => {
                setOrder(event.currentTarget.value as Order);
                setPage(0);
              }}
            >
              <option value="input">{t('followUp.sortInput')}</option>
              <option value="coverage">{t('followUp.sortCoverage')}</option>
              <option value="use">{t('followUp.sortUse')}</option>
            </select>
          </div>
        </div>
      ) : null}
      {visible.length === 0 ? (
        <p class="muted">{t('followUp.noMatch')}</p>
      ) : (
        <ScrollArea label={title}>
          <table class="table follow-up-table">
            <thead>
              <tr>
                <th scope="col">{title}</th>
                {STAGES.map((stage) => (
                  <th key={stage} scope="col" class="num">
                    {HOUSEHOLD_FUNNEL_LABELS[stage][lang]}
                  </th>
                ))}
                <MetricHeads />
                <th scope="col" class="num">
                  {t('followUp.granted')}
                </th>
                <th scope="col" class="num">
                  {t('followUp.used')}
                </th>
                <th scope="col">{t('followUp.funnel')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr key={row.index} data-index={row.index} data-id={row.id ?? ''}>
                  <th scope="row">{row.label}</th>
                  {STAGES.map((stage) => (
                    <td key={stage} class="num" data-stage={stage}>
                      {groupCount(row.group.funnel[stage])}
                    </td>
                  ))}
                  <MetricCells metrics={row.group.metrics} />
                  <td class="num">{formatMoney(row.group.granted)}</td>
                  <td class="num">{formatMoney(row.group.used)}</td>
                  <td>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={t('followUp.showFunnelOf', { group: row.label })}
                      aria-pressed={shown === row.index}
                      onClick={() => onShow(row)}
                    >
                      {t('followUp.showFunnel')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      {searchable ? (
        <Pager page={current} pageSize={PAGE_SIZE} total={listed.length} onPage={setPage} />
      ) : null}
    </section>
  );
}
