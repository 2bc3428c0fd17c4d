import { useMemo } from 'preact/hooks';
import { FilterSelect } from '../../components/filter-select';
import { Money } from '../../components/money';
import { Pager } from '../../components/pager';
import { RatingBadge, useRatingName } from '../../components/rating-badge';
import { ScrollArea } from '../../components/scroll-area';
import { SearchField } from '../../components/search-field';
import { SortHeader } from '../../components/sort-header';
import { useI18n } from '../../i18n/index';
import { groupCount, type Model, type VILLAGE_ITEM_IDS } from '../../lib/core-adapter';

type VillageItemId = (typeof VILLAGE_ITEM_IDS)[number];

import { ratingCodesOf } from '../../lib/model-view';
import { compareDecimal } from '../../lib/money';
import { sortRows } from '../../lib/sort-rows';
import { useTableView } from '../../lib/use-table-view';
import type { VillageRun, VillageSummary } from '../../worker/run-batch';
import { type UnratedReason, unratedReason } from './batch-counts';
import { villageName } from './village-name';

/** Rows on one page of the table: a county's hundreds of villages are paged, never all drawn. */
export const VILLAGES_PER_PAGE = 25;

/** Props of {@link VillageTable}. */
export interface VillageTableProps {
  readonly villages: readonly VillageRun[];
  readonly model: Model;
  readonly onOpen: (index: number) => void;
}

type SortKey = 'village' | 'score' | 'households' | 'credit' | 'totalLimit';

interface Row {
  readonly index: number;
  readonly name: string;
  readonly result: VillageSummary;
}

const COMPARE: Readonly<Record<SortKey, (a: Row, b: Row) => number>> = {
  village: (a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'),
  // Unscored villages sort below every score, whichever the direction.
  score: (a, b) => (a.result.score ?? -1) - (b.result.score ?? -1),
  households: (a, b) => a.result.counts.collected - b.result.counts.collected,
  credit: (a, b) => a.result.counts.creditHouseholds - b.result.counts.creditHouseholds,
  totalLimit: (a, b) => compareDecimal(a.result.totalLimit, b.result.totalLimit),
};

/**
 * The villages of a batch: searched by id or name, filtered by rating, sorted by any figure and
 * paged, so a county of 600 villages is as easy to read as one. Each row: rating (and why a
 * village is unrated), score, failed gates, household counts, credit households, total limit.
 * Each village's items are in its own view.
 */
export function VillageTable({ villages, model, onOpen }: VillageTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const ratingName = useRatingName(model);
  const view = useTableView<{ query: string; rating: string }, SortKey>(
    { query: '', rating: '' },
    { key: 'input', descending: false },
  );
  const { query, rating } = view.filters;
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const all = villages.map(
      (village, index): Row => ({
        index,
        name: villageName(village, i18n),
        result: village.result,
      }),
    );
    const kept = all.filter(
      (row) =>
        (needle === '' || row.name.toLowerCase().includes(needle)) &&
        (rating === '' || (row.result.rating ?? 'unrated') === rating),
    );
    return sortRows(kept, view.sort, COMPARE);
  }, [villages, query, rating, view.sort, i18n]);
  const { page } = view;
  const shown = rows.slice(page * VILLAGES_PER_PAGE, (page + 1) * VILLAGES_PER_PAGE);

  // Figures are read from the top (descending first), names from A (ascending first).
  const header = (key: SortKey, label: string, numeric: boolean) => (
    <SortHeader
      label={label}
      numeric={numeric}
      direction={view.direction(key)}
      onSort={() => view.sortBy(key, key !== 'village')}
    />
  );

  return (
    <section class="card" aria-labelledby="village-table-title">
      <h3 id="village-table-title">{t('villages.table')}</h3>
      <div class="table-tools">
        <SearchField
          id="village-search"
          label={t('villages.search')}
          value={query}
          onInput={(value) => view.setFilter('query', value)}
        />
        <FilterSelect
          id="village-rating"
          label={t('villages.ratingFilter')}
          value={rating}
          allLabel={t('villages.allRatings')}
          options={[...ratingCodesOf(model), 'none', 'unrated'].map((code) => ({
            value: code,
            label: ratingName(code === 'unrated' ? null : code),
          }))}
          onChange={(value) => view.setFilter('rating', value)}
        />
        <p class="muted small" data-testid="village-count">
          {t('villages.shown', { n: groupCount(rows.length), total: groupCount(villages.length) })}
        </p>
      </div>
      <ScrollArea label={t('villages.table')}>
        <table class="table villages" data-testid="village-table">
          <thead>
            <tr>
              {header('village', t('villages.col.village'), false)}
              <th scope="col">{t('villages.col.rating')}</th>
              {header('score', t('villages.col.score'), true)}
              <th scope="col">{t('villages.col.gates')}</th>
              {header('households', t('villages.col.counts'), true)}
              {header('credit', t('villages.col.credit'), true)}
              {header('totalLimit', t('villages.col.totalLimit'), true)}
              <th scope="col">{t('villages.col.open')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={8} class="muted">
                  {t('villages.noneFound')}
                </td>
              </tr>
            ) : null}
            {shown.map(({ index, name, result }) => {
              const counts = result.counts;
              const reason = unratedReason(result);
              return (
                <tr key={`${index}:${result.id ?? ''}`} data-village={result.id ?? ''}>
                  <th scope="row">{name}</th>
                  <td>
                    <RatingBadge model={model} rating={result.rating} />
                    {reason === null ? null : (
                      <span class="unrated-reason" data-testid="unrated-reason">
                        {reasonText(reason, t)}
                      </span>
                    )}
                  </td>
                  <td class="num">{result.score ?? '—'}</td>
                  <td>
                    {result.gatesFailed === null
                      ? '—'
                      : result.gatesFailed.length === 0
                        ? t('villages.noGates')
                        : result.gatesFailed
                            .map((gate) => t(`item.${gate as VillageItemId}`))
                            .join(t('common.listSep'))}
                  </td>
                  <td class="num">
                    {counts.householdsTotal === null ? '—' : groupCount(counts.householdsTotal)} /{' '}
                    {groupCount(counts.collected)} / {groupCount(counts.invalid)}
                  </td>
                  <td class="num">{groupCount(counts.creditHouseholds)}</td>
                  <td class="num">
                    <Money value={result.totalLimit} />
                  </td>
                  <td>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={t('villages.openLabel', { village: name })}
                      onClick={() => onOpen(index)}
                    >
                      {t('villages.open')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <Pager page={page} pageSize={VILLAGES_PER_PAGE} total={rows.length} onPage={view.setPage} />
    </section>
  );
}

function reasonText(reason: UnratedReason, t: ReturnType<typeof useI18n>['t']): string {
  switch (reason.kind) {
    case 'noYear':
      return t('unrated.noYear');
    case 'unreadable':
      return t('unrated.unreadable');
    case 'villageFields':
      return t('unrated.villageFields');
    case 'invalidRecords':
      return t('unrated.invalidRecords', { n: groupCount(reason.n) });
  }
}
