import { useState } from 'preact/hooks';
import { GradeBadge } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import { type EntityComparison, groupCount, type Model } from '../../lib/core-adapter';
import { formatMoneyChange } from '../../lib/money';
import type { Sides } from '../compare/sides';
import { TransitionMatrix } from '../compare/transition-matrix';

const PAGE_SIZE = 50;

/** A change of money, coloured by its sign (the core's text, never recomputed). */
function Change({ value, testId }: { readonly value: string; readonly testId: string }) {
  return (
    <dd
      data-testid={testId}
      class={value.startsWith('-') ? 'is-down' : /^[0.]+$/.test(value) ? '' : 'is-up'}
    >
      {formatMoneyChange(value)}
    </dd>
  );
}

/**
 * The entities of two evaluations compared (the core's `entities` of a comparison report,
 * matched by id): counts on each side, grade moves, credit-entity status gained and lost, total
 * limit and its guaranteed part on each side, the grade transition matrix, and the entities
 * whose credit status changed.
 */
export function EntityComparisonView({
  comparison,
  model,
  sides,
  idPrefix,
}: {
  readonly comparison: EntityComparison;
  readonly model: Model;
  readonly sides: Sides;
  readonly idPrefix: string;
}) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const { entities, totalLimit, totalGuaranteed, creditChanges } = comparison;
  const titleId = `${idPrefix}-entities-title`;
  const changesId = `${idPrefix}-entity-changes-title`;
  return (
    <section class="entity-comparison" aria-labelledby={titleId} data-testid="entity-comparison">
      <h4 id={titleId} class="section-title">
        {t('entities.title')}
      </h4>
      <section class="card">
        <dl class="summary-stats comparison-stats">
          <div>
            <dt>{t('compare.entities', { before: sides.beforeShort, after: sides.afterShort })}</dt>
            <dd data-testid="cmp-entities">
              {groupCount(entities.before)} / {groupCount(entities.after)}
            </dd>
          </div>
          <div>
            <dt>{t('compare.entityMatched')}</dt>
            <dd>{groupCount(entities.matched)}</dd>
          </div>
          <div>
            <dt>{t('compare.entityNewMissing')}</dt>
            <dd>
              {groupCount(entities.new)} / {groupCount(entities.missing)}
            </dd>
          </div>
          <div>
            <dt>{t('compare.upDown')}</dt>
            <dd data-testid="cmp-entity-up-down">
              <span class="is-up">{groupCount(comparison.upgrades)}</span> /{' '}
              <span class="is-down">{groupCount(comparison.downgrades)}</span> /{' '}
              {groupCount(comparison.unchanged)}
            </dd>
          </div>
          <div>
            <dt>{t('compare.entityCredit')}</dt>
            <dd>
              <span class="is-up">+{groupCount(comparison.creditGained)}</span> /{' '}
              <span class="is-down">−{groupCount(comparison.creditLost)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('compare.entityLimitSide', { side: sides.beforeShort })}</dt>
            <dd>
              <Money value={totalLimit.before} />
            </dd>
          </div>
          <div>
            <dt>{t('compare.entityLimitSide', { side: sides.afterShort })}</dt>
            <dd>
              <Money value={totalLimit.after} />
            </dd>
          </div>
          <div>
            <dt>{t('compare.entityLimitChange')}</dt>
            <Change value={totalLimit.change} testId="cmp-entity-limit-change" />
          </div>
          <div>
            <dt>{t('compare.guaranteedChange')}</dt>
            <Change value={totalGuaranteed.change} testId="cmp-entity-guaranteed-change" />
          </div>
        </dl>
      </section>
      <TransitionMatrix
        transitions={comparison.transitions}
        model={model}
        sides={sides}
        idPrefix={`${idPrefix}-entities`}
        title={t('compare.entityMatrix')}
        caption={t('compare.entityMatrixCaption', {
          before: sides.beforeShort,
          after: sides.afterShort,
        })}
        testId="entity-transition-matrix"
      />
      <section class="card" aria-labelledby={changesId}>
        <h4 id={changesId}>{t('compare.entityCreditChanges', { n: creditChanges.length })}</h4>
        {creditChanges.length === 0 ? (
          <p class="muted">{t('compare.noEntityCreditChanges')}</p>
        ) : (
          <>
            <ScrollArea label={t('compare.entityCreditChanges', { n: creditChanges.length })}>
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{t('entities.col.entity')}</th>
                    <th scope="col">
                      {t('compare.col.grade', {
                        before: sides.beforeShort,
                        after: sides.afterShort,
                      })}
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
                  {creditChanges.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((change) => (
                    <tr key={change.entity} data-entity={change.entity}>
                      <th scope="row">{change.entity}</th>
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
            <Pager page={page} pageSize={PAGE_SIZE} total={creditChanges.length} onPage={setPage} />
          </>
        )}
      </section>
    </section>
  );
}
