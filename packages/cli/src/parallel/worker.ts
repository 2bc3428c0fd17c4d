import { parentPort, workerData } from 'node:worker_threads';
import { BatchEvaluator, parseModel } from '@credit-village/core';
import { useReportModel } from '../report/issue-language.js';
import { ResultLinesWriter } from '../write/result-lines.js';
import type { ChunkRequest, WorkerFailure, WorkerSetup } from './protocol.js';
import { encodeChunk, pureLines, renderChunk } from './render.js';

// A worker thread of `evaluate --format ndjson --workers N`: evaluates and renders chunks of
// lines with the core's pure evaluation (no id claims, no counting: the main thread does both).

const setup = workerData as WorkerSetup;
const port = parentPort;
if (port === null) throw new Error('worker.js runs only as a worker thread');

const model = parseModel(setup.modelDocument);
if (model.hash !== setup.modelHash) throw new Error('the model hash differs in a worker thread');
// Problem lines name codes by the model's labels, as the main thread's do.
useReportModel(model);
const evaluator = new BatchEvaluator({
  model,
  includePersonal: setup.includePersonal,
  reference: setup.reference,
  ...(setup.evalYear === undefined ? {} : { evalYear: setup.evalYear }),
});
const writer = new ResultLinesWriter(evaluator.model);
const lines = pureLines(evaluator);

port.on('message', (request: ChunkRequest) => {
  try {
    const bytes = Buffer.from(
      request.bytes.buffer,
      request.bytes.byteOffset,
      request.bytes.byteLength,
    );
    const rendered = renderChunk(bytes, request.firstLine, lines, writer, setup.evalYear);
    const reply = encodeChunk(request.seq, rendered);
    port.postMessage(reply, [reply.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    port.postMessage({ seq: request.seq, failure } satisfies WorkerFailure);
  }
});
