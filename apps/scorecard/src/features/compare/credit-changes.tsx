import { useState } from 'preact/hooks';
import { GradeBadge } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import type { CreditChange, Model } from '../../lib/core-adapter';
import type { Sides } from './sides';

const PAGE_SIZE = 50;

/** The households whose credit-household status changed (the core's list), paged. */
export function CreditChanges({
  changes,
  model,
  sides,
  idPrefix,
}: {
  readonly changes: readonly CreditChange[];
  readonly model: Model;
  readonly sides: Sides;
  readonly idPrefix: string;
}) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const titleId = `${idPrefix}-credit-title`;
  const shown = changes.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <section class="card" aria-labelledby={titleId} data-testid="credit-changes">
      <h4 id={titleId}>{t('compare.creditChanges', { n: changes.length })}</h4>
      {changes.length === 0 ? (
        <p class="muted">{t('compare.noCreditChanges')}</p>
      ) : (
        <>
          <ScrollArea label={t('compare.creditChanges', { n: changes.length })}>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('compare.col.village')}</th>
                  <th scope="col">{t('compare.col.household')}</th>
                  <th scope="col">
                    {t('compare.col.grade', { before: sides.beforeShort, after: sides.afterShort })}
                  </th>
                  <th scope="col" class="num">
                    {t('compare.col.limitPair', {
                      before: sides.beforeShort,
                      after: sides.afterShort,
                    })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((change) => (
                  <tr
                    key={`${change.village ?? ''}:${change.household}`}
                    data-household={change.household}
                  >
                    <td>{change.village ?? t('villages.unnamed')}</td>
                    <th scope="row">{change.household}</th>
                    <td>
                      <GradeBadge model={model} code={change.gradeBefore} />{' '}
                      <span aria-hidden="true">→</span>
                      <span class="visually-hidden"> {t('compare.to')} </span>
                      <GradeBadge model={model} code={change.gradeAfter} />
                    </td>
                    <td class="num">
                      <Money value={change.limitBefore} /> → <Money value={change.limitAfter} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <Pager page={page} pageSize={PAGE_SIZE} total={changes.length} onPage={setPage} />
        </>
      )}
    </section>
  );
}
