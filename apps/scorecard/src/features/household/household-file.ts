import type { I18n } from '../../i18n/index';
import { householdIssues, type Model, safeParseJson } from '../../lib/core-adapter';
import { fromRecord } from './from-record';
import type { HouseholdAction } from './household-state';
import { integer } from './to-record';

/**
 * Reads a household record file (JSON, the record format) into a `load` action: the form filled
 * with what it can show, and the core's issues about the file as it is.
 */
export async function readHouseholdFile(
  file: Blob,
  evalYear: string,
  model: Model,
  i18n: I18n,
): Promise<HouseholdAction> {
  const parsed = safeParseJson(await file.text(), 'the file');
  if (!parsed.ok) return loadError(i18n.t('load.notJson', { message: parsed.issues[0].message }));
  const record = parsed.value.value;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return loadError(i18n.t('load.notObject'));
  }
  const year = evalYear.trim() === '' ? undefined : integer(evalYear.trim());
  // The parsed text, so that a key written twice is an issue at its path.
  const issues = householdIssues(parsed.value, year, model);
  return {
    type: 'load',
    form: fromRecord(record, model),
    report: issues.length === 0 ? null : { issues },
    origin: null,
  };
}

/** A file that could not be read at all leaves the form as it was and says why. */
function loadError(error: string): HouseholdAction {
  return { type: 'report', report: { issues: [], error } };
}
