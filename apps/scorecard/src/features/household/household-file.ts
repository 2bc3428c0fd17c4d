import type { I18n } from '../../i18n/index';
import { householdIssues, type Model } from '../../lib/core-adapter';
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
  const text = await file.text();
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return loadError(i18n.t('load.notJson', { message }));
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return loadError(i18n.t('load.notObject'));
  }
  const year = evalYear.trim() === '' ? undefined : integer(evalYear.trim());
  const issues = householdIssues(record, year, model);
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
