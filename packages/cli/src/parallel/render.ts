import { villageTally } from '@credit-village/core';
import { problemLines } from '../report/record-problems.js';
import type { LineOutcome } from '../run/evaluate-line.js';
import type { ResultWriter } from '../write/result-writer.js';
import type { RenderedLine } from './protocol.js';

/** A line's outcome as output text, problem lines and tally: the same in every thread. */
export function renderLine(outcome: LineOutcome, writer: ResultWriter): RenderedLine {
  return {
    line: outcome.line ?? 0,
    claim: outcome.claim,
    text: writer.village(outcome),
    problems: outcome.result.errors.length > 0 ? problemLines(outcome) : [],
    tally: villageTally(outcome.result),
    households: outcome.result.counts.collected,
  };
}
