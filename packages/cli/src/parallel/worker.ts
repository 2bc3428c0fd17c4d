import { parentPort, workerData } from 'node:worker_threads';
import { BatchEvaluator, parseModel } from '@credit-village/core';
import { splitLines } from '../io/lines.js';
import { evaluateLine, type LineEvaluator } from '../run/evaluate-line.js';
import { ResultLinesWriter } from '../write/result-lines.js';
import type { ChunkReply, ChunkRequest, WorkerFailure, WorkerSetup } from './protocol.js';
import { renderLine } from './render.js';

// A worker thread of `evaluate --format ndjson --workers N`: evaluates and renders chunks of
// lines with the core's pure evaluation (no id claims, no counting: the main thread does both).

const setup = workerData as WorkerSetup;
const port = parentPort;
if (port === null) throw new Error('worker.js runs only as a worker thread');

const model = parseModel(setup.modelDocument);
if (model.hash !== setup.modelHash) throw new Error('the model hash differs in a worker thread');
const evaluator = new BatchEvaluator({
  model,
  includePersonal: setup.includePersonal,
  reference: setup.reference,
  ...(setup.evalYear === undefined ? {} : { evalYear: setup.evalYear }),
});
const writer = new ResultLinesWriter(evaluator.model);
const pure: LineEvaluator = {
  evaluate: (village, evalYear) => evaluator.evaluate(village, evalYear),
  reject: (issues, id) => evaluator.rejected(issues, id),
};

port.on('message', (request: ChunkRequest) => {
  try {
    const bytes = Buffer.from(
      request.bytes.buffer,
      request.bytes.byteOffset,
      request.bytes.byteLength,
    );
    const lines = splitLines(bytes, request.firstLine).map((line) =>
      renderLine(evaluateLine(pure, line, setup.evalYear, 0), writer),
    );
    port.postMessage({ seq: request.seq, lines } satisfies ChunkReply);
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    port.postMessage({ seq: request.seq, failure } satisfies WorkerFailure);
  }
});
