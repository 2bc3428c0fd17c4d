import { codeAndName, useGradeName } from '../../components/grade-badge';
import { useI18n } from '../../i18n/index';
import { type EntityScore, groupCount, type Model } from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';

/**
 * The entity result in one line, kept in view at the foot of a phone's screen while the form is
 * typed: score, grade, limit and the guaranteed part, or how much is left to fill. Not a live
 * region: it changes as the user types.
 */
export function EntityResultBar({
  outcome,
  model,
  stale,
  pending,
}: {
  readonly outcome: (EntityScore & { readonly ok: true }) | null;
  readonly model: Model;
  readonly stale: boolean;
  readonly pending: number;
}) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const result = outcome?.explanation.result;
  return (
    <div class={`result-bar${stale ? ' is-stale' : ''}`} data-testid="entity-result-bar">
      {result === undefined ? (
        <span>{t('resultBar.pending', { n: groupCount(pending) })}</span>
      ) : (
        <span>
          <span data-testid="entity-bar-score">
            {t('resultBar.score', { score: result.score })}
          </span>
          {' · '}
          <strong>{codeAndName(result.grade, gradeName(result.grade))}</strong>
          {' · '}
          <span data-testid="entity-bar-limit">
            {t('resultBar.limit', { limit: formatMoney(result.limit) })}
          </span>
          {result.guaranteed === '0.00' ? null : (
            <span data-testid="entity-bar-guaranteed">
              {' · '}
              {t('entity.bar.guaranteed', { amount: formatMoney(result.guaranteed) })}
            </span>
          )}
          {stale ? <span class="result-bar-stale">{` · ${t('resultBar.stale')}`}</span> : null}
        </span>
      )}
      <a href="#result-title" class="result-bar-link">
        {t('resultBar.show')}
      </a>
    </div>
  );
}
