import type { Dispatch } from 'preact/hooks';
import { useReducer } from 'preact/hooks';
import { currentYear } from '../../lib/current-year';
import { useSavedWork } from '../../lib/persist/saved-work';
import type { Session } from '../../lib/persist/session';
import { emptySession, type ReviewAction, type ReviewSession, reviewReducer } from './review-state';
import { fromSavedReview, REVIEW_KEY, toSavedReview } from './saved-review';

/** The review page's state and its edits, kept by the app (across tabs and reloads). */
export interface ReviewController {
  readonly state: ReviewSession;
  readonly dispatch: Dispatch<ReviewAction>;
}

/**
 * The democratic review being entered: restored from what the session kept (the marks typed
 * before a reload), and kept again as it is typed.
 */
export function useReview(session: Session): ReviewController {
  const [state, dispatch] = useReducer(
    reviewReducer,
    undefined,
    () => fromSavedReview(session.saved.get(REVIEW_KEY)) ?? emptySession(currentYear()),
  );
  useSavedWork(session.store, REVIEW_KEY, state, toSavedReview);
  return { state, dispatch };
}
