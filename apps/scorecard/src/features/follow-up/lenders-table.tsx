import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import { groupCount, type LenderFollowUp } from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';
import { MetricCells, MetricHeads } from './metric-list';

/**
 * Each lender's follow-up (sorted by id, as the core lists them): its households with a line,
 * its four ratios over the county's denominators, its sums, and its entities' sums.
 */
export function LendersTable({ lenders }: { readonly lenders: readonly LenderFollowUp[] }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby="follow-up-lenders-title" data-testid="follow-up-lenders">
      <h3 id="follow-up-lenders-title">{t('followUp.lenders')}</h3>
      <p class="muted small">{t('followUp.lendersNote')}</p>
      {lenders.length === 0 ? (
        <p class="muted">{t('followUp.noLenders')}</p>
      ) : (
        <ScrollArea label={t('followUp.lenders')}>
          <table class="table follow-up-table">
            <thead>
              <tr>
                <th scope="col">{t('followUp.lender')}</th>
                <th scope="col" class="num">
                  {t('followUp.withLine')}
                </th>
                <MetricHeads />
                <th scope="col" class="num">
                  {t('followUp.granted')}
                </th>
                <th scope="col" class="num">
                  {t('followUp.used')}
                </th>
                <th scope="col" class="num">
                  {t('followUp.entityGranted')}
                </th>
                <th scope="col" class="num">
                  {t('followUp.entityUsed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lenders.map((l) => (
                <tr key={l.lender} data-lender={l.lender}>
                  <th scope="row">{l.lender}</th>
                  <td class="num">{groupCount(l.metrics.coverage.numerator)}</td>
                  <MetricCells metrics={l.metrics} />
                  <td class="num" data-sum="granted">
                    {formatMoney(l.granted)}
                  </td>
                  <td class="num" data-sum="used">
                    {formatMoney(l.used)}
                  </td>
                  <td class="num">{formatMoney(l.entities.granted)}</td>
                  <td class="num">{formatMoney(l.entities.used)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
