import { InputError, type Issues, type Result } from '../issues.js';

/** The value of a result, or an `InputError` carrying its issues: the throwing twin of a `safe…` function. */
export function orThrow<T>(result: Result<T>, summary: string): T {
  if (result.ok) return result.value;
  throw new InputError(result.issues, summary);
}

/** A failed result with these issues. */
export function failure(issues: Issues): { readonly ok: false; readonly issues: Issues } {
  return { ok: false, issues };
}

/**
 * Runs a function that may throw `InputError` (an inner throwing API) as a result. Any other
 * error is a bug and is rethrown.
 */
export function attempt<T>(call: () => T): Result<T> {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    if (error instanceof InputError) return failure(error.issues);
    throw error;
  }
}
