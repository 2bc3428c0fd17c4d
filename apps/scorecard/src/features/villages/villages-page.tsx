import { useRef, useState } from 'preact/hooks';
import { Deferred } from '../../components/deferred';
import { FileDrop } from '../../components/file-drop';
import { InternalError } from '../../components/internal-error';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import {
  type EntityNotice,
  groupCount,
  type HouseholdResult,
  type Model,
  type PublicNotice,
  type RecordError,
} from '../../lib/core-adapter';
import { downloadBlob } from '../../lib/download';
import type { BatchRun } from '../../worker/run-batch';
import { isWorkbookName, WORKBOOK_ACCEPT } from '../../worker/workbook-file';
import { EntitiesSection } from '../entity/entities-section';
import { EntityStatus } from '../entity/entity-status';
import type { HeldMarks } from '../objections/held-marks';
import { CountyVerdict } from '../township/county-verdict';
import { EntityNoticeSheet } from '../township/entity-notice-sheet';
import { TownshipsView } from '../township/townships-view';
import { ResultsWorkbookButton, runBaseName } from '../workbook/results-workbook-button';
import { TemplateButton } from '../workbook/template-button';
import { WorkbookProblems } from '../workbook/workbook-problems';
import { WorkbookReadNote } from '../workbook/workbook-read-note';
import { BadRecords } from './bad-records';
import { batchCounts } from './batch-counts';
import { BatchSummaryView } from './batch-summary';
import { GradeChart } from './grade-chart';
import { NoticeSheet } from './notice-sheet';
import { resultDocumentPlan, resultDocumentText } from './result-document';
import type { BatchController, BatchStatus } from './use-batch';
import { VillageDetail } from './village-detail';
import { villageName } from './village-name';
import { VillageTable } from './village-table';

/** What opening a household from the review hands to the scorecard. */
export type OpenHousehold = (
  run: BatchRun,
  villageIndex: number,
  target: { readonly result: HouseholdResult } | { readonly error: RecordError },
) => void;

/** Props of {@link VillagesPage}. */
export interface VillagesPageProps {
  readonly model: Model;
  readonly batch: BatchController;
  readonly onOpenHousehold: OpenHousehold;
  /** Opens an entity of the run (its position among the batch's entities) in the entity scorecard. */
  readonly onOpenEntity?: (run: BatchRun, index: number) => void;
  /** The households held by the objections register (复核中), marked in a village's households. */
  readonly held?: HeldMarks | null;
}

/** A public notice shown for printing: a village's, or a township's entities'. */
type PrintedNotice =
  | { readonly kind: 'village'; readonly notice: PublicNotice }
  | { readonly kind: 'entities'; readonly notice: EntityNotice };

/** Villages drawn one bar each in the chart; a larger batch shows its overall bar only. */
const CHART_VILLAGES = 20;

/** The village review: load a batch file, see every village, its households and bad records. */
export function VillagesPage({
  model,
  batch,
  onOpenHousehold,
  onOpenEntity,
  held = null,
}: VillagesPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { status } = batch;
  const run = status.state === 'done' ? status.run : null;
  const selected =
    run === null || batch.selected === null ? undefined : run.villages[batch.selected];
  // The public notice being shown for printing, in place of the review: the rest of the page
  // is hidden (styles/compare.css), not left, so the village or township it was made from is
  // still open when the sheet closes, and the focus goes back to the button that opened it.
  const [sheet, setSheet] = useState<PrintedNotice | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const print = (printed: PrintedNotice) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSheet(printed);
  };
  const closeSheet = () => {
    setSheet(null);
    setTimeout(() => opener.current?.focus(), 0);
  };
  const printing = sheet !== null && run !== null;
  return (
    <div class="villages-page" data-sheet={printing ? sheet.kind : undefined}>
      {!printing ? null : sheet.kind === 'village' ? (
        <NoticeSheet notice={sheet.notice} model={model} onClose={closeSheet} />
      ) : (
        <EntityNoticeSheet notice={sheet.notice} model={model} onClose={closeSheet} />
      )}
      <h2>{t('villages.title')}</h2>
      <div class="load-row">
        <FileDrop
          id="batch-file"
          label={t('villages.file')}
          dropText={t('villages.drop')}
          activeText={t('villages.dropActive')}
          accept={`.json,.ndjson,.jsonl,application/json,application/x-ndjson,${WORKBOOK_ACCEPT}`}
          onFile={batch.start}
        />
        <div class="field">
          <label for="batch-eval-year">{t('villages.evalYear')}</label>
          <input
            id="batch-eval-year"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby="batch-eval-year-hint"
            value={batch.evalYear}
            onInput={(event) => batch.setEvalYear(event.currentTarget.value)}
            onChange={batch.rerun}
          />
          <span id="batch-eval-year-hint" class="field-hint">
            {t('villages.evalYearHint')}
          </span>
        </div>
      </div>
      <div class="toolbar">
        <TemplateButton model={model} evalYear={batch.evalYear} />
      </div>
      <Status status={status} model={model} />
      {run === null ? null : <EntityStatus run={run} />}
      {run === null ? null : (
        <>
          <WorkbookReadNote run={run} />
          <div class="toolbar">
            <DownloadResults run={run} />
            <ResultsWorkbookButton run={run} model={model} />
          </div>
          <BatchSummaryView
            summary={run.summary}
            counts={batchCounts(run.villages)}
            model={model}
          />
          {run.townships?.county === undefined ? null : (
            <CountyVerdict county={run.townships.county} model={model} />
          )}
          <GradeChart
            model={model}
            rows={[
              { label: t('chart.overall'), byGrade: run.summary.byGrade },
              ...(run.villages.length > CHART_VILLAGES
                ? []
                : run.villages.map((v) => ({
                    label: villageName(v, i18n),
                    byGrade: v.result.counts.byGrade,
                  }))),
            ]}
            note={
              run.villages.length > CHART_VILLAGES
                ? t('chart.manyVillages', { n: groupCount(run.villages.length) })
                : undefined
            }
          />
          {selected === undefined || batch.selected === null ? (
            <VillageTable villages={run.villages} model={model} onOpen={batch.select} />
          ) : (
            <VillageDetail
              key={batch.selected}
              village={selected}
              model={model}
              held={held}
              onClose={() => batch.select(null)}
              onOpenHousehold={(result) => onOpenHousehold(run, batch.selected ?? 0, { result })}
              onPrintNotice={(notice) => print({ kind: 'village', notice })}
            />
          )}
          {/* Laid out a frame after the villages, and each in its own frame: a county's page
              never lays out at once. */}
          {run.townships === undefined ? null : (
            <Deferred frames={1}>
              <TownshipsView
                run={run}
                outcome={run.townships}
                model={model}
                onPrintEntityNotice={(notice) => print({ kind: 'entities', notice })}
              />
            </Deferred>
          )}
          {run.entities === undefined ? null : (
            <Deferred frames={2}>
              <EntitiesSection
                run={run}
                model={model}
                onOpen={
                  onOpenEntity === undefined ? undefined : (index) => onOpenEntity(run, index)
                }
              />
            </Deferred>
          )}
          <BadRecords
            villages={run.villages}
            model={model}
            onOpen={(index, error) => onOpenHousehold(run, index, { error })}
          />
        </>
      )}
    </div>
  );
}

/**
 * 下载评定结果: the run as the result document year-over-year comparison reads, so that this
 * year's results can be compared with last year's without the command line.
 */
function DownloadResults({ run }: { readonly run: BatchRun }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const plan = resultDocumentPlan(run);
  if (!plan.ok)
    return (
      <p class="muted small" data-testid="download-unavailable">
        {plan.reason === 'noYear' ? t('download.noYear') : t('download.severalYears')}
      </p>
    );
  const base = runBaseName(run);
  return (
    <button
      type="button"
      class="button"
      data-testid="download-results"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void resultDocumentText(run, plan.evalYear)
          .then((blob) => downloadBlob(`${base}-results-${plan.evalYear}.json`, blob))
          .finally(() => setBusy(false));
      }}
    >
      {t('download.results', { year: plan.evalYear })}
    </button>
  );
}

function Status({ status, model }: { readonly status: BatchStatus; readonly model: Model }) {
  const { t } = useI18n();
  switch (status.state) {
    case 'idle':
      return <p class="muted">{t('villages.empty')}</p>;
    case 'running':
      return (
        <div class="notice" role="status" data-testid="batch-progress">
          <label for="batch-progress-bar">
            {status.phase === 'reading'
              ? t('villages.reading', { file: status.fileName })
              : t('villages.evaluating', {
                  file: status.fileName,
                  done: groupCount(status.done),
                  total: groupCount(status.total),
                })}
          </label>
          <progress
            id="batch-progress-bar"
            max={status.total > 0 ? status.total : undefined}
            value={status.total > 0 ? status.done : undefined}
          />
        </div>
      );
    case 'done': {
      const counts = batchCounts(status.run.villages);
      const clean = counts.invalid + counts.notEvaluated + counts.villageProblems === 0;
      const figures = {
        file: status.run.fileName,
        villages: groupCount(status.run.summary.villages),
        households: groupCount(counts.scored),
        invalid: groupCount(counts.invalid),
        notEvaluated: groupCount(counts.notEvaluated),
      };
      if (clean)
        return (
          <p class="notice notice-ok" role="status" data-testid="batch-done">
            {t('villages.done', figures)}
          </p>
        );
      // Anything not scored is said as a warning, never as a success: a batch without a year
      // evaluates nothing, and its households are counted as not evaluated.
      return (
        <div class="notice notice-warn" role="status" data-testid="batch-done" data-warn="true">
          <strong>
            {counts.scored === 0
              ? t('villages.doneNothing', figures)
              : t('villages.doneWithProblems', figures)}
            {counts.invalid > 0 ? t('villages.doneInvalid', figures) : ''}
            {counts.notEvaluated > 0 ? t('villages.doneNotEvaluated', figures) : ''}
          </strong>
          {counts.notEvaluated > 0 ? <p>{t('villages.notEvaluated', figures)}</p> : null}
          {counts.withoutYear > 0 ? (
            <p data-testid="batch-no-year">
              {t('villages.noYear', { n: groupCount(counts.withoutYear) })}{' '}
              <a href="#batch-eval-year">{t('villages.setYear')}</a>
            </p>
          ) : null}
        </div>
      );
    }
    case 'failed':
      if (status.error !== undefined) return <InternalError error={status.error} />;
      return (
        <div class="notice notice-warn" role="alert" data-testid="batch-failed">
          <strong>{t('villages.failed', { file: status.fileName })}</strong>
          {status.workbookIssues === undefined ? null : (
            <WorkbookProblems issues={status.workbookIssues} />
          )}
          <ul class="issue-list">
            {status.issues.slice(0, 20).map((issue) => (
              <li key={`${issue.path.join('.')}:${issue.code}`}>
                <IssueText issue={issue} model={model} record="batch" />
              </li>
            ))}
          </ul>
          {status.issues.length > 20 ? (
            <p class="muted small">
              {t('issues.more', { n: groupCount(status.issues.length - 20) })}
            </p>
          ) : null}
          {isWorkbookName(status.fileName) &&
          status.issues.some((i) => i.path[0] === 'evalYear') ? (
            <p data-testid="workbook-year-hint">{t('workbook.yearHint')}</p>
          ) : null}
        </div>
      );
  }
}
