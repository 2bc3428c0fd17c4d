import { GradeBadge } from '../../components/grade-badge';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { quorumView, reviewOutcome } from './review-outcome';
import type { ReviewHousehold, ReviewVillage } from './review-state';

/** A household's name on the page: its id, else its position. */
export function householdName(
  household: ReviewHousehold,
  index: number,
  unnamed: (n: number) => string,
): string {
  const id = household.record.id;
  return typeof id === 'string' && id !== '' ? id : unnamed(index + 1);
}

/** Props of {@link HouseholdTable}. */
export interface HouseholdTableProps {
  readonly model: Model;
  readonly village: ReviewVillage;
  readonly evalYear: string;
  readonly open: number | null;
  readonly onOpen: (index: number) => void;
}

/**
 * The village's households: whether each is reviewed, how many members were present and
 * whether that made the quorum, and the score and grade the core gives it (or how many problems
 * keep it from one).
 */
export function HouseholdTable({ model, village, evalYear, open, onOpen }: HouseholdTableProps) {
  const { t } = useI18n();
  return (
    <ScrollArea label={t('review.households')}>
      <table class="table compact review-households" data-testid="review-households">
        <caption>{t('review.households')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.col.household')}</th>
            <th scope="col">{t('review.col.review')}</th>
            <th scope="col">{t('review.col.score')}</th>
            <th scope="col">{t('review.col.grade')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('review.col.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {village.households.map((household, index) => {
            const { input, outcome } = reviewOutcome(village, household, evalYear, model);
            const name = householdName(household, index, (n) =>
              t('review.unnamedHousehold', { n }),
            );
            const quorum = household.reviewed ? quorumView(outcome, input.entries.length) : null;
            return (
              <tr
                key={household.key}
                data-household={name}
                aria-current={open === index ? 'true' : undefined}
              >
                <th scope="row">{name}</th>
                <td>
                  {quorum === null
                    ? household.civility === undefined
                      ? t('review.status.none')
                      : t('review.status.final')
                    : `${t('review.presentOf', {
                        n: input.entries.length,
                        size: household.panelSize.trim() || '—',
                      })} ${
                        quorum.state === 'met'
                          ? t('review.status.quorum')
                          : quorum.state === 'short'
                            ? t('review.status.noQuorum')
                            : ''
                      }`}
                </td>
                <td>{outcome.ok ? outcome.explanation.result.score : '—'}</td>
                <td>
                  {outcome.ok ? (
                    <GradeBadge model={model} code={outcome.explanation.result.grade} />
                  ) : (
                    <span class="muted small">
                      {t('review.status.problems', { n: outcome.issues.length })}
                    </span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={t('review.openLabel', { id: name })}
                    onClick={() => onOpen(index)}
                  >
                    {t('review.open')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
