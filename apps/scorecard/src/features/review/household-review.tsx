import type { Dispatch } from 'preact/hooks';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { MemberCard } from './member-card';
import { invalidCells, OutcomePanel } from './outcome-panel';
import { ReviewBar } from './review-bar';
import { placeOf } from './review-issues';
import type { ReviewOutcome } from './review-outcome';
import type { ReviewAction, ReviewHousehold, ReviewVillage } from './review-state';

/** Props of {@link HouseholdReview}. */
export interface HouseholdReviewProps {
  readonly model: Model;
  readonly village: ReviewVillage;
  readonly index: number;
  readonly household: ReviewHousehold;
  readonly name: string;
  readonly outcome: ReviewOutcome;
  readonly dispatch: Dispatch<ReviewAction>;
}

/**
 * One household before the panel: each member's entry (present or not, marks, vetoes proposed)
 * beside what they come to, live. A household not yet reviewed keeps its own final marks until
 * its review is started.
 */
export function HouseholdReview({
  model,
  village,
  index,
  household,
  name,
  outcome,
  dispatch,
}: HouseholdReviewProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a household takes the reader to it.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [household.key]);
  const invalid = invalidCells(outcome);
  const sizeInvalid =
    !outcome.outcome.ok &&
    outcome.outcome.issues.some((i) => placeOf(i, outcome.input.entries).kind === 'panelSize');
  return (
    <section
      class="household-review"
      aria-labelledby="household-review-title"
      data-testid="household-review"
      data-household={name}
    >
      <div class="page-head">
        <h3 id="household-review-title" tabIndex={-1} ref={heading}>
          {t('review.householdTitle', { id: name })}
        </h3>
        <div class="toolbar">
          <button
            type="button"
            class="button button-quiet"
            onClick={() => dispatch({ type: 'open', index: null })}
          >
            {t('review.backToList')}
          </button>
        </div>
      </div>
      {!household.reviewed ? (
        <div class="card">
          <p>
            {household.civility === undefined ? t('review.notReviewed') : t('review.hasFinalMarks')}
          </p>
          <button
            type="button"
            class="button button-primary"
            data-testid="review-start"
            disabled={village.members.length === 0}
            onClick={() => dispatch({ type: 'start', household: index })}
          >
            {t('review.start')}
          </button>
          {village.members.length === 0 ? <p class="muted small">{t('review.noMembers')}</p> : null}
        </div>
      ) : (
        <div class="review-layout">
          <div class="review-entries">
            <div class={`field field-narrow${sizeInvalid ? ' is-invalid' : ''}`}>
              <label for="review-household-size">{t('review.householdPanelSize')}</label>
              <input
                id="review-household-size"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={household.panelSize}
                aria-invalid={sizeInvalid ? 'true' : undefined}
                onInput={(event) =>
                  dispatch({
                    type: 'householdPanelSize',
                    household: index,
                    value: event.currentTarget.value,
                  })
                }
              />
            </div>
            {village.members.map((member) => (
              <MemberCard
                key={member.key}
                model={model}
                member={member}
                marks={household.marks[member.key]}
                invalid={invalid}
                onPresent={(present) =>
                  dispatch({ type: 'present', household: index, member: member.key, present })
                }
                onMarks={(marks) =>
                  dispatch({ type: 'mark', household: index, member: member.key, marks })
                }
                onVeto={(code, proposed) =>
                  dispatch({ type: 'veto', household: index, member: member.key, code, proposed })
                }
              />
            ))}
            <button
              type="button"
              class="button button-quiet"
              onClick={() => dispatch({ type: 'stop', household: index })}
            >
              {household.civility === undefined ? t('review.stop') : t('review.stopKeep')}
            </button>
            <ReviewBar outcome={outcome} panelSize={household.panelSize} model={model} />
          </div>
          {/* On a wide screen the outcome scrolls beside the grid: a region the keyboard can scroll. */}
          <section
            class="review-outcome-column"
            aria-labelledby="review-outcome-title"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled without a mouse
            tabIndex={0}
          >
            <OutcomePanel model={model} village={village} household={household} outcome={outcome} />
          </section>
        </div>
      )}
    </section>
  );
}
