import { useMemo } from 'preact/hooks';
import { FilterSelect } from '../../components/filter-select';
import { GradeBadge, useGradeOptions } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { SearchField } from '../../components/search-field';
import { SortHeader } from '../../components/sort-header';
import { useI18n } from '../../i18n/index';
import { type EntityResult, groupCount, type Model } from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { compareDecimal } from '../../lib/money';
import { sortRows } from '../../lib/sort-rows';
import { useTableView } from '../../lib/use-table-view';
import type { EntityRun } from '../../worker/run-batch';
import { entityTypesOf } from './entity-model';

/** Rows on one page of the table. */
export const ENTITIES_PER_PAGE = 25;

/** Props of {@link EntityTable}. */
export interface EntityTableProps {
  readonly entities: readonly EntityRun[];
  readonly model: Model;
  /** Names a township id (its name, when the batch has it). */
  readonly townshipName: (id: string) => string;
  /** Opens an entity (by its position among the batch's entities) in the entity scorecard. */
  readonly onOpen?: ((index: number) => void) | undefined;
}

type SortKey = 'score' | 'limit' | 'guaranteed';

interface Row {
  readonly index: number;
  readonly result: EntityResult;
}

const COMPARE: Readonly<Record<SortKey, (a: Row, b: Row) => number>> = {
  score: (a, b) => a.result.score - b.result.score,
  limit: (a, b) => compareDecimal(a.result.limit, b.result.limit),
  guaranteed: (a, b) => compareDecimal(a.result.guaranteed, b.result.guaranteed),
};

/**
 * The scored entities of a batch: searched by id, name or township, filtered by grade and type,
 * sorted by score, limit or guaranteed part, and paged. Each row: the entity, its type (the
 * model's label), township, score, grade, limit, the part lent on credit alone and the part
 * that needs a guarantee.
 */
export function EntityTable({ entities, model, townshipName, onOpen }: EntityTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const gradeOptions = useGradeOptions(model);
  const view = useTableView<{ query: string; grade: string; type: string }, SortKey>(
    { query: '', grade: '', type: '' },
    { key: 'input', descending: false },
  );
  const { query, grade, type } = view.filters;
  const all = useMemo(
    () =>
      entities.flatMap((entity, index): Row[] =>
        entity.outcome.ok ? [{ index, result: entity.outcome.result }] : [],
      ),
    [entities],
  );
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const kept = all.filter(({ result }) => {
      if (grade !== '' && result.grade !== grade) return false;
      if (type !== '' && result.type !== type) return false;
      if (needle === '') return true;
      const township = result.township === undefined ? '' : townshipName(result.township);
      return [result.id, result.name ?? '', township].some((text) =>
        text.toLowerCase().includes(needle),
      );
    });
    return sortRows(kept, view.sort, COMPARE);
  }, [all, query, grade, type, view.sort, townshipName]);
  const { page } = view;
  const shown = rows.slice(page * ENTITIES_PER_PAGE, (page + 1) * ENTITIES_PER_PAGE);

  // Figures are read from the top: a column sorts descending first.
  const header = (key: SortKey, label: string) => (
    <SortHeader
      label={label}
      numeric
      direction={view.direction(key)}
      onSort={() => view.sortBy(key, true)}
    />
  );

  return (
    <section class="card" aria-labelledby="entity-table-title">
      <h4 id="entity-table-title">{t('entities.table')}</h4>
      <div class="table-tools">
        <SearchField
          id="entity-search"
          label={t('entities.search')}
          value={query}
          onInput={(value) => view.setFilter('query', value)}
        />
        <FilterSelect
          id="entity-grade-filter"
          label={t('households.filter')}
          value={grade}
          allLabel={t('households.all')}
          options={gradeOptions}
          onChange={(value) => view.setFilter('grade', value)}
        />
        <FilterSelect
          id="entity-type-filter"
          label={t('entities.typeFilter')}
          value={type}
          allLabel={t('entities.allTypes')}
          options={entityTypesOf(model).map((entry) => ({
            value: entry.code,
            label: i18n.label(entry.label, entry.code),
          }))}
          onChange={(value) => view.setFilter('type', value)}
        />
        <p class="muted small" data-testid="entity-count">
          {t('entities.shown', { n: groupCount(rows.length), total: groupCount(all.length) })}
        </p>
      </div>
      <ScrollArea label={t('entities.table')}>
        <table class="table entities" data-testid="entity-table">
          <thead>
            <tr>
              <th scope="col">{t('entities.col.entity')}</th>
              <th scope="col">{t('entities.col.type')}</th>
              <th scope="col">{t('entities.col.township')}</th>
              {header('score', t('households.col.score'))}
              <th scope="col">{t('households.col.grade')}</th>
              {header('limit', t('households.col.limit'))}
              <th scope="col" class="num">
                {t('entities.col.creditOnly')}
              </th>
              {header('guaranteed', t('entity.col.guaranteed'))}
              {onOpen === undefined ? null : <th scope="col">{t('villages.col.open')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={onOpen === undefined ? 8 : 9} class="muted">
                  {t('entities.noneFound')}
                </td>
              </tr>
            ) : null}
            {shown.map(({ index, result }) => {
              const name = result.name === undefined ? result.id : `${result.id} · ${result.name}`;
              return (
                <tr key={`${index}:${result.id}`} data-entity={result.id}>
                  <th scope="row">{name}</th>
                  <td>{i18n.label(labelOf(entityTypesOf(model), result.type), result.type)}</td>
                  <td>{result.township === undefined ? '—' : townshipName(result.township)}</td>
                  <td class="num">{result.score}</td>
                  <td>
                    <GradeBadge model={model} code={result.grade} />
                  </td>
                  <td class="num">
                    <Money value={result.limit} />
                  </td>
                  <td class="num">
                    <Money value={result.creditOnly} />
                  </td>
                  <td class="num">
                    <Money value={result.guaranteed} />
                  </td>
                  {onOpen === undefined ? null : (
                    <td>
                      <button
                        type="button"
                        class="button button-small"
                        aria-label={t('entities.openLabel', { entity: name })}
                        onClick={() => onOpen(index)}
                      >
                        {t('households.open')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <Pager page={page} pageSize={ENTITIES_PER_PAGE} total={rows.length} onPage={view.setPage} />
    </section>
  );
}
