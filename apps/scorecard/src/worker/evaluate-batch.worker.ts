/**
 * The batch worker: reads a batch file and evaluates it village by village off the main
 * thread, posting progress, so a file of tens of thousands of households never freezes the page.
 * It also runs the comparisons (two result files, or a batch under two models), which evaluate
 * or read as much, and the credit follow-up (a ledger against results).
 */
// First: configures zod before the core's schemas are built (see the module).
import '../lib/zod-jitless';
import { defaultModel, loadModel, type Model } from '../lib/core-adapter';
import { compareBatchesUnderModels, compareResultTexts } from './compare-jobs';
import { followUpTexts } from './follow-up-job';
import { splitReport } from './follow-up-parts';
import type {
  CompareFilesRequest,
  CompareModelsRequest,
  EvaluateRequest,
  FollowUpRequest,
  WorkerMessage,
  WorkerRequest,
} from './protocol';
import { type RunOptions, runBatch } from './run-batch';
import { isWorkbookFile } from './workbook-file';
import type { WorkbookRequest } from './workbook-protocol';

/** The part of the worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const PROGRESS_INTERVAL_MS = 50;

scope.addEventListener('message', (event) => {
  void handle(event.data);
});

async function handle(request: WorkerRequest): Promise<void> {
  const { runId } = request;
  try {
    switch (request.type) {
      case 'evaluate':
        await evaluate(request);
        return;
      case 'compareFiles':
        await compareFiles(request);
        return;
      case 'compareModels':
        compareModels(request);
        return;
      case 'followUp':
        await followUp(request);
        return;
      case 'templateWorkbook':
      case 'batchWorkbook':
      case 'resultsWorkbook':
      case 'readWorkbook':
        await workbookJob(request);
        return;
    }
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      runId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

async function evaluate(request: EvaluateRequest): Promise<void> {
  const { runId } = request;
  scope.postMessage({ type: 'progress', runId, phase: 'reading', done: 0, total: 0 });
  const model = modelOf(request.model);
  let last = 0;
  const options: RunOptions = {
    fileName: request.fileName,
    model,
    ...(request.evalYear === undefined ? {} : { evalYear: request.evalYear }),
    onVillage: (village) => scope.postMessage({ type: 'village', runId, village }),
    onEntities: (entities) => scope.postMessage({ type: 'entities', runId, entities }),
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
      last = now;
      scope.postMessage({ type: 'progress', runId, phase: 'evaluating', done, total });
    },
  };
  // A workbook (.xlsx) is read by the spreadsheet code, loaded only now that one is opened.
  const outcome = (await isWorkbookFile(request.file, request.fileName))
    ? (await import('./workbook-jobs')).runWorkbookBatch(
        new Uint8Array(await request.file.arrayBuffer()),
        options,
      )
    : runBatch(await request.file.text(), options);
  scope.postMessage({ type: 'done', runId, outcome });
}

async function workbookJob(request: WorkbookRequest): Promise<void> {
  const { runWorkbookJob } = await import('./workbook-jobs');
  const outcome = await runWorkbookJob(request, modelOf(request.model));
  scope.postMessage({ type: 'workbook', runId: request.runId, outcome });
}

async function compareFiles(request: CompareFilesRequest): Promise<void> {
  const read = async (file: CompareFilesRequest['before']) =>
    file === null ? null : { name: file.name, text: await file.file.text() };
  const [before, after] = await Promise.all([read(request.before), read(request.after)]);
  const outcome = compareResultTexts(before, after);
  scope.postMessage({ type: 'yearComparison', runId: request.runId, outcome });
}

function compareModels(request: CompareModelsRequest): void {
  const outcome = compareBatchesUnderModels(
    request.batches,
    modelOf(request.modelA),
    modelOf(request.modelB),
  );
  scope.postMessage({ type: 'modelComparison', runId: request.runId, outcome });
}

async function followUp(request: FollowUpRequest): Promise<void> {
  const [results, ledger] = await Promise.all([
    request.results.file.text(),
    request.ledger.file.text(),
  ]);
  const outcome = followUpTexts(
    { name: request.results.name, text: results },
    { name: request.ledger.name, text: ledger },
    modelOf(request.model),
  );
  if (!outcome.ok) {
    scope.postMessage({ type: 'followUp', runId: request.runId, outcome });
    return;
  }
  const { shell, counts, parts } = splitReport(outcome.report);
  for (const part of parts) scope.postMessage({ type: 'followUpPart', runId: request.runId, part });
  scope.postMessage({
    type: 'followUp',
    runId: request.runId,
    outcome: { ok: true, shell, counts },
  });
}

function modelOf(document: EvaluateRequest['model']): Model {
  if (document === null) return defaultModel();
  const loaded = loadModel(document);
  // The main thread only sends documents it has already validated.
  if (!loaded.ok) throw new Error(loaded.issues.map((issue) => issue.message).join('\n'));
  return loaded.model;
}
