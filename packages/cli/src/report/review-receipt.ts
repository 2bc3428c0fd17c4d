import type { ReviewReceipt } from '@credit-village/core';

/**
 * The democratic review (民主评议) part of a calculation receipt: the quorum, each dimension's
 * marks (in the order of the reviewers' entries, without their ids), sorted, and the one taken;
 * then each veto code proposed, by how many, and whether it became a veto.
 */
export function reviewLines(review: ReviewReceipt): string[] {
  const { quorum, vetoMajority } = review;
  const middle = review.evenCount === 'lower' ? 'ties downward' : 'ties upward';
  const out = [
    `Democratic review (民主评议): ${review.present} of a panel of ${review.panelSize} present (quorum ${quorum.numerator}/${quorum.denominator}: at least ${quorum.needed})`,
    `  each dimension: the marks given → sorted → the one at position ${review.position + 1} of ${review.present} (the median, ${middle})`,
  ];
  const width = Math.max(...review.dimensions.map((d) => d.dimension.length));
  for (const d of review.dimensions)
    out.push(
      `  ${d.dimension.padEnd(width)}  ${d.marks.join(', ')} → ${d.sorted.join(', ')} → ${d.mark}`,
    );
  if (review.proposals.length === 0) out.push('  veto proposals: none');
  for (const p of review.proposals)
    out.push(
      `  veto ${p.code} proposed by ${p.count} of ${review.present} (a veto needs more than ${vetoMajority.numerator}/${vetoMajority.denominator}): ${p.vetoed ? 'a veto' : 'not a veto'}`,
    );
  out.push('');
  return out;
}
