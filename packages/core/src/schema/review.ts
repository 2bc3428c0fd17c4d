import type * as z from 'zod';
import { type Issue, makeIssue } from '../issues.js';
import type { ResolvedModel, ResolvedReview } from '../model/resolve.js';
import { BOUNDS } from './bounds.js';
import { characterCount } from './decimal-text.js';
import { id, integer, list, oneOf, strictObject } from './fields.js';
import { idKey, idProblem } from './ids.js';

/**
 * The household's `review` (democratic review, 民主评议; docs/formats.md §15): the panel's size
 * and each present reviewer's marks. The zod schema checks each field; {@link reviewIssues}
 * checks what spans fields (entries against the panel, repeated reviewers, the quorum).
 */
export function buildReviewSchema(
  model: ResolvedModel,
  civility: Record<string, z.ZodType<string, unknown>>,
  what: string,
) {
  const entry = strictObject(
    {
      reviewer: id('the reviewer id'),
      civility: strictObject(civility, what),
      vetoes: list(
        oneOf(model.vetoCodes, 'a veto code'),
        BOUNDS.vetoes,
        'the veto codes proposed',
      ).optional(),
    },
    'a reviewer\'s marks ({ "reviewer": …, "civility": { … }, "vetoes": [ … ] })',
  );
  return strictObject(
    {
      panelSize: integer(BOUNDS.minPanelSize, BOUNDS.maxPanelSize, 'the number of panel members'),
      marks: list(entry, BOUNDS.reviewMarks, "the reviewers' marks").min(1, {
        error: 'at least one reviewer must be present: list each present reviewer’s marks',
      }),
    },
    'the review ({ "panelSize": …, "marks": [ … ] })',
  );
}

/**
 * The review's cross-field problems, found on the raw value wherever the parts they need are
 * valid (so they are listed beside the fields' own problems): more entries than panel members,
 * a reviewer listed twice (at the later entry), no quorum (at `["review"]`).
 */
export function reviewIssues(raw: unknown, review: ResolvedReview): Issue[] {
  if (!isObject(raw)) return [];
  const issues: Issue[] = [];
  const { panelSize, marks } = raw;
  const size =
    typeof panelSize === 'number' &&
    Number.isInteger(panelSize) &&
    panelSize >= BOUNDS.minPanelSize &&
    panelSize <= BOUNDS.maxPanelSize
      ? panelSize
      : undefined;
  if (!Array.isArray(marks)) return issues;
  const n = marks.length;
  const seen = new Map<string, number>();
  marks.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const reviewer = entry.reviewer;
    if (!validId(reviewer)) return;
    const key = idKey(reviewer);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      issues.push(
        makeIssue(
          ['review', 'marks', i, 'reviewer'],
          'duplicate_id',
          `the reviewer id is already used by entry ${first}: each present reviewer is listed once`,
          { firstIndex: first },
        ),
      );
  });
  if (size === undefined || n === 0 || n > BOUNDS.reviewMarks) return issues;
  if (n > size) {
    issues.push(
      makeIssue(
        ['review', 'marks'],
        'too_many_items',
        `${n} reviewers' marks but the panel has ${size} members: list only the members present`,
        { expected: 'array', max: size, count: n },
      ),
    );
    return issues;
  }
  if (!hasQuorum(n, size, review)) {
    const needed = quorumOf(size, review);
    issues.push(
      makeIssue(
        ['review'],
        'no_quorum',
        `no quorum: ${n} of the panel's ${size} members present, at least ${needed} needed (${review.quorum.numerator}/${review.quorum.denominator}); the household cannot be rated on this review`,
        { count: n, min: needed, max: size },
      ),
    );
  }
  return issues;
}

/** Whether `present` reviewers of a panel of `size` make the quorum: `n × den ≥ P × num`, exactly. */
export function hasQuorum(present: number, size: number, review: ResolvedReview): boolean {
  return present * review.quorum.denominator >= size * review.quorum.numerator;
}

/** The fewest reviewers present that make the quorum of a panel of `size`. */
export function quorumOf(size: number, review: ResolvedReview): number {
  const { numerator, denominator } = review.quorum;
  const product = size * numerator;
  const whole = (product - (product % denominator)) / denominator;
  return product % denominator === 0 ? whole : whole + 1;
}

function validId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    characterCount(value) <= BOUNDS.stringLength &&
    idProblem(value) === undefined
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
