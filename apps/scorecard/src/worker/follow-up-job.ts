/**
 * The credit follow-up the worker runs (and tests call directly): a results file and a credit
 * ledger read, and the core's follow-up of one against the other (docs/model.md §17). Every
 * figure of the follow-up page is the core's report; nothing here counts or sums.
 */
import {
  type FollowUpReport,
  type Issue,
  type Model,
  safeFollowUp,
  safeParseJson,
} from '../lib/core-adapter';
import { readResultsText, withoutBom } from '../lib/results-text';

/** A file's text, with its name for messages. */
export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** Which input a problem is in. */
export type FollowUpSide = 'results' | 'ledger';

/** The follow-up's report, or why one of the two files cannot be used. */
export type FollowUpOutcome =
  | { readonly ok: true; readonly report: FollowUpReport }
  | {
      readonly ok: false;
      readonly side: FollowUpSide;
      readonly name: string;
      /** The problems, each at its path inside that file (the first few: see `more`). */
      readonly issues: readonly Issue[];
      /** How many more problems were found and not kept. */
      readonly more: number;
    };

/** A wrong file (a batch of input records as results) has thousands of problems: enough to see. */
const MAX_ISSUES = 20;

function failed(side: FollowUpSide, name: string, issues: readonly Issue[]): FollowUpOutcome {
  return {
    ok: false,
    side,
    name,
    issues: issues.slice(0, MAX_ISSUES),
    more: Math.max(0, issues.length - MAX_ISSUES),
  };
}

/**
 * Reads the results (a result document or NDJSON result lines) and the ledger (one JSON
 * document), and follows the ledger up against the results under `model`'s display of ratios.
 */
export function followUpTexts(
  results: NamedText,
  ledger: NamedText,
  model: Model,
): FollowUpOutcome {
  const readResults = readResultsText(results.text, results.name);
  if (!readResults.ok) return failed('results', results.name, readResults.issues);
  const readLedger = safeParseJson(withoutBom(ledger.text), 'the credit ledger');
  if (!readLedger.ok) return failed('ledger', ledger.name, readLedger.issues);
  const followed = safeFollowUp(readResults.value, readLedger.value, { model });
  if (followed.ok) return { ok: true, report: followed.value };
  // The core names the input each problem is in by the first step of its path.
  const side: FollowUpSide = followed.issues[0].path[0] === 'ledger' ? 'ledger' : 'results';
  const own = followed.issues
    .filter((issue) => issue.path[0] === side)
    .map((issue) => ({ ...issue, path: issue.path.slice(1) }));
  return failed(side, side === 'ledger' ? ledger.name : results.name, own);
}
