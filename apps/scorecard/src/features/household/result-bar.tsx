import { codeAndName, useGradeName } from '../../components/grade-badge';
import { useI18n } from '../../i18n/index';
import { groupCount, type HouseholdOutcome, type Model } from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';

/**
 * The result in one line, kept in view at the foot of the screen while a phone user types
 * (where the full result is below the whole form): score, grade and limit, or how much is left
 * to fill. A link goes to the full result. Not a live region: it changes as the user types.
 */
export function ResultBar({
  outcome,
  model,
  stale,
  pending,
}: {
  readonly outcome: (HouseholdOutcome & { readonly ok: true }) | null;
  readonly model: Model;
  readonly stale: boolean;
  /** Problems and unfilled fields standing between the form and a result. */
  readonly pending: number;
}) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const result = outcome?.explanation.result;
  return (
    <div class={`result-bar${stale ? ' is-stale' : ''}`} data-testid="result-bar">
      {result === undefined ? (
        <span>{t('resultBar.pending', { n: groupCount(pending) })}</span>
      ) : (
        <span>
          <span data-testid="result-bar-score">
            {t('resultBar.score', { score: result.score })}
          </span>
          {' · '}
          <strong>{codeAndName(result.grade, gradeName(result.grade))}</strong>
          {' · '}
          <span data-testid="result-bar-limit">
            {t('resultBar.limit', { limit: formatMoney(result.limit) })}
          </span>
          {stale ? <span class="result-bar-stale">{` · ${t('resultBar.stale')}`}</span> : null}
        </span>
      )}
      <a href="#result-title" class="result-bar-link">
        {t('resultBar.show')}
      </a>
    </div>
  );
}
