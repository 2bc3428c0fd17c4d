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

/** Problems found in a loaded file: the core's issues, or why it could not be read at all. */
export interface LoadReport {
  readonly issues: readonly Issue[];
  readonly error?: string;
}

/** The household page's state; kept by the app so it survives switching tabs. */
export interface HouseholdState {
  readonly form: HouseholdForm;
  /** The evaluation year as typed. */
  readonly evalYear: string;
  /** Fields whose issues are shown (the user has edited or left them). */
  readonly touched: ReadonlySet<string>;
  /** Show every field's issues (after a load). */
  readonly showAll: boolean;
  readonly report: LoadReport | null;
  readonly origin: BatchOrigin | null;
}

/** The edits of the household page. */
export type HouseholdAction =
  | { readonly type: 'set'; readonly path: FormPath; readonly value: unknown }
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
  | { readonly type: 'reset' }
  | { readonly type: 'dismissReport' };

/** A blank form for the current year. */
export function initialHousehold(): HouseholdState {
  return {
    form: emptyForm(),
    evalYear: String(new Date().getFullYear()),
    touched: new Set(),
    showAll: false,
    report: null,
    origin: null,
  };
}

/** Applies one edit to the household page's state. */
export function householdReducer(state: HouseholdState, action: HouseholdAction): HouseholdState {
  switch (action.type) {
    case 'set':
      return { ...state, form: setAt(state.form, action.path, action.value) };
    case 'touch':
      return state.touched.has(action.key)
        ? state
        : { ...state, touched: new Set([...state.touched, action.key]) };
    case 'evalYear':
      return { ...state, evalYear: action.value, touched: new Set([...state.touched, 'evalYear']) };
    case 'addRow':
      return { ...state, form: addRow(state.form, action.list) };
    case 'removeRow':
      return { ...state, form: removeRow(state.form, action.list, action.index) };
    case 'load':
      return {
        form: action.form,
        evalYear: action.evalYear ?? state.evalYear,
        touched: new Set(),
        showAll: true,
        report: action.report,
        origin: action.origin,
      };
    case 'apply':
      return { ...state, form: action.form, report: null };
    case 'report':
      return { ...state, report: action.report };
    case 'reset':
      return { ...initialHousehold(), evalYear: state.evalYear };
    case 'dismissReport':
      return { ...state, report: null };
  }
}
