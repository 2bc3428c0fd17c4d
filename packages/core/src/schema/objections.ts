import * as z from 'zod';
import { type Issue, issuesOr, makeIssue, nonEmpty, type Result } from '../issues.js';
import { duplicateKeyIssue, type JsonPath, unwrapJson } from '../json/parse-json.js';
import { parseDay } from '../objections/calendar.js';
import type { Objection, ObjectionError, ObjectionsDocument } from '../types/objections.js';
import { BOUNDS } from './bounds.js';
import { describeType, jsonTypeOf, shownValue } from './decimal-text.js';
import { id, integer, list, oneOf, privateText, report, strictObject } from './fields.js';
import { hint } from './json-hints.js';
import { notADocument } from './not-a-document.js';
import { translateIssues } from './translate.js';

/**
 * The objections document (docs/formats.md §15): zod schemas of its parts, and the reader that
 * tells an unusable document (a bad notice or calendar, an unknown top-level key) from bad
 * objections, each reported with its index.
 */

/** A real calendar date written `YYYY-MM-DD`, years 1900–2100. */
export function date(what: string) {
  const schema = z.unknown().transform((value, ctx): string => {
    if (value === undefined)
      return report(ctx, 'required', `required: ${what} (YYYY-MM-DD)`, {
        expected: 'date',
        got: 'nothing',
      });
    if (typeof value !== 'string')
      return report(
        ctx,
        'invalid_type',
        `expected ${what} as a string YYYY-MM-DD, got ${describeType(value)}`,
        { expected: 'date', got: jsonTypeOf(value) },
      );
    if (parseDay(value) === undefined) {
      const shown = shownValue(value);
      return report(
        ctx,
        'invalid_value',
        `${what} must be a real calendar date written YYYY-MM-DD (years ${BOUNDS.minYear}–${BOUNDS.maxYear})${shown === undefined ? '' : `, got ${JSON.stringify(shown)}`}`,
        { expected: 'date', ...(shown === undefined ? {} : { value: shown }) },
      );
    }
    return value;
  });
  return hint(schema, {
    type: 'string',
    format: 'date',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    description: `A real calendar date written YYYY-MM-DD (years ${BOUNDS.minYear}–${BOUNDS.maxYear}).`,
  });
}

const noticeSchema = strictObject(
  {
    date: date('the first day of the notice'),
    days: integer(1, BOUNDS.noticeDays, 'the days of the notice').optional(),
  },
  'the notice ({ "date": "YYYY-MM-DD", "days": 7 })',
);

const dates = (what: string) => list(date('a date'), BOUNDS.calendarDates, what).optional();

/** One objection: who objects to which household's rating, when, why, and how it was resolved. */
export const objectionSchema = strictObject(
  {
    village: id('the village id'),
    household: id('the household id'),
    filed: date('the filing date'),
    by: oneOf(['household', 'villager'], 'who objected'),
    grounds: privateText('the grounds', BOUNDS.objectionGrounds),
    resolution: strictObject(
      {
        date: date('the resolution date'),
        outcome: oneOf(['upheld', 'rejected'], 'the outcome'),
      },
      'the resolution ({ "date": "YYYY-MM-DD", "outcome": "upheld" | "rejected" })',
    ).optional(),
  },
  'an objection (a JSON object)',
);

/** The whole document, for its JSON Schema; reading goes part by part (see `safeParseObjections`). */
export const objectionsDocumentSchema = strictObject(
  {
    notice: noticeSchema,
    holidays: dates('the holidays'),
    workdays: dates('the make-up workdays'),
    objections: list(objectionSchema, BOUNDS.objections, 'the objections'),
  },
  'an objections document',
);

/** The document's own parts; the objections are read one by one. */
const envelopeSchema = strictObject(
  {
    notice: noticeSchema,
    holidays: dates('the holidays'),
    workdays: dates('the make-up workdays'),
    objections: list(z.unknown(), BOUNDS.objections, 'the objections'),
  },
  'an objections document',
);

/**
 * Reads an objections document: the document, or why it is unusable (not an object, a bad
 * notice, a malformed holiday or workday, a date that is both, an unknown top-level key, no
 * objections list, a key written twice outside the objections). A bad objection does not make
 * it unusable: it is an error entry with its index and every issue.
 */
export function safeParseObjections(input: unknown): Result<ObjectionsDocument> {
  const { value, duplicateKeys } = unwrapJson(input);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ok: false,
      issues: [
        notADocument(
          'an objections document (a JSON object with "notice" and "objections")',
          value,
        ),
      ],
    };
  const parsed = envelopeSchema.safeParse(value, { reportInput: true });
  const issues: Issue[] = parsed.success ? [] : translateIssues(parsed.error.issues);
  for (const path of duplicateKeys)
    if (!(path[0] === 'objections' && typeof path[1] === 'number'))
      issues.push(duplicateKeyIssue(path));
  if (parsed.success) {
    const holidays = new Set(parsed.data.holidays ?? []);
    (parsed.data.workdays ?? []).forEach((day, i) => {
      if (holidays.has(day))
        issues.push(
          makeIssue(
            ['workdays', i],
            'invalid_value',
            `${day} is listed both as a holiday and as a make-up workday`,
            { expected: 'date', value: day },
          ),
        );
    });
  }
  if (!parsed.success || nonEmpty(issues))
    return {
      ok: false,
      issues: issuesOr(issues, makeIssue([], 'invalid_document', 'not an objections document')),
    };
  const { notice, holidays, workdays, objections: raw } = parsed.data;
  const objections: Objection[] = [];
  const errors: ObjectionError[] = [];
  raw.forEach((entry, index) => {
    const read = readObjection(entry, index, duplicatesOf(duplicateKeys, index));
    if (read.ok) objections.push(read.value);
    else errors.push({ index, issues: read.issues });
  });
  return {
    ok: true,
    value: {
      notice:
        notice.days === undefined
          ? { date: notice.date }
          : { date: notice.date, days: notice.days },
      holidays: holidays ?? [],
      workdays: workdays ?? [],
      objections,
      errors,
      count: raw.length,
    },
  };
}

/** One objection, with the resolution not before the filing; keys written twice are its errors. */
function readObjection(
  entry: unknown,
  index: number,
  duplicates: readonly JsonPath[],
): Result<Objection> {
  const parsed = objectionSchema.safeParse(entry, { reportInput: true });
  const issues = parsed.success ? [] : translateIssues(parsed.error.issues);
  issues.push(...duplicates.map(duplicateKeyIssue));
  if (parsed.success) {
    const { filed, resolution } = parsed.data;
    if (resolution !== undefined && resolution.date < filed)
      issues.push(
        makeIssue(
          ['resolution', 'date'],
          'before_filing',
          `the resolution (${resolution.date}) is dated before the filing (${filed})`,
          { expected: 'date', value: resolution.date, date: filed },
        ),
      );
  }
  if (!parsed.success || nonEmpty(issues))
    return {
      ok: false,
      issues: issuesOr(
        issues,
        makeIssue([], 'invalid_type', 'not a valid objection', { expected: 'object' }),
      ),
    };
  const { resolution, ...fields } = parsed.data;
  return {
    ok: true,
    value: { index, ...fields, ...(resolution === undefined ? {} : { resolution }) },
  };
}

/** The duplicate-key paths inside objection `index`, relative to it. */
function duplicatesOf(paths: readonly JsonPath[], index: number): JsonPath[] {
  return paths
    .filter((path) => path[0] === 'objections' && path[1] === index && path.length > 2)
    .map((path) => path.slice(2));
}
