import { GradeBadge } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type { HouseholdResult, Model } from '../../lib/core-adapter';

/** Score, grade, credit-household flag and limit of a household result: the headline. */
export function GradeSummary({
  result,
  model,
  evalYear,
}: {
  readonly result: HouseholdResult;
  readonly model: Model;
  /** The year the record was rated in, said with the result (it changes ages and the limit). */
  readonly evalYear?: number;
}) {
  const { t } = useI18n();
  return (
    <>
      {evalYear === undefined ? null : (
        <p class="muted small" data-testid="result-year">
          {t('result.evalYear', { year: evalYear })}
        </p>
      )}
      <dl class="grade-summary">
        <div class="stat">
          <dt>{t('result.score')}</dt>
          <dd class="stat-value" data-testid="score">
            {result.score}
          </dd>
        </div>
        <div class="stat">
          <dt>{t('result.grade')}</dt>
          <dd data-testid="grade">
            <GradeBadge model={model} code={result.grade} size="large" showName />
          </dd>
        </div>
        <div class="stat">
          <dt>{t('result.credit.yes')}</dt>
          <dd data-testid="credit-household" class={result.creditHousehold ? 'is-yes' : 'is-no'}>
            {result.creditHousehold ? t('common.yes') : t('common.no')}
          </dd>
        </div>
        <div class="stat stat-limit">
          <dt>{t('result.limit')}</dt>
          <dd class="stat-value" data-testid="limit">
            <Money value={result.limit} />
          </dd>
          <dd class="stat-note">
            {t('limit.boundBy', { term: t(`boundBy.${result.limitBoundBy}`) })}
          </dd>
        </div>
      </dl>
    </>
  );
}
