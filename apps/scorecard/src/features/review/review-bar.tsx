import { codeAndName, useGradeName } from '../../components/grade-badge';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { quorumView, type ReviewOutcome } from './review-outcome';

/**
 * The review's outcome in one line, kept in view at the foot of a phone's screen while the
 * marks are entered (the full outcome is below every member's card): who is present against
 * the quorum, then the score and grade, or how many things are left. Not a live region.
 */
export function ReviewBar({
  outcome,
  panelSize,
  model,
}: {
  readonly outcome: ReviewOutcome;
  readonly panelSize: string;
  readonly model: Model;
}) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const present = outcome.input.entries.length;
  const quorum = quorumView(outcome.outcome, present);
  const result = outcome.outcome.ok ? outcome.outcome.explanation.result : undefined;
  return (
    <div class="result-bar review-bar" data-testid="review-bar">
      <span>
        {t('review.presentOf', { n: present, size: panelSize.trim() || '—' })}
        {quorum.state === 'met'
          ? ` ${t('review.status.quorum')}`
          : quorum.state === 'short'
            ? ` ${t('review.status.noQuorum')}`
            : ''}
        {' · '}
        {result === undefined ? (
          t('review.status.problems', { n: outcome.outcome.ok ? 0 : outcome.outcome.issues.length })
        ) : (
          <strong>
            {t('resultBar.score', { score: result.score })}{' '}
            {codeAndName(result.grade, gradeName(result.grade))}
          </strong>
        )}
      </span>
      <a href="#review-outcome-title" class="result-bar-link">
        {t('review.showOutcome')}
      </a>
    </div>
  );
}
