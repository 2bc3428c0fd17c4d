import type { HouseholdResult, Issue } from '../../lib/core-adapter';
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

/**
 * Problems found in a loaded file: the core's issues (the file's JSON broken, or the record's
 * problems), or that the file holds something else than a household record.
 */
export interface LoadReport {
  readonly issues: readonly Issue[];
  /** The file is JSON but not one household record (a batch, a list…). */
  readonly notRecord?: boolean;
}

/** The household page's state; kept by the app so it survives switching tabs (and reloads). */
export interface HouseholdState {
  readonly form: HouseholdForm;
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
   * Counts the households the form has held: a new one (cleared, loaded, the example) starts a
   * new count, so the last valid result of another household is never shown as stale.
   */
  readonly generation: number;
  readonly report: LoadReport | null;
  readonly origin: BatchOrigin | null;
}

/** The edits of the household page. */
export type HouseholdAction =
  | { readonly type: 'set'; readonly path: FormPath; readonly value: unknown }
  /** The user types in a field: its issues wait until it is left. */
  | { readonly type: 'editing'; readonly key: string }
  | { readonly type: 'touch'; readonly key: string }
  | { readonly type: 'evalYear'; readonly value: string }
  | { readonly type: 'addRow'; readonly list: ListName }
  | { readonly type: 'removeRow'; readonly list: ListName; readonly index: number }
  | {
      readonly type: 'load';
      readonly form: HouseholdForm;
      readonly evalYear?: string;
      readonly report: LoadReport | null;
      readonly origin: BatchOrigin | null;
    }
  /** Puts a changed record (a next-grade option) into the form, as an edit of it. */
  | { readonly type: 'apply'; readonly form: HouseholdForm }
  | { readonly type: 'report'; readonly report: LoadReport }
  /** The user asks for the result: every problem is shown. */
  | { readonly type: 'submit' }
  | { readonly type: 'reset' }
  | { readonly type: 'dismissReport' };

/** The current year, as the evaluation year a new form starts with (and says it does). */
export function currentYear(): string {
  return String(new Date().getFullYear());
}

/** A blank form for the current year, or the work saved before the page was last closed. */
export function initialHousehold(saved?: {
  readonly form: HouseholdForm;
  readonly evalYear: string;
  readonly evalYearChosen: boolean;
}): HouseholdState {
  return {
    form: saved?.form ?? emptyForm(),
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

function touched(state: HouseholdState, key: string): ReadonlySet<string> {
  return state.touched.has(key) ? state.touched : new Set([...state.touched, key]);
}

/** Applies one edit to the household page's state. */
export function householdReducer(state: HouseholdState, action: HouseholdAction): HouseholdState {
  switch (action.type) {
    case 'set':
      return { ...state, form: setAt(state.form, action.path, action.value) };
    case 'editing':
      return state.editing === action.key ? state : { ...state, editing: action.key };
    case 'touch':
      return {
        ...state,
        touched: touched(state, action.key),
        editing: state.editing === action.key ? null : state.editing,
      };
    case 'evalYear':
      return { ...state, evalYear: action.value, evalYearChosen: true, editing: 'evalYear' };
    case 'addRow':
      return { ...state, form: addRow(state.form, action.list) };
    case 'removeRow':
      return { ...state, form: removeRow(state.form, action.list, action.index) };
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
    case 'apply':
      return { ...state, form: action.form, report: null };
    case 'report':
      return { ...state, report: action.report };
    case 'submit':
      return { ...state, showAll: true, editing: null };
    case 'reset':
      return {
        ...initialHousehold(),
        evalYear: state.evalYear,
        evalYearChosen: state.evalYearChosen,
        generation: state.generation + 1,
      };
    case 'dismissReport':
      return { ...state, report: null };
  }
}
