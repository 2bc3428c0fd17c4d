/**
 * Opening a review file (a batch document or a village record, JSON) in the review page, and the
 * model's own worked examples of a review as a village to try the page on.
 */
import { householdIssues, type Issue, type Model, safeParseJson } from '../../lib/core-adapter';
import { type ReviewFileProblem, readReviewDocument } from './review-document';
import type { ReviewSession } from './review-state';

/** A review file opened, or why it was not (with the core's issues where it has some). */
export type ReviewFileOutcome =
  | { readonly ok: true; readonly session: ReviewSession }
  | {
      readonly ok: false;
      readonly fileName: string;
      /** `json`: not JSON at all (the core's issue says where it breaks). */
      readonly problem: ReviewFileProblem | { readonly kind: 'json' };
      readonly issues: readonly Issue[];
    };

/** Reads a chosen file into the page (see {@link readReviewDocument}). */
export async function readReviewFile(
  file: File,
  defaultYear: string,
  model: Model,
): Promise<ReviewFileOutcome> {
  const parsed = safeParseJson(await file.text(), 'the file');
  if (!parsed.ok)
    return { ok: false, fileName: file.name, problem: { kind: 'json' }, issues: parsed.issues };
  const value = parsed.value.value;
  const read = readReviewDocument(value, file.name, defaultYear);
  if (read.ok) return read;
  const { problem } = read;
  if (problem.kind !== 'review') return { ok: false, fileName: file.name, problem, issues: [] };
  // The household's review as the core sees it: what makes it one the page cannot show.
  const record = householdAt(value, problem.village, problem.household);
  const year = (value as { evalYear?: unknown }).evalYear ?? Number(defaultYear);
  const issues = householdIssues(record, year, model).filter((i) => i.path[0] === 'review');
  return { ok: false, fileName: file.name, problem, issues };
}

function householdAt(value: unknown, village: number, household: number): unknown {
  const v = value as { villages?: { households?: unknown[] }[]; households?: unknown[] };
  const households = Array.isArray(v.villages) ? v.villages[village]?.households : v.households;
  return households?.[household];
}

/**
 * The model's worked examples of a review (R1–R3 in the default model) as one village: a panel
 * of members with their marks, one with a veto, one short of the quorum. `null` when the model
 * has none.
 */
export function exampleReview(model: Model, villageName: string): ReviewSession | null {
  const examples = (model.document.examples ?? []).filter(
    (e) => typeof e.household === 'object' && e.household !== null && 'review' in e.household,
  );
  const first = examples[0];
  if (first === undefined) return null;
  const read = readReviewDocument(
    {
      evalYear: first.evalYear,
      villages: [
        {
          id: 'r-worked',
          name: villageName,
          households: examples.map((e) => e.household),
        },
      ],
    },
    'review-example.json',
    String(first.evalYear),
  );
  return read.ok ? { ...read.session, fileName: null } : null;
}
