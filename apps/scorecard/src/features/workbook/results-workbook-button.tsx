import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { safeFileName } from '../../lib/download';
import type { BatchRun } from '../../worker/run-batch';
import type { WorkbookLocations } from '../../worker/workbook-protocol';
import { resultDocumentPlan, resultDocumentText } from '../villages/result-document';
import { DownloadStatus } from './download-status';
import { useWorkbookDownload } from './use-workbook-download';
import { jobModel, useWorkbookJobs } from './workbook-client';

/** The name a run's downloads start with: the batch file's, without its extension. */
export function runBaseName(run: BatchRun): string {
  return safeFileName(run.fileName.replace(/\.(ndjson|jsonl|json|xlsx|xlsm|xls)$/i, ''), 'batch');
}

/**
 * Where each record of a run read from a workbook came from, put together again from its
 * villages, for the results workbook's 问题清单; `undefined` for a JSON or NDJSON run.
 */
export function runLocations(run: BatchRun): WorkbookLocations | undefined {
  if (run.workbook === undefined) return undefined;
  return {
    villages: run.villages.map((village) => village.workbook?.rows ?? { row: 0, households: [] }),
    entities: [],
    townships: [],
    columns: run.workbook.columns,
  };
}

/**
 * 下载评定结果（Excel）: the run's results as the results workbook — 汇总, 村级评定, 农户评定
 * and 问题清单 (every problem, with its sheet, row and column when the batch was a workbook) —
 * written in the worker from the same result document as the JSON download.
 */
export function ResultsWorkbookButton({
  run,
  model,
}: {
  readonly run: BatchRun;
  readonly model: Model;
}) {
  const { t } = useI18n();
  const jobs = useWorkbookJobs();
  const download = useWorkbookDownload();
  const plan = resultDocumentPlan(run);
  // Without one evaluation year there is no result document; the JSON button says why.
  if (!plan.ok) return null;
  const locations = runLocations(run);
  return (
    <>
      <button
        type="button"
        class="button"
        data-testid="download-results-xlsx"
        disabled={download.status.state === 'busy'}
        onClick={() =>
          download.start(`${runBaseName(run)}-results-${plan.evalYear}.xlsx`, async () =>
            jobs.run({
              type: 'resultsWorkbook',
              model: jobModel(model),
              result: {
                document: await resultDocumentText(run, plan.evalYear),
                ...(locations === undefined ? {} : { locations }),
              },
            }),
          )
        }
      >
        {t('workbook.results', { year: plan.evalYear })}
      </button>
      <DownloadStatus status={download.status} testId="download-results-xlsx-status" />
    </>
  );
}
