import { Money } from '../../components/money';
import { useRatingName } from '../../components/rating-badge';
import { useI18n } from '../../i18n/index';
import { type BatchSummary, groupCount, type Model } from '../../lib/core-adapter';
import type { BatchCounts } from './batch-counts';

/**
 * The batch's totals: villages, households scored, invalid and not evaluated, villages with
 * problems of their own, credit households, total limit and villages by rating. The counts are
 * those of the status line and of the list of bad records (see batch-counts.ts).
 */
export function BatchSummaryView({
  summary,
  counts,
  model,
}: {
  readonly summary: BatchSummary;
  readonly counts: BatchCounts;
  readonly model: Model;
}) {
  const { t } = useI18n();
  const ratingName = useRatingName(model);
  return (
    <section class="card" aria-labelledby="summary-title" data-testid="batch-summary">
      <h3 id="summary-title">{t('villages.summary')}</h3>
      <dl class="summary-stats">
        <div>
          <dt>{t('villages.summary.villages')}</dt>
          <dd>{groupCount(summary.villages)}</dd>
        </div>
        <div>
          <dt>{t('villages.summary.households')}</dt>
          <dd>{groupCount(summary.households)}</dd>
        </div>
        <div>
          <dt>{t('villages.summary.invalid')}</dt>
          <dd data-testid="summary-invalid">{groupCount(counts.invalid)}</dd>
        </div>
        {counts.notEvaluated === 0 ? null : (
          <div>
            <dt>{t('villages.summary.notEvaluated')}</dt>
            <dd data-testid="summary-not-evaluated">{groupCount(counts.notEvaluated)}</dd>
          </div>
        )}
        {counts.villageProblems === 0 ? null : (
          <div>
            <dt>{t('villages.summary.villageProblems')}</dt>
            <dd>{groupCount(counts.villageProblems)}</dd>
          </div>
        )}
        <div>
          <dt>{t('villages.summary.credit')}</dt>
          <dd>{groupCount(summary.creditHouseholds)}</dd>
        </div>
        <div>
          <dt>{t('villages.summary.totalLimit')}</dt>
          <dd>
            <Money value={summary.totalLimit} />
          </dd>
        </div>
        <div>
          <dt>{t('villages.summary.byRating')}</dt>
          <dd class="small">
            {Object.entries(summary.byRating)
              .map(
                ([rating, count]) =>
                  `${ratingName(rating === 'unrated' ? null : rating)} ${groupCount(count)}`,
              )
              .join(' · ')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
