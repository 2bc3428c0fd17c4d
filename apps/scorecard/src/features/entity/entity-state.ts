import type { EntityResult, Issue } from '../../lib/core-adapter';
import { currentYear } from '../household/household-state';
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

/** Problems of a loaded file: the core's issues, or that it holds no entity record. */
export interface EntityLoadReport {
  readonly issues: readonly Issue[];
  readonly notRecord?: boolean;
}

/** The entity page's state, kept by the app across tabs (and reloads). */
export interface EntityState {
  readonly form: EntityForm;
  /** The evaluation year as typed. */
  readonly evalYear: string;
  /** Whether the year was chosen (typed or loaded), not the current year by default. */
  readonly evalYearChosen: boolean;
  /** Fields whose issues are shown: the user has left them (or chose a value). */
  readonly touched: ReadonlySet<string>;
  /** The field being typed in, whose issues wait until it is left. */
  readonly editing: string | null;
  /** Show every field's issues (after a load, or when the user asks for the result). */
  readonly showAll: boolean;
  /** Counts the entities the form has held, so another entity's result is never shown as stale. */
  readonly generation: number;
  readonly report: EntityLoadReport | null;
  readonly origin: EntityOrigin | null;
}

/** The edits of the entity page. */
export type EntityAction =
  | { readonly type: 'text'; readonly path: EntityPath; readonly value: string }
  | { readonly type: 'flag'; readonly key: 'insured' | 'salesContracts'; readonly value: boolean }
  | { readonly type: 'vetoes'; readonly value: readonly string[] }
  | { readonly type: 'editing'; readonly key: string }
  | { readonly type: 'touch'; readonly key: string }
  | { readonly type: 'evalYear'; readonly value: string }
  | {
      readonly type: 'load';
      readonly form: EntityForm;
      readonly evalYear?: string;
      readonly report: EntityLoadReport | null;
      readonly origin: EntityOrigin | null;
    }
  /** Puts a changed record (a next-grade option) into the form, as an edit of it. */
  | { readonly type: 'apply'; readonly record: unknown }
  | { readonly type: 'report'; readonly report: EntityLoadReport }
  | { readonly type: 'submit' }
  | { readonly type: 'reset' }
  | { readonly type: 'dismissReport' };

/** A blank form for the current year, or the work saved before the page was last closed. */
export function initialEntity(saved?: {
  readonly form: EntityForm;
  readonly evalYear: string;
  readonly evalYearChosen: boolean;
}): EntityState {
  return {
    form: saved?.form ?? emptyEntityForm(),
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

function touched(state: EntityState, key: string): ReadonlySet<string> {
  return state.touched.has(key) ? state.touched : new Set([...state.touched, key]);
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
        touched: touched(state, action.key),
      };
    case 'vetoes':
      return {
        ...state,
        form: { ...state.form, vetoes: action.value },
        touched: touched(state, 'vetoes'),
      };
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
      // The core's changed record is the whole record (principal and meta too), as evaluated.
      return { ...state, form: fromEntityRecord(action.record), report: null };
    case 'report':
      return { ...state, report: action.report };
    case 'submit':
      return { ...state, showAll: true, editing: null };
    case 'reset':
      return {
        ...initialEntity(),
        evalYear: state.evalYear,
        evalYearChosen: state.evalYearChosen,
        generation: state.generation + 1,
      };
    case 'dismissReport':
      return { ...state, report: null };
  }
}
