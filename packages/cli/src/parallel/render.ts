import { type BatchEvaluator, villageTally } from '@credit-village/core';
import { splitLines } from '../io/lines.js';
import { entityProblemLines, problemLines } from '../report/record-problems.js';
import { evaluateLine, type LineEvaluator, type LineOutcome } from '../run/evaluate-line.js';
import type { ResultWriter } from '../write/result-writer.js';
import type { ChunkReply, EncodedLine, RenderedLine } from './protocol.js';

/**
 * A line's outcome as output text, problem lines and tally: the same in every thread. With
 * `defer`, an entity or township line is only marked: the main thread evaluates it in input order
 * (entity ids and townships are the batch's), as a single-thread run does.
 */
export function renderLine(
  outcome: LineOutcome,
  writer: ResultWriter,
  defer = false,
): RenderedLine {
  if (outcome.kind === 'village')
    return {
      line: outcome.line ?? 0,
      kind: 'village',
      claim: outcome.claim,
      township: outcome.result.township ?? null,
      text: writer.village(outcome),
      problems: outcome.result.errors.length > 0 ? problemLines(outcome) : [],
      tally: villageTally(outcome.result),
      households: outcome.result.counts.collected,
      deferred: false,
    };
  const rest = { line: outcome.line ?? 0, claim: null, township: null, tally: null, households: 0 };
  if (outcome.kind === 'township' || defer)
    return { ...rest, kind: outcome.kind, text: '', problems: [], deferred: defer };
  return {
    ...rest,
    kind: 'entity',
    text: writer.entity(outcome),
    problems: entityProblemLines(outcome),
    deferred: false,
  };
}

/** The core's evaluation without claims or counting: what an evaluating thread runs. */
export function pureLines(evaluator: BatchEvaluator): LineEvaluator {
  return {
    // A township named here is checked by the main thread, which knows the batch's townships.
    evaluate: (village, evalYear) => evaluator.evaluate(village, evalYear, false, 'trust'),
    reject: (issues, id, households) => evaluator.rejected(issues, id, households),
    // Entity and township lines are deferred to the main thread (see renderLine).
    entity: (entity, evalYear) => evaluator.evaluateEntity(entity, evalYear),
    rejectEntity: (issues, id) => ({
      ok: false,
      error: id === null ? { index: 0, issues } : { index: 0, id, issues },
    }),
    township: () => {},
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
    renderLine(evaluateLine(lines, line, flagYear, 0), writer, true),
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
