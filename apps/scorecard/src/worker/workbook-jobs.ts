/**
 * The spreadsheet work of the app, on the workbook package (.xlsx on fflate and saxes). This
 * module is imported by the batch worker only when a job needs it (see evaluate-batch.worker.ts),
 * so the spreadsheet code is a chunk of its own: neither the page nor the worker loads it before
 * a workbook is opened or asked for.
 */
import {
  batchToWorkbook,
  type CellPlace,
  locateIssue,
  readWorkbook,
  resultsWorkbook,
  templateWorkbook,
  type VillageRows,
  type WorkbookLocations,
  workbookColumns,
} from '@credit-village/workbook';
import type { BatchResult, Model } from '../lib/core-adapter';
import { type RunOptions, type RunOutcome, runBatch, type VillageRun } from './run-batch';
import type {
  WorkbookJob,
  WorkbookOutcome,
  WorkbookPlace,
  WorkbookRowCounts,
} from './workbook-protocol';

/** Runs one spreadsheet job with the model in use. */
export async function runWorkbookJob(job: WorkbookJob, model: Model): Promise<WorkbookOutcome> {
  switch (job.type) {
    case 'templateWorkbook':
      return {
        kind: 'bytes',
        bytes: templateWorkbook({
          model,
          ...(job.evalYear === undefined ? {} : { evalYear: job.evalYear }),
        }),
        lost: [],
      };
    case 'batchWorkbook': {
      const written = batchToWorkbook(job.document, { model });
      return { kind: 'bytes', bytes: written.bytes, lost: written.lost };
    }
    case 'resultsWorkbook': {
      const { result: parts } = job;
      // The app's own result document, written by the worker's run: read as it is.
      const result = JSON.parse(await parts.document.text()) as BatchResult;
      const bytes = resultsWorkbook(result, {
        model,
        ...(parts.locations === undefined ? {} : { locations: parts.locations }),
      });
      return { kind: 'bytes', bytes, lost: [] };
    }
    case 'readWorkbook': {
      const imported = readWorkbook(new Uint8Array(await job.file.arrayBuffer()), { model });
      return { kind: 'import', ...imported };
    }
  }
}

/**
 * Evaluates a collection workbook (.xlsx bytes) as the village review does a JSON batch: the
 * workbook is read into a batch document (a workbook with problems of its own is refused whole,
 * each problem named by sheet, row and column), which the core then evaluates exactly as the
 * same document sent as JSON. Each village of the run carries its rows, and each of its
 * problems the cell it lies in.
 */
export function runWorkbookBatch(bytes: Uint8Array, options: RunOptions): RunOutcome {
  const imported = readWorkbook(bytes, { model: options.model });
  if (!imported.ok) return { ok: false, issues: [], workbookIssues: imported.issues };
  const { document, locations } = imported;
  const columns = workbookColumns(options.model);
  let next = 0;
  const placed = (village: VillageRun): VillageRun => {
    const rows = locations.villages[next++];
    return rows === undefined
      ? village
      : { ...village, workbook: { rows, places: placesOf(village, rows, locations, columns) } };
  };
  const { onVillage } = options;
  // The same path as a JSON file: the core sees exactly the document the workbook holds.
  const outcome = runBatch(JSON.stringify(document), {
    ...options,
    ...(onVillage === undefined ? {} : { onVillage: (village) => onVillage(placed(village)) }),
  });
  if (!outcome.ok) return outcome;
  const { run } = outcome;
  return {
    ok: true,
    run: {
      ...run,
      villages: onVillage === undefined ? run.villages.map(placed) : run.villages,
      workbook: {
        columns: locations.columns,
        rows: rowCounts(locations),
        yearFromSheet: options.evalYear === undefined && document.evalYear !== undefined,
      },
    },
  };
}

/** The cell of each issue of a village's result (see `WorkbookVillage.places`). */
function placesOf(
  village: VillageRun,
  rows: VillageRows,
  locations: WorkbookLocations,
  columns: ReturnType<typeof workbookColumns>,
): (WorkbookPlace | null)[][] {
  const one: WorkbookLocations = {
    villages: [rows],
    entities: [],
    townships: [],
    columns: locations.columns,
  };
  return village.result.errors.map((error) =>
    error.issues.map((issue) =>
      placeOf(
        locateIssue(
          one,
          columns,
          error.index === undefined ? { village: 0 } : { village: 0, household: error.index },
          issue.path,
        ),
      ),
    ),
  );
}

function placeOf(place: CellPlace | undefined): WorkbookPlace | null {
  if (place === undefined) return null;
  return {
    sheet: place.sheet,
    row: place.row,
    ...(place.column === undefined ? {} : { column: place.column }),
    ...(place.label === undefined ? {} : { label: place.label }),
    ...(place.key === undefined ? {} : { key: place.key }),
  };
}

function rowCounts(locations: WorkbookLocations): WorkbookRowCounts {
  let households = 0;
  let houses = 0;
  let equipment = 0;
  for (const village of locations.villages) {
    households += village.households.length;
    for (const household of village.households) {
      houses += household.houses.length;
      equipment +=
        household.machines.length + household.vehicles.length + household.facilities.length;
    }
  }
  return {
    villages: locations.villages.length,
    households,
    houses,
    equipment,
    entities: locations.entities.length,
    townships: locations.townships.length,
  };
}
