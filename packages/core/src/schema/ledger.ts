import * as z from 'zod';
import { type Issue, makeIssue } from '../issues.js';
import { wholeIssue } from '../json/parse-json.js';
import { BOUNDS } from './bounds.js';
import { dec2, id, strictObject } from './fields.js';
import { date } from './objections.js';

/**
 * The credit ledger (docs/formats.md §13): zod schemas of a line and of the whole
 * document (for its JSON Schema), and the rules across a line's fields.
 */

/** The keys a ledger line may have, in the order the formats list them. */
export const LEDGER_LINE_KEYS = [
  'lender',
  'village',
  'household',
  'entity',
  'granted',
  'used',
  'validUntil',
] as const;

/** One line of credit: who lent, to whom, how much granted and drawn, until when. */
export const ledgerLineSchema = strictObject(
  {
    lender: id('the lender'),
    village: id('the village id').optional(),
    household: id('the household id').optional(),
    entity: id('the entity id').optional(),
    granted: dec2('money', 'positive'),
    used: dec2('money', 'nonNegative'),
    validUntil: date('the last day of the line'),
  },
  'a ledger line (a JSON object)',
);

/** A ledger line as the schema reads it, before the rules across its fields. */
export type LedgerLineFields = z.output<typeof ledgerLineSchema>;

/** The whole document, for its JSON Schema; reading goes line by line (see `parseLedger`). */
export const ledgerDocumentSchema = strictObject(
  {
    asOf: date('the date of the balances'),
    lines: z.array(ledgerLineSchema),
  },
  'a credit ledger',
);

/**
 * The rules across a line's fields: it names a household (`village` and `household`) or an
 * entity, never both and never neither; `used` is at most `granted`. Both amounts are canonical
 * decimal text (as the schema gives them); `usedFen` and `grantedFen` their whole fen.
 */
export function ledgerLineIssues(
  raw: Readonly<Record<string, unknown>>,
  grantedFen: number | undefined,
  usedFen: number | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const has = (key: string) => raw[key] !== undefined;
  if (has('entity') && (has('village') || has('household')))
    issues.push(
      wholeIssue(
        'invalid_value',
        'a ledger line names a household (village and household) or an entity, not both',
        { rule: 'subjectTwice' },
      ),
    );
  else if (!has('entity') && !has('village') && !has('household'))
    issues.push(
      wholeIssue(
        'invalid_value',
        'a ledger line names its subject: a household (village and household) or an entity',
        { rule: 'subjectMissing' },
      ),
    );
  else if (has('village') && !has('household'))
    issues.push(
      makeIssue(
        ['household'],
        'required',
        'required: the household id (the line names a village)',
        {
          expected: 'text',
          got: 'nothing',
        },
      ),
    );
  else if (has('household') && !has('village'))
    issues.push(
      makeIssue(['village'], 'required', 'required: the village id of the household', {
        expected: 'text',
        got: 'nothing',
      }),
    );
  if (grantedFen !== undefined && usedFen !== undefined && usedFen > grantedFen) {
    const granted = fenText(grantedFen);
    const used = fenText(usedFen);
    issues.push(
      makeIssue(
        ['used'],
        'too_big',
        `the drawn balance ${used} is above the line granted, ${granted}`,
        {
          expected: 'money',
          max: granted,
          value: used,
          rule: 'usedAboveGranted',
        },
      ),
    );
  }
  return issues;
}

/** Whole fen (a safe integer) as money text with 2 decimals. */
export function fenText(fen: number): string {
  const digits = String(fen).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Canonical decimal text of at most 2 decimals, not negative and within the money bound
 * (`"13000"`, `"0.5"`, `"150000.00"`), in whole fen; `undefined` for anything else.
 */
export function decimalFen(text: string): number | undefined {
  const match = /^(0|[1-9][0-9]{0,10})(?:\.([0-9]{1,2}))?$/.exec(text);
  if (match === null) return undefined;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return fen <= MONEY_BOUND_FEN ? fen : undefined;
}

/** The money bound (docs/formats.md) in whole fen. */
export const MONEY_BOUND_FEN = Number(BOUNDS.money) * 100;
