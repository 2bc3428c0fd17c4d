import { useState } from 'preact/hooks';
import { Money } from '../../components/money';
import { RatingBadge } from '../../components/rating-badge';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import type { Model, VillageComparison } from '../../lib/core-adapter';
import { groupCount } from '../../lib/core-adapter';
import { formatMoneyChange } from '../../lib/money';
import { MoveLabel } from './rating-moves';
import type { Sides } from './sides';

/** The moves that are no change of rating (hidden by "only villages whose rating changed"). */
const STILL = new Set(['unchanged', 'unrated']);

/**
 * One row per village of the comparison: its rating on each side and how it moved (摘牌
 * highlighted), households, upgrades and downgrades, credit status gained and lost, and the
 * total limit on each side with its change. A button shows the village's own figures.
 */
export function VillageComparisons({
  villages,
  model,
  sides,
  idPrefix,
  onShow,
}: {
  readonly villages: readonly VillageComparison[];
  readonly model: Model;
  readonly sides: Sides;
  readonly idPrefix: string;
  readonly onShow: (index: number) => void;
}) {
  const { t } = useI18n();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const titleId = `${idPrefix}-villages-title`;
  const rows = villages
    .map((village, index) => ({ village, index }))
    .filter(({ village }) => !onlyChanged || !STILL.has(village.move));
  const rating = (village: VillageComparison, side: 'before' | 'after') => {
    const absent = side === 'before' ? village.move === 'new' : village.move === 'missing';
    if (absent) return <span class="muted">{t('compare.absent')}</span>;
    return (
      <RatingBadge
        model={model}
        rating={side === 'before' ? village.ratingBefore : village.ratingAfter}
      />
    );
  };
  return (
    <section class="card" aria-labelledby={titleId}>
      <div class="page-head">
        <h4 id={titleId}>{t('compare.villages')}</h4>
        <label class="check">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(event) => setOnlyChanged(event.currentTarget.checked)}
          />
          {t('compare.onlyChanged')}
        </label>
      </div>
      <ScrollArea label={t('compare.villages')}>
        <table class="table village-comparisons" data-testid="village-comparisons">
          <thead>
            <tr>
              <th scope="col">{t('compare.col.village')}</th>
              <th scope="col">
                {t('compare.col.rating', { before: sides.beforeShort, after: sides.afterShort })}
              </th>
              <th scope="col">{t('compare.col.move')}</th>
              <th scope="col" class="num">
                {t('compare.col.households', {
                  before: sides.beforeShort,
                  after: sides.afterShort,
                })}
              </th>
              <th scope="col" class="num">
                {t('compare.col.upDown')}
              </th>
              <th scope="col" class="num">
                {t('compare.col.credit')}
              </th>
              <th scope="col" class="num">
                {t('compare.col.limit', { before: sides.beforeShort, after: sides.afterShort })}
              </th>
              <th scope="col" class="num">
                {t('compare.col.limitChange')}
              </th>
              <th scope="col">
                <span class="visually-hidden">{t('compare.show')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={9} class="muted">
                  {t('compare.noVillages')}
                </td>
              </tr>
            ) : null}
            {rows.map(({ village, index }) => {
              const name = village.id ?? t('villages.unnamed');
              const change = village.totalLimit.change;
              return (
                <tr
                  key={`${index}:${village.id ?? ''}`}
                  data-village={village.id ?? ''}
                  data-move={village.move}
                  class={village.move === 'delisted' ? 'is-delisted' : undefined}
                >
                  <th scope="row">{name}</th>
                  <td class="rating-pair">
                    {rating(village, 'before')} <span aria-hidden="true">→</span>
                    <span class="visually-hidden"> {t('compare.to')} </span>
                    {rating(village, 'after')}
                  </td>
                  <td>
                    <MoveLabel move={village.move} />
                  </td>
                  <td class="num">
                    {groupCount(village.households.before)} / {groupCount(village.households.after)}
                  </td>
                  <td class="num">
                    <span class="is-up">{groupCount(village.upgrades)}</span> /{' '}
                    <span class="is-down">{groupCount(village.downgrades)}</span>
                  </td>
                  <td class="num">
                    +{groupCount(village.creditGained)} / −{groupCount(village.creditLost)}
                  </td>
                  <td class="num">
                    <Money value={village.totalLimit.before} /> →{' '}
                    <Money value={village.totalLimit.after} />
                  </td>
                  <td
                    class={`num ${change.startsWith('-') ? 'is-down' : /^[0.]+$/.test(change) ? '' : 'is-up'}`}
                  >
                    {formatMoneyChange(change)}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={t('compare.showLabel', { village: name })}
                      onClick={() => onShow(index)}
                    >
                      {t('compare.show')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
