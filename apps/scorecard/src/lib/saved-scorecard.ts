/**
 * A scorecard page's work as kept across reloads (see lib/persist): its form, the evaluation
 * year and whether it was chosen, under a version. Read back defensively: anything not of the
 * expected shape is dropped (a form from an older version of the app starts blank).
 */
import { isObject } from './is-object';
import type { SavedScorecard, ScorecardState } from './scorecard-state';

const VERSION = 1;

/** The work as saved: plain JSON data. */
export function toSavedScorecard<Form>(state: ScorecardState<Form, unknown>): unknown {
  return {
    v: VERSION,
    form: state.form,
    evalYear: state.evalYear,
    evalYearChosen: state.evalYearChosen,
  };
}

/**
 * The work saved before, when it has the expected shape; `readForm` reads the page's form
 * (`undefined` when it is not one).
 */
export function fromSavedScorecard<Form>(
  value: unknown,
  readForm: (form: unknown) => Form | undefined,
): SavedScorecard<Form> | undefined {
  if (!isObject(value) || value.v !== VERSION || typeof value.evalYear !== 'string')
    return undefined;
  const form = readForm(value.form);
  if (form === undefined) return undefined;
  return { form, evalYear: value.evalYear, evalYearChosen: value.evalYearChosen === true };
}
