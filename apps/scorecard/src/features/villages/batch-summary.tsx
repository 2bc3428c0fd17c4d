import { Money } from '../../components/money';
import { useRatingName } from '../../components/rating-badge';
import { useI18n } from '../../i18n/index';
import type { BatchSummary, Model } from '../../lib/core-adapter';

/** The batch's totals: villages, households, invalid records, credit households, total limit. */
export function BatchSummaryView({
  summary,
  model,
}: {
  readonly summary: BatchSummary;
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
          <dd>{summary.villages}</dd>
        </div>
        <div>
          <dt>{t('villages.summary.households')}</dt>
          <dd>{summary.households}</dd>
        </div>
        <div>
          <dt>{t('villages.summary.invalid')}</dt>
          <dd>{summary.invalidHouseholds}</dd>
        </div>
        <div>
          <dt>{t('villages.summary.credit')}</dt>
          <dd>{summary.creditHouseholds}</dd>
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
                ([rating, count]) => `${ratingName(rating === 'unrated' ? null : rating)} ${count}`,
              )
              .join(' · ')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
