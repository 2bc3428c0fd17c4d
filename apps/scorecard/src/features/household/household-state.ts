import type { HouseholdResult, Issue } from '../../lib/core-adapter';
import {
  initialScorecard,
  type SavedScorecard,
  type ScorecardAction,
  type ScorecardState,
  scorecardReducer,
} from '../../lib/scorecard-state';
import {
  addRow,
  emptyForm,
  type FormPath,
  type HouseholdForm,
  type ListName,
  removeRow,
  setAt,
} from './form-state';

/** Where a household opened from a batch came from, and its batch result (read-only). */
export interface BatchOrigin {
  readonly village: string;
  /** The record's 0-based position in its village's `households`. */
  readonly index: number | null;
  /** The evaluation year of its village; `null` when the batch had none usable. */
  readonly evalYear: number | null;
  /** The batch result; `null` when the record was invalid in the batch. */
  readonly result: HouseholdResult | null;
  readonly issues: readonly Issue[] | null;
}

/** The household page's state; kept by the app so it survives switching tabs (and reloads). */
export type HouseholdState = ScorecardState<HouseholdForm, BatchOrigin>;

/** The edits of the household page: its form's own, and those every scorecard page shares. */
export type HouseholdAction =
  | { readonly type: 'set'; readonly path: FormPath; readonly value: unknown }
  | { readonly type: 'addRow'; readonly list: ListName }
  | { readonly type: 'removeRow'; readonly list: ListName; readonly index: number }
  /** Puts a changed record (a next-grade option) into the form, as an edit of it. */
  | { readonly type: 'apply'; readonly form: HouseholdForm }
  | ScorecardAction<HouseholdForm, BatchOrigin>;

/** A blank form for the current year, or the work saved before the page was last closed. */
export function initialHousehold(saved?: SavedScorecard<HouseholdForm>): HouseholdState {
  return initialScorecard(emptyForm, saved);
}

/** Applies one edit to the household page's state. */
export function householdReducer(state: HouseholdState, action: HouseholdAction): HouseholdState {
  switch (action.type) {
    case 'set':
      return { ...state, form: setAt(state.form, action.path, action.value) };
    case 'addRow':
      return { ...state, form: addRow(state.form, action.list) };
    case 'removeRow':
      return { ...state, form: removeRow(state.form, action.list, action.index) };
    case 'apply':
      return { ...state, form: action.form, report: null };
    default:
      return scorecardReducer(state, action, emptyForm);
  }
}
