import { type BatchEvaluator, villageTally } from '@credit-village/core';
import { splitLines } from '../io/lines.js';
import { problemLines } from '../report/record-problems.js';
import { evaluateLine, type LineEvaluator, type LineOutcome } from '../run/evaluate-line.js';
import type { ResultWriter } from '../write/result-writer.js';
import type { ChunkReply, EncodedLine, RenderedLine } from './protocol.js';

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

/** The core's evaluation without claims or counting: what an evaluating thread runs. */
export function pureLines(evaluator: BatchEvaluator): LineEvaluator {
  return {
    evaluate: (village, evalYear) => evaluator.evaluate(village, evalYear),
    reject: (issues, id, households) => evaluator.rejected(issues, id, households),
  };
}

const encoder = new TextEncoder();

/** Evaluates and renders one chunk of whole lines, in whichever thread runs it. */
export function renderChunk(
  bytes: Buffer,
  firstLine: number,
  lines: LineEvaluator,
  writer: ResultWriter,
  flagYear: number | undefined,
): RenderedLine[] {
  return splitLines(bytes, firstLine).map((line) =>
    renderLine(evaluateLine(lines, line, flagYear, 0), writer),
  );
}

/**
 * A worker's rendered chunk for the main thread: the output UTF-8 encoded into one freshly
 * allocated buffer (safe to transfer, so nothing is copied) with each line's slice.
 */
export function encodeChunk(seq: number, rendered: readonly RenderedLine[]): ChunkReply {
  const text = rendered.map((r) => r.text).join('');
  const out = new Uint8Array(Buffer.byteLength(text, 'utf8'));
  encoder.encodeInto(text, out);
  let start = 0;
  const encoded = rendered.map(({ text: lineText, ...rest }): EncodedLine => {
    const end = start + Buffer.byteLength(lineText, 'utf8');
    const line = { ...rest, start, end };
    start = end;
    return line;
  });
  return { seq, bytes: out, lines: encoded };
}
