/**
 * The state a scorecard page (household or entity) keeps beside its form, and the edits every
 * such page shares: which fields' issues are shown, the evaluation year, loading a record,
 * asking for the result, starting again. Each page adds the edits of its own form and hands the
 * rest to {@link scorecardReducer}, so these rules are written once.
 */
import type { Issue } from './core-adapter';
import { currentYear } from './current-year';

/**
 * Problems found in a loaded file: the core's issues (the file's JSON broken, or the record's
 * problems), or that the file holds something else than one record of the page's kind.
 */
export interface LoadReport {
  readonly issues: readonly Issue[];
  /** The file is JSON but not one record (a batch, a list…). */
  readonly notRecord?: boolean;
}

/** A scorecard page's state, kept by the app so it survives switching tabs (and reloads). */
export interface ScorecardState<Form, Origin> {
  readonly form: Form;
  /** The evaluation year as typed. */
  readonly evalYear: string;
  /** Whether the evaluation year was chosen (typed or loaded), not the current year by default. */
  readonly evalYearChosen: boolean;
  /** Fields whose issues are shown: the user has left them (or chose a value). */
  readonly touched: ReadonlySet<string>;
  /** The field being typed in, whose issues wait until it is left (never an error mid-word). */
  readonly editing: string | null;
  /** Show every field's issues (after a load, or when the user asks for the result). */
  readonly showAll: boolean;
  /**
   * Counts the records the form has held: a new one (cleared, loaded, the example) starts a
   * new count, so the last valid result of another record is never shown as stale.
   */
  readonly generation: number;
  readonly report: LoadReport | null;
  /** Where a record opened from a batch came from, with its batch result (read-only). */
  readonly origin: Origin | null;
}

/** The edits every scorecard page shares. */
export type ScorecardAction<Form, Origin> =
  /** The user types in a field: its issues wait until it is left. */
  | { readonly type: 'editing'; readonly key: string }
  | { readonly type: 'touch'; readonly key: string }
  | { readonly type: 'evalYear'; readonly value: string }
  | {
      readonly type: 'load';
      readonly form: Form;
      readonly evalYear?: string;
      readonly report: LoadReport | null;
      readonly origin: Origin | null;
    }
  | { readonly type: 'report'; readonly report: LoadReport }
  /** The user asks for the result: every problem is shown. */
  | { readonly type: 'submit' }
  | { readonly type: 'reset' }
  | { readonly type: 'dismissReport' };

/** The work saved before the page was last closed (see lib/persist). */
export interface SavedScorecard<Form> {
  readonly form: Form;
  readonly evalYear: string;
  readonly evalYearChosen: boolean;
}

/** A blank form (`blank()`) for the current year, or the work saved before. */
export function initialScorecard<Form, Origin>(
  blank: () => Form,
  saved?: SavedScorecard<Form>,
): ScorecardState<Form, Origin> {
  return {
    form: saved?.form ?? blank(),
    evalYear: saved?.evalYear ?? currentYear(),
    evalYearChosen: saved?.evalYearChosen ?? false,
    touched: new Set(),
    editing: null,
    showAll: false,
    generation: 0,
    report: null,
    origin: null,
  };
}

/** The touched fields with `key` among them (the same set when it already was). */
export function withTouched(
  state: { readonly touched: ReadonlySet<string> },
  key: string,
): ReadonlySet<string> {
  return state.touched.has(key) ? state.touched : new Set([...state.touched, key]);
}

/**
 * Applies one of the shared edits. A reset keeps the evaluation year (the clerk rates the next
 * record of the same year) and starts a new generation.
 */
export function scorecardReducer<Form, Origin>(
  state: ScorecardState<Form, Origin>,
  action: ScorecardAction<Form, Origin>,
  blank: () => Form,
): ScorecardState<Form, Origin> {
  switch (action.type) {
    case 'editing':
      return state.editing === action.key ? state : { ...state, editing: action.key };
    case 'touch':
      return {
        ...state,
        touched: withTouched(state, action.key),
        editing: state.editing === action.key ? null : state.editing,
      };
    case 'evalYear':
      return { ...state, evalYear: action.value, evalYearChosen: true, editing: 'evalYear' };
    case 'load':
      return {
        ...state,
        form: action.form,
        evalYear: action.evalYear ?? state.evalYear,
        evalYearChosen: action.evalYear !== undefined || state.evalYearChosen,
        touched: new Set(),
        editing: null,
        showAll: true,
        generation: state.generation + 1,
        report: action.report,
        origin: action.origin,
      };
    case 'report':
      return { ...state, report: action.report };
    case 'submit':
      return { ...state, showAll: true, editing: null };
    case 'reset':
      return {
        ...initialScorecard<Form, Origin>(blank),
        evalYear: state.evalYear,
        evalYearChosen: state.evalYearChosen,
        generation: state.generation + 1,
      };
    case 'dismissReport':
      return { ...state, report: null };
  }
}
