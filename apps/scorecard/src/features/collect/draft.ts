/**
 * The household being typed on the collection page: the household form's own state (see
 * household-state.ts: what is typed, which problems show) and which household it is — a new
 * one, or one already saved, under its device id. Saving puts it into the collection under
 * that id, so saving twice (or again after a crash) never makes two households of one.
 */
import { emptyForm, type HouseholdForm } from '../household/form-state';
import {
  type HouseholdAction,
  type HouseholdState,
  householdReducer,
  initialHousehold,
} from '../household/household-state';
import { newUid } from './collection';

/** The household being typed. */
export interface Draft {
  readonly uid: string;
  readonly household: HouseholdState;
}

/** The edits of the draft: the household form's, and starting another household. */
export type DraftAction =
  | HouseholdAction
  /** Puts a household into the form: a saved one to edit (every problem shown), or a new one. */
  | {
      readonly type: 'start';
      readonly uid: string;
      readonly form: HouseholdForm;
      readonly showAll: boolean;
    };

/** A draft of `form` under `uid` (a new, empty household by default). */
export function draftOf(uid = newUid(), form = emptyForm(), showAll = false): Draft {
  // The evaluation year is the village's (the collection's), not the form's.
  return {
    uid,
    household: { ...initialHousehold({ form, evalYear: '', evalYearChosen: true }), showAll },
  };
}

/** Applies one edit to the draft. */
export function draftReducer(draft: Draft, action: DraftAction): Draft {
  if (action.type === 'start') {
    const next = draftOf(action.uid, action.form, action.showAll);
    // A new generation: the last result of another household is never shown as this one's.
    return {
      ...next,
      household: { ...next.household, generation: draft.household.generation + 1 },
    };
  }
  const household = householdReducer(draft.household, action);
  return household === draft.household ? draft : { ...draft, household };
}

/** A form's text, for telling whether it changed (row keys only tell rows apart on screen). */
export function formText(form: HouseholdForm): string {
  return JSON.stringify(form, (key, value: unknown) => (key === 'key' ? undefined : value));
}
