import { Money } from '../../components/money';
import { RatingBadge } from '../../components/rating-badge';
import { useI18n } from '../../i18n/index';
import { type Model, VILLAGE_ITEM_IDS } from '../../lib/core-adapter';
import type { VillageRun } from '../../worker/run-batch';
import { villageName } from './village-name';

const ITEMS = VILLAGE_ITEM_IDS;

/** Props of {@link VillageTable}. */
export interface VillageTableProps {
  readonly villages: readonly VillageRun[];
  readonly model: Model;
  readonly onOpen: (index: number) => void;
}

/** One row per village: rating, score, each item's points, failed gates, counts, total limit. */
export function VillageTable({ villages, model, onOpen }: VillageTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div class="table-scroll">
      <table class="table villages" data-testid="village-table">
        <caption>{t('villages.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('villages.col.village')}</th>
            <th scope="col">{t('villages.col.rating')}</th>
            <th scope="col" class="num">
              {t('villages.col.score')}
            </th>
            {ITEMS.map((item) => (
              <th scope="col" class="num" key={item}>
                {t(`item.${item}`)}
              </th>
            ))}
            <th scope="col">{t('villages.col.gates')}</th>
            <th scope="col" class="num">
              {t('villages.col.counts')}
            </th>
            <th scope="col" class="num">
              {t('villages.col.credit')}
            </th>
            <th scope="col" class="num">
              {t('villages.col.vetoed')}
            </th>
            <th scope="col" class="num">
              {t('villages.col.totalLimit')}
            </th>
            <th scope="col">
              <span class="visually-hidden">{t('villages.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {villages.map((village, index) => {
            const { result } = village;
            const name = villageName(village, i18n);
            const counts = result.counts;
            return (
              <tr key={`${index}:${result.id ?? ''}`} data-village={result.id ?? ''}>
                <th scope="row">{name}</th>
                <td>
                  <RatingBadge model={model} rating={result.rating} />
                </td>
                <td class="num">{result.score ?? '—'}</td>
                {ITEMS.map((item) => {
                  const found = result.items?.find((entry) => entry.id === item);
                  return (
                    <td class="num" key={item} title={found?.value ?? undefined}>
                      {found === undefined ? '—' : `${found.points}/${found.max}`}
                    </td>
                  );
                })}
                <td>
                  {result.gatesFailed === null
                    ? '—'
                    : result.gatesFailed.length === 0
                      ? t('villages.noGates')
                      : result.gatesFailed
                          .map((gate) => t(`item.${gate as (typeof ITEMS)[number]}`))
                          .join(t('common.listSep'))}
                </td>
                <td class="num">
                  {counts.householdsTotal ?? '—'} / {counts.collected} / {counts.invalid}
                </td>
                <td class="num">{counts.creditHouseholds}</td>
                <td class="num">{counts.vetoed}</td>
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
    </div>
  );
}
