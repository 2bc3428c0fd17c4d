import * as z from 'zod';
import { type Issue, makeIssue } from '../issues.js';
import { Dec } from '../money/decimal.js';
import type { TownshipRecord } from '../types/entity-input.js';
import { BOUNDS } from './bounds.js';
import { dec2, id, integer, jsonObject, strictObject } from './fields.js';
import { translateIssues } from './translate.js';
import type { WithUndefined } from './with-undefined.js';

/** Bounds of the township record (docs/formats.md). */
export const TOWNSHIP_BOUNDS = { villagesTotal: 10_000, borrowers: 1_000_000 } as const;

const loansSchema = strictObject(
  {
    balance: dec2('money', 'nonNegative').optional(),
    nonPerforming: dec2('money', 'nonNegative').optional(),
    balanceStartOfYear: dec2('money', 'nonNegative').optional(),
    nonPerformingStartOfYear: dec2('money', 'nonNegative').optional(),
  },
  'the loans',
);

/** The zod schema of a township record (strict keys, inside `loans` too). */
export const townshipSchema = strictObject(
  {
    id: id('the township id'),
    name: z.string().max(BOUNDS.stringLength).optional(),
    villagesTotal: integer(1, TOWNSHIP_BOUNDS.villagesTotal, 'the number of registered villages'),
    loans: loansSchema.optional(),
    borrowers: integer(0, TOWNSHIP_BOUNDS.borrowers, 'a number of borrowers').optional(),
    borrowersInArrears: integer(0, TOWNSHIP_BOUNDS.borrowers, 'a number of borrowers').optional(),
    meta: jsonObject.optional(),
  },
  'a township (a JSON object)',
);

// The schema's output must be assignable to the public record type.
type Output = z.output<typeof townshipSchema>;
export type SchemaMatchesTownship = Output extends WithUndefined<TownshipRecord> ? true : never;
const schemaMatchesTownship: SchemaMatchesTownship = true;
void schemaMatchesTownship;

/**
 * Validates a township's own fields and their consistency (non-performing loans within the
 * balance, now and at the start of the year; borrowers in arrears within the borrowers). Returns
 * the record when valid, and every issue.
 */
export function parseTownshipFields(input: unknown): {
  fields: TownshipRecord | undefined;
  issues: Issue[];
} {
  const parsed = townshipSchema.safeParse(input, { reportInput: true });
  const issues = parsed.success ? [] : translateIssues(parsed.error.issues);
  // Consistency checks run on whatever parts are valid, so every problem is listed at once.
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const loans =
    raw.loans === undefined ? undefined : loansSchema.safeParse(raw.loans, { reportInput: true });
  if (loans?.success === true) {
    const l = loans.data;
    for (const [part, balance, key] of [
      [l.nonPerforming, l.balance, 'nonPerforming'],
      [l.nonPerformingStartOfYear, l.balanceStartOfYear, 'nonPerformingStartOfYear'],
    ] as const) {
      if (part !== undefined && new Dec(part).gt(balance ?? 0))
        issues.push(
          makeIssue(
            ['loans', key],
            'nonperforming_exceeds_balance',
            `non-performing loans ${part} exceed the loan balance ${balance ?? '0'}`,
          ),
        );
    }
  }
  const borrowers = countOf(raw.borrowers) ?? (raw.borrowers === undefined ? 0 : undefined);
  const arrears = countOf(raw.borrowersInArrears);
  if (borrowers !== undefined && arrears !== undefined && arrears > borrowers)
    issues.push(
      makeIssue(
        ['borrowersInArrears'],
        'arrears_exceed_borrowers',
        `${arrears} borrowers in arrears but only ${borrowers} borrowers`,
        { count: arrears, max: borrowers },
      ),
    );
  return {
    fields: parsed.success && issues.length === 0 ? (parsed.data as TownshipRecord) : undefined,
    issues,
  };
}

function countOf(value: unknown): number | undefined {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= TOWNSHIP_BOUNDS.borrowers
    ? value
    : undefined;
}
