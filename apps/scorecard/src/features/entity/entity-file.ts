import { type Model, safeParseJson, scoreEntity } from '../../lib/core-adapter';
import { isObject } from '../../lib/is-object';
import { normalizeInteger } from '../../lib/normalize-input';
import type { ScorecardAction } from '../../lib/scorecard-state';
import { integer } from '../household/to-record';
import type { EntityForm } from './entity-form';
import { fromEntityRecord } from './entity-form';
import type { EntityOrigin } from './entity-state';

/**
 * Reads an entity record file into a `load` action: a bare record, or `{ "evalYear", "entity" }`
 * as `credit-village explain` takes it (its year then replaces the form's). The form is filled
 * with what it can show, with the core's issues about the record as it is. A file that is not
 * JSON, or holds no record, leaves the form as it was and says why.
 */
export async function readEntityFile(
  file: Blob,
  evalYear: string,
  model: Model,
): Promise<ScorecardAction<EntityForm, EntityOrigin>> {
  const text = await file.text();
  const parsed = safeParseJson(text.startsWith('\uFEFF') ? text.slice(1) : text, 'the file');
  if (!parsed.ok) return { type: 'report', report: { issues: parsed.issues } };
  const value = parsed.value.value;
  if (!isObject(value)) return { type: 'report', report: { issues: [], notRecord: true } };
  const wrapped = isObject(value.entity);
  const record = wrapped ? value.entity : value;
  const fileYear =
    wrapped && typeof value.evalYear === 'number' ? String(value.evalYear) : undefined;
  const year = normalizeInteger(fileYear ?? evalYear);
  // The parsed text (a key written twice is an issue at its path), unless the record is wrapped.
  const checked = scoreEntity(
    wrapped ? record : parsed.value,
    year === '' ? undefined : integer(year),
    model,
  );
  const issues = checked.ok ? [] : checked.issues;
  return {
    type: 'load',
    form: fromEntityRecord(record),
    ...(fileYear === undefined ? {} : { evalYear: fileYear }),
    report: issues.length === 0 ? null : { issues },
    origin: null,
  };
}
