import type { EntityResult, Issue } from '../../lib/core-adapter';
import {
  initialScorecard,
  type SavedScorecard,
  type ScorecardAction,
  type ScorecardState,
  scorecardReducer,
  withTouched,
} from '../../lib/scorecard-state';
import {
  type EntityForm,
  type EntityPath,
  emptyEntityForm,
  fromEntityRecord,
  withText,
} from './entity-form';

/** Where an entity opened from the village review came from, and its batch result (read-only). */
export interface EntityOrigin {
  /** The file it came from. */
  readonly file: string;
  /** Its 0-based position among the batch's entities. */
  readonly index: number;
  /** Its NDJSON line, or `null` for a JSON document. */
  readonly line: number | null;
  readonly evalYear: number | null;
  /** The batch result; `null` when the record was invalid in the batch. */
  readonly result: EntityResult | null;
  readonly issues: readonly Issue[] | null;
}

/** The entity page's state, kept by the app across tabs (and reloads). */
export type EntityState = ScorecardState<EntityForm, EntityOrigin>;

/** The edits of the entity page: its form's own, and those every scorecard page shares. */
export type EntityAction =
  | { readonly type: 'text'; readonly path: EntityPath; readonly value: string }
  | { readonly type: 'flag'; readonly key: 'insured' | 'salesContracts'; readonly value: boolean }
  | { readonly type: 'vetoes'; readonly value: readonly string[] }
  /** Puts a changed record (a next-grade option) into the form, as an edit of it. */
  | { readonly type: 'apply'; readonly record: unknown }
  | ScorecardAction<EntityForm, EntityOrigin>;

/** A blank form for the current year, or the work saved before the page was last closed. */
export function initialEntity(saved?: SavedScorecard<EntityForm>): EntityState {
  return initialScorecard(emptyEntityForm, saved);
}

/** Applies one edit to the entity page's state. */
export function entityReducer(state: EntityState, action: EntityAction): EntityState {
  switch (action.type) {
    case 'text':
      return { ...state, form: withText(state.form, action.path, action.value) };
    case 'flag':
      return {
        ...state,
        form: { ...state.form, [action.key]: action.value },
        touched: withTouched(state, action.key),
      };
    case 'vetoes':
      return {
        ...state,
        form: { ...state.form, vetoes: action.value },
        touched: withTouched(state, 'vetoes'),
      };
    case 'apply':
      // The core's changed record is the whole record (principal and meta too), as evaluated.
      return { ...state, form: fromEntityRecord(action.record), report: null };
    default:
      return scorecardReducer(state, action, emptyEntityForm);
  }
}
