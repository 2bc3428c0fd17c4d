import { householdIssues, type Model, safeParseJson } from '../../lib/core-adapter';
import { normalizeInteger } from '../../lib/normalize-input';
import type { ScorecardAction } from '../../lib/scorecard-state';
import type { HouseholdForm } from './form-state';
import { fromRecord } from './from-record';
import type { BatchOrigin } from './household-state';
import { integer } from './to-record';

/**
 * Reads a household record file (JSON, the record format) into a `load` action: the form filled
 * with what it can show, and the core's issues about the file as it is. A file that is not JSON,
 * or not one record, leaves the form as it was and says why (a `report` action).
 */
export async function readHouseholdFile(
  file: Blob,
  evalYear: string,
  model: Model,
): Promise<ScorecardAction<HouseholdForm, BatchOrigin>> {
  const text = await file.text();
  const parsed = safeParseJson(text.startsWith('\uFEFF') ? text.slice(1) : text, 'the file');
  if (!parsed.ok) return { type: 'report', report: { issues: parsed.issues } };
  const record = parsed.value.value;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { type: 'report', report: { issues: [], notRecord: true } };
  }
  const year = normalizeInteger(evalYear);
  // The parsed text, so that a key written twice is an issue at its path.
  const issues = householdIssues(parsed.value, year === '' ? undefined : integer(year), model);
  return {
    type: 'load',
    form: fromRecord(record, model),
    report: issues.length === 0 ? null : { issues },
    origin: null,
  };
}
