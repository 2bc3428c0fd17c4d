import { useEffect, useMemo, useRef } from 'preact/hooks';
import { FilterSelect } from '../../components/filter-select';
import { GradeBadge, useGradeOptions } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { SortHeader } from '../../components/sort-header';
import { useI18n } from '../../i18n/index';
import {
  groupCount,
  type HouseholdResult,
  type Model,
  type PublicNotice,
} from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { formatMoney, formatPercent } from '../../lib/money';
import { useTableView } from '../../lib/use-table-view';
import { villageHouseholds } from '../../lib/village-source';
import type { VillageRun } from '../../worker/run-batch';
import type { HeldMarks } from '../objections/held-marks';
import { type SortKey, sortHouseholds } from './household-sort';
import { NoticePanel } from './notice-panel';
import { villageName } from './village-name';

const PAGE_SIZE = 100;

/** Props of {@link VillageDetail}. */
export interface VillageDetailProps {
  readonly village: VillageRun;
  readonly model: Model;
  readonly onClose: () => void;
  readonly onOpenHousehold: (household: HouseholdResult) => void;
  /** Shows the village's public notice in the printable view. */
  readonly onPrintNotice: (notice: PublicNotice) => void;
  /** The households held by the objections register (复核中), when one is tracked. */
  readonly held?: HeldMarks | null;
}

/** A village's households: sortable by score, limit or id; filterable by grade; paged. */
export function VillageDetail({
  village,
  model,
  onClose,
  onOpenHousehold,
  onPrintNotice,
  held = null,
}: VillageDetailProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const gradeOptions = useGradeOptions(model);
  const view = useTableView<{ grade: string }, SortKey>(
    { grade: '' },
    { key: 'score', descending: true },
  );
  const { grade } = view.filters;
  const { sort, page } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a village moves the focus (and the view) to its households.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const rows = useMemo(() => {
    const households = villageHouseholds(village).filter((h) => grade === '' || h.grade === grade);
    return sortHouseholds(households, sort);
  }, [village, sort, grade]);
  const name = villageName(village, i18n);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);

  // Figures are read from the top (descending first), ids from the first (ascending).
  const header = (key: SortKey, label: string) => (
    <SortHeader
      label={label}
      numeric={key !== 'id'}
      direction={view.direction(key)}
      onSort={() => view.sortBy(key, key !== 'id')}
      buttonLabel={t('households.sortBy', { column: label })}
      noneWhenUnsorted
    />
  );

  return (
    <section
      class="card village-detail"
      aria-labelledby="village-detail-title"
      data-testid="village-detail"
    >
      <div class="page-head">
        <h3 id="village-detail-title" ref={heading} tabIndex={-1}>
          {t('households.title', { village: name })}
        </h3>
        <button type="button" class="button" onClick={onClose}>
          {t('households.close')}
        </button>
      </div>
      <VillageItems village={village} model={model} />
      <HeldNote village={village} held={held} />
      <NoticePanel village={village} model={model} onPrint={onPrintNotice} />
      <FilterSelect
        id="grade-filter"
        label={t('households.filter')}
        value={grade}
        allLabel={t('households.all')}
        options={gradeOptions}
        onChange={(value) => view.setFilter('grade', value)}
        inline
      />
      <ScrollArea label={t('households.title', { village: name })}>
        <table class="table households" data-testid="household-table">
          <thead>
            <tr>
              {header('id', t('households.col.id'))}
              {header('score', t('households.col.score'))}
              <th scope="col">{t('households.col.grade')}</th>
              <th scope="col">{t('households.col.credit')}</th>
              {header('limit', t('households.col.limit'))}
              <th scope="col">{t('households.col.boundBy')}</th>
              <th scope="col">{t('households.col.vetoes')}</th>
              <th scope="col">{t('households.col.open')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={8} class="muted">
                  {t('households.none')}
                </td>
              </tr>
            ) : null}
            {shown.map((household) => (
              <tr
                key={household.id}
                data-household={household.id}
                class={held?.has(village.result.id, household.id) === true ? 'is-held' : undefined}
              >
                <th scope="row">
                  {household.id}
                  {held?.has(village.result.id, household.id) === true ? (
                    <span class="badge held-badge" data-testid="held-badge">
                      {t('objections.heldBadge')}
                    </span>
                  ) : null}
                </th>
                <td class="num">{household.score}</td>
                <td>
                  <GradeBadge model={model} code={household.grade} />
                </td>
                <td>{household.creditHousehold ? t('common.yes') : t('common.no')}</td>
                <td class="num">
                  <Money value={household.limit} />
                </td>
                <td>{t(`boundBy.${household.limitBoundBy}`)}</td>
                <td>{household.vetoes.join(t('common.listSep'))}</td>
                <td>
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={t('households.openLabel', { id: household.id })}
                    onClick={() => onOpenHousehold(household)}
                  >
                    {t('households.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <Pager page={page} pageSize={PAGE_SIZE} total={rows.length} onPage={view.setPage} />
    </section>
  );
}

/** How many of the village's households the objections register holds (复核中), and from where. */
function HeldNote({
  village,
  held,
}: {
  readonly village: VillageRun;
  readonly held: HeldMarks | null;
}) {
  const { t } = useI18n();
  const n = held?.count(village.result.id) ?? 0;
  if (held === null || n === 0) return null;
  return (
    <p class="notice notice-warn" data-testid="village-held">
      {t(held.register === null ? 'objections.heldInVillageNew' : 'objections.heldInVillage', {
        n: groupCount(n),
        register: held.register ?? '',
        today: held.today,
      })}
    </p>
  );
}

/**
 * A village's items: each with its value (ratios as percentages, money in yuan, the party
 * organisation's level by name) and its points out of the maximum.
 */
function VillageItems({ village, model }: { readonly village: VillageRun; readonly model: Model }) {
  const i18n = useI18n();
  const { t } = i18n;
  const items = village.result.items;
  if (items === null) return null;
  const levels = model.document.village.items.partyOrganisation.levels;
  const valueText = (id: string, value: string | null): string => {
    if (value === null) return '—';
    if (id === 'partyOrganisation') return i18n.label(labelOf(levels, value), value);
    if (id === 'collectiveIncome') return `${formatMoney(value)} ${t('unit.yuan')}`;
    return formatPercent(value);
  };
  return (
    <table class="table compact village-items" data-testid="village-items">
      <caption>{t('households.items')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('villageItems.item')}</th>
          <th scope="col" class="num">
            {t('villageItems.value')}
          </th>
          <th scope="col" class="num">
            {t('villageItems.points')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-item={item.id}>
            <th scope="row">{t(`item.${item.id}`)}</th>
            <td class="num">{valueText(item.id, item.value)}</td>
            <td class="num">
              {t('result.points', { points: groupCount(item.points), max: groupCount(item.max) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
