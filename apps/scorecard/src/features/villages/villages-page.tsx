import { useState } from 'preact/hooks';
import { FileDrop } from '../../components/file-drop';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import type { HouseholdResult, Model, PublicNotice, RecordError } from '../../lib/core-adapter';
import type { BatchRun } from '../../worker/run-batch';
import { BadRecords } from './bad-records';
import { BatchSummaryView } from './batch-summary';
import { GradeChart } from './grade-chart';
import { NoticeSheet } from './notice-sheet';
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
}

/** The village review: load a batch file, see every village, its households and bad records. */
export function VillagesPage({ model, batch, onOpenHousehold }: VillagesPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { status } = batch;
  const run = status.state === 'done' ? status.run : null;
  const selected =
    run === null || batch.selected === null ? undefined : run.villages[batch.selected];
  // The public notice being shown for printing, in place of the review.
  const [sheet, setSheet] = useState<PublicNotice | null>(null);
  if (sheet !== null && run !== null) {
    return <NoticeSheet notice={sheet} model={model} onClose={() => setSheet(null)} />;
  }
  return (
    <div class="villages-page">
      <h2>{t('villages.title')}</h2>
      <div class="load-row">
        <FileDrop
          id="batch-file"
          label={t('villages.file')}
          dropText={t('villages.drop')}
          activeText={t('villages.dropActive')}
          accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
          onFile={batch.start}
        />
        <div class="field">
          <label for="batch-eval-year">{t('villages.evalYear')}</label>
          <input
            id="batch-eval-year"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={batch.evalYear}
            onInput={(event) => batch.setEvalYear(event.currentTarget.value)}
            onChange={batch.rerun}
          />
        </div>
      </div>
      <Status status={status} model={model} />
      {run === null ? null : (
        <>
          <BatchSummaryView summary={run.summary} model={model} />
          <GradeChart
            model={model}
            rows={[
              { label: t('chart.overall'), byGrade: run.summary.byGrade },
              ...run.villages.map((v) => ({
                label: villageName(v, i18n),
                byGrade: v.result.counts.byGrade,
              })),
            ]}
          />
          {selected === undefined || batch.selected === null ? (
            <VillageTable villages={run.villages} model={model} onOpen={batch.select} />
          ) : (
            <VillageDetail
              key={batch.selected}
              village={selected}
              model={model}
              onClose={() => batch.select(null)}
              onOpenHousehold={(result) => onOpenHousehold(run, batch.selected ?? 0, { result })}
              onPrintNotice={setSheet}
            />
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
                  done: status.done,
                  total: status.total,
                })}
          </label>
          <progress
            id="batch-progress-bar"
            max={status.total > 0 ? status.total : undefined}
            value={status.total > 0 ? status.done : undefined}
            aria-label={t('villages.progress')}
          />
        </div>
      );
    case 'done':
      return (
        <p class="notice notice-ok" role="status" data-testid="batch-done">
          {t('villages.done', {
            file: status.run.fileName,
            villages: status.run.summary.villages,
            households: status.run.summary.households,
            invalid: status.run.summary.invalidHouseholds,
          })}
        </p>
      );
    case 'failed':
      return (
        <div class="notice notice-warn" role="alert" data-testid="batch-failed">
          <strong>{t('villages.failed', { file: status.fileName })}</strong>
          {status.error === undefined ? null : <p lang="en">{status.error}</p>}
          <ul class="issue-list">
            {status.issues.map((issue) => (
              <li key={`${issue.path.join('.')}:${issue.code}`}>
                <IssueText issue={issue} model={model} />
              </li>
            ))}
          </ul>
        </div>
      );
  }
}
