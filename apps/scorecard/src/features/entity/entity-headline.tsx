import { GradeBadge } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type { EntityResult, Model } from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { entityTypesOf } from './entity-model';

/**
 * Score, grade, credit-entity flag and the limit split into the part lent on credit alone
 * (信用方式) and the part that needs a guarantee (需担保): the headline of an entity result.
 */
export function EntityHeadline({
  result,
  model,
  evalYear,
  prefix = 'entity',
}: {
  readonly result: EntityResult;
  readonly model: Model;
  /** The year the record was rated in, said with the result. */
  readonly evalYear?: number;
  /** Starts the test ids of its figures (`entity-score`), so that two headlines differ. */
  readonly prefix?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <p class="muted small" data-testid={`${prefix}-result-year`}>
        {i18n.label(labelOf(entityTypesOf(model), result.type), result.type)}
        {evalYear === undefined ? null : <> · {t('result.evalYear', { year: evalYear })}</>}
      </p>
      <dl class="grade-summary entity-summary">
        <div class="stat">
          <dt>{t('result.score')}</dt>
          <dd class="stat-value" data-testid={`${prefix}-score`}>
            {result.score}
          </dd>
        </div>
        <div class="stat">
          <dt>{t('result.grade')}</dt>
          <dd data-testid={`${prefix}-grade`}>
            <GradeBadge model={model} code={result.grade} size="large" showName />
          </dd>
        </div>
        <div class="stat">
          <dt>{t('entity.creditEntity')}</dt>
          <dd data-testid={`${prefix}-credit`} class={result.creditEntity ? 'is-yes' : 'is-no'}>
            {result.creditEntity ? t('common.yes') : t('common.no')}
          </dd>
        </div>
        <div class="stat stat-limit">
          <dt>{t('result.limit')}</dt>
          <dd class="stat-value" data-testid={`${prefix}-limit`}>
            <Money value={result.limit} />
          </dd>
          <dd class="stat-note">
            {t('limit.boundBy', { term: t(`boundBy.${result.limitBoundBy}`) })}
          </dd>
        </div>
        <div class="stat">
          <dt>{t('entity.creditOnly')}</dt>
          <dd class="stat-value" data-testid={`${prefix}-credit-only`}>
            <Money value={result.creditOnly} />
          </dd>
        </div>
        <div class="stat">
          <dt>{t('entity.guaranteed')}</dt>
          <dd class="stat-value" data-testid={`${prefix}-guaranteed`}>
            <Money value={result.guaranteed} />
          </dd>
        </div>
      </dl>
    </>
  );
}
