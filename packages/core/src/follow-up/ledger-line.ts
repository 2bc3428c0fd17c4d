import { InputError, issuesOr, makeIssue, nonEmpty } from '../issues.js';
import { duplicateKeyIssue, unwrapJson } from '../json/parse-json.js';
import { parseDay } from '../objections/calendar.js';
import { BOUNDS } from '../schema/bounds.js';
import { characterCount, describeType, jsonTypeOf, shownValue } from '../schema/decimal-text.js';
import { idProblem } from '../schema/ids.js';
import { decimalFen, fenText, ledgerLineIssues, ledgerLineSchema } from '../schema/ledger.js';
import { translateIssues } from '../schema/translate.js';
import type { LedgerLine, LedgerLineError } from '../types/follow-up.js';

/** A well-formed ledger line, with its amounts in whole fen. */
export interface CheckedLine {
  readonly line: LedgerLine;
  readonly grantedFen: number;
  readonly usedFen: number;
}

/** A ledger line read: well-formed, or an error with every issue. */
export type ReadLine =
  | ({ readonly ok: true } & CheckedLine)
  | { readonly ok: false; readonly error: LedgerLineError };

/**
 * How many lines took the fast path, how many the schema, and how many of those the schema
 * found well-formed (`misses`: lines the fast path could have taken; ids with non-ASCII
 * characters are the expected ones). For tests and benchmarks.
 */
export const ledgerLineCounts = { fast: 0, schema: 0, misses: 0 };

/**
 * Reads one ledger line (a parsed value, or the `ParsedJson` of its text): a well-formed line,
 * or every problem, each at its path in the line (docs/formats.md §13).
 *
 * The usual line (plain ASCII ids, amounts as plain decimals, a real date, no key twice) is
 * checked by hand, without building a schema's issues; anything else goes through the schema
 * (`ledgerLineSchema` and `ledgerLineIssues`), which alone writes issues. Both accept exactly
 * the same lines with the same result (a differential property test holds them to it).
 */
export function readLedgerLine(input: unknown, index: number): ReadLine {
  const { value, duplicateKeys } = unwrapJson(input);
  if (duplicateKeys.length === 0) {
    const fast = fastLine(value, index);
    if (fast !== undefined) {
      ledgerLineCounts.fast++;
      return fast;
    }
  }
  ledgerLineCounts.schema++;
  const read = schemaLine(value, index, duplicateKeys);
  if (read.ok) ledgerLineCounts.misses++;
  return read;
}

/** The reference reading: the schema, the rules across fields, and keys written twice. */
export function schemaLine(
  value: unknown,
  index: number,
  duplicateKeys: readonly (readonly (string | number)[])[] = [],
): ReadLine {
  const parsed = ledgerLineSchema.safeParse(value, { reportInput: true });
  const issues = parsed.success ? [] : translateIssues(parsed.error.issues);
  let grantedFen: number | undefined;
  let usedFen: number | undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const raw = value as Record<string, unknown>;
    // The amounts as the schema reads them, where it reads them (for used ≤ granted).
    const granted = ledgerLineSchema.shape.granted.safeParse(raw.granted);
    const used = ledgerLineSchema.shape.used.safeParse(raw.used);
    if (granted.success) grantedFen = decimalFen(granted.data);
    if (used.success) usedFen = decimalFen(used.data);
    issues.push(...ledgerLineIssues(raw, grantedFen, usedFen));
  } else if (issues.length === 0)
    issues.push(
      makeIssue(
        [],
        'invalid_type',
        `expected a ledger line (an object), got ${describeType(value)}`,
        {
          expected: 'object',
          got: jsonTypeOf(value),
        },
      ),
    );
  issues.push(...duplicateKeys.map(duplicateKeyIssue));
  if (nonEmpty(issues) || !parsed.success || grantedFen === undefined || usedFen === undefined) {
    return {
      ok: false,
      error: {
        index,
        issues: issuesOr(issues, makeIssue([], 'invalid_value', 'not a valid ledger line')),
      },
    };
  }
  const { lender, village, household, entity, validUntil } = parsed.data;
  return {
    ok: true,
    line: ledgerLine(index, lender, village, household, entity, grantedFen, usedFen, validUntil),
    grantedFen,
    usedFen,
  };
}

/** The hand-checked reading of the usual line, or `undefined` to leave it to the schema. */
function fastLine(value: unknown, index: number): ReadLine | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  let lender: unknown;
  let village: unknown;
  let household: unknown;
  let entity: unknown;
  let granted: unknown;
  let used: unknown;
  let validUntil: unknown;
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    switch (key) {
      case 'lender':
        lender = field;
        break;
      case 'village':
        village = field;
        break;
      case 'household':
        household = field;
        break;
      case 'entity':
        entity = field;
        break;
      case 'granted':
        granted = field;
        break;
      case 'used':
        used = field;
        break;
      case 'validUntil':
        validUntil = field;
        break;
      default:
        return undefined;
    }
  }
  if (!isId(lender)) return undefined;
  if (entity === undefined) {
    if (!isId(village) || !isId(household)) return undefined;
  } else if (village !== undefined || household !== undefined || !isId(entity)) return undefined;
  const grantedFen = amountFen(granted);
  const usedFen = amountFen(used);
  if (grantedFen === undefined || usedFen === undefined) return undefined;
  if (grantedFen === 0 || usedFen > grantedFen) return undefined;
  if (typeof validUntil !== 'string' || parseDay(validUntil) === undefined) return undefined;
  return {
    ok: true,
    line: ledgerLine(
      index,
      lender,
      village as string | undefined,
      household as string | undefined,
      entity as string | undefined,
      grantedFen,
      usedFen,
      validUntil,
    ),
    grantedFen,
    usedFen,
  };
}

/** A string the id rule accepts, within the length bound. */
function isId(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  if (value.length > BOUNDS.stringLength && characterCount(value) > BOUNDS.stringLength)
    return false;
  return idProblem(value) === undefined && value.trim() !== '';
}

/** An amount written as plain decimal text or a JSON number, in whole fen (bounded). */
function amountFen(value: unknown): number | undefined {
  if (typeof value === 'string') return decimalFen(value);
  if (typeof value === 'number' && Number.isFinite(value)) return decimalFen(String(value));
  return undefined;
}

function ledgerLine(
  index: number,
  lender: string,
  village: string | undefined,
  household: string | undefined,
  entity: string | undefined,
  grantedFen: number,
  usedFen: number,
  validUntil: string,
): LedgerLine {
  const granted = fenText(grantedFen);
  const used = fenText(usedFen);
  return entity === undefined
    ? {
        index,
        lender,
        village: village as string,
        household: household as string,
        granted,
        used,
        validUntil,
      }
    : { index, lender, entity, granted, used, validUntil };
}

/**
 * Reads a ledger's `asOf`: a real date `YYYY-MM-DD`.
 *
 * @throws {InputError} at `["asOf"]` when it is not one (the ledger is then unusable).
 */
export function readAsOf(value: unknown): string {
  if (typeof value === 'string' && parseDay(value) !== undefined) return value;
  const shown = typeof value === 'string' ? shownValue(value) : undefined;
  throw new InputError(
    [
      makeIssue(
        ['asOf'],
        value === undefined
          ? 'required'
          : typeof value === 'string'
            ? 'invalid_value'
            : 'invalid_type',
        `the date of the balances must be a real calendar date written YYYY-MM-DD${shown === undefined ? '' : `, got ${JSON.stringify(shown)}`}`,
        {
          expected: 'date',
          got: jsonTypeOf(value),
          ...(shown === undefined ? {} : { value: shown }),
        },
      ),
    ],
    'unusable ledger',
  );
}
