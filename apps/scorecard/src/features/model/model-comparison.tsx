import { useMemo } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { InternalError } from '../../components/internal-error';
import { IssueTable } from '../../components/issue-table';
import { useI18n } from '../../i18n/index';
import { comparisonLeftOut, type LeftOut } from '../../lib/batch-documents';
import { groupCount, type Model } from '../../lib/core-adapter';
import type { ModelComparisonOutcome } from '../../worker/compare-jobs';
import type { JobStatus } from '../../worker/use-worker-job';
import { ComparisonView } from '../compare/comparison-view';
import type { BatchStatus } from '../villages/use-batch';
import type { SecondModelState } from './model-state';

/** Props of {@link ModelComparison}. */
export interface ModelComparisonProps {
  /** The model in use. */
  readonly model: Model;
  readonly second: SecondModelState;
  readonly batch: BatchStatus;
  readonly status: JobStatus<ModelComparisonOutcome>;
  readonly onFile: (file: File) => void;
  readonly onClear: () => void;
}

/**
 * 模型对比: a second model file, and the batch loaded in the village review evaluated under the
 * model in use and under it, compared by the core (grade migration, credit status changes,
 * total limit per village, village rating moves; the entities, the townships and the county when
 * the batch has them), with the records it could not give the core again, counted.
 */
export function ModelComparison({
  model,
  second,
  batch,
  status,
  onFile,
  onClear,
}: ModelComparisonProps) {
  const { t } = useI18n();
  return (
    <section class="card model-comparison" aria-labelledby="model-compare-title">
      <div class="page-head">
        <h3 id="model-compare-title">{t('modelCompare.title')}</h3>
        <div class="toolbar">
          <FileButton
            id="compare-model-file"
            label={t('modelCompare.load')}
            accept=".json,application/json"
            onFile={onFile}
          />
          <button
            type="button"
            class="button button-quiet"
            onClick={onClear}
            disabled={second.model === null && second.notice === null}
          >
            {t('modelCompare.clear')}
          </button>
        </div>
      </div>
      <p class="muted">{t('modelCompare.intro')}</p>
      {second.notice === null ? null : (
        <div class="notice notice-warn" role="alert" data-testid="compare-model-invalid">
          <strong>
            {t('model.invalid', {
              file: second.notice.fileName,
              n: groupCount(second.notice.issues.length),
            })}
          </strong>
          <IssueTable issues={second.notice.issues} model={model} record="model" />
        </div>
      )}
      {second.model === null ? null : (
        <p class="notice notice-ok" data-testid="compare-model-loaded">
          {t('modelCompare.loaded', {
            a: `${model.id} v${model.version}`,
            b: `${second.model.id} v${second.model.version}`,
          })}{' '}
          <code class="hash small">{second.model.hash}</code>
        </p>
      )}
      <Body model={model} second={second} batch={batch} status={status} />
    </section>
  );
}

function Body({
  model,
  second,
  batch,
  status,
}: Pick<ModelComparisonProps, 'model' | 'second' | 'batch' | 'status'>) {
  const { t } = useI18n();
  const run = batch.state === 'done' ? batch.run : null;
  const leftOut = useMemo(() => (run === null ? null : comparisonLeftOut(run)), [run]);
  if (batch.state === 'running') {
    return <p class="muted">{t('modelCompare.batchRunning')}</p>;
  }
  if (batch.state !== 'done') {
    return (
      <p class="notice" data-testid="model-compare-no-batch">
        {t('modelCompare.noBatch')}
      </p>
    );
  }
  if (second.model === null) return null;
  switch (status.state) {
    case 'idle':
      return null;
    case 'running':
      return (
        <p class="notice" role="status" data-testid="model-compare-running">
          {t('modelCompare.running', { file: batch.run.fileName })}
        </p>
      );
    case 'failed':
      return <InternalError error={status.error} />;
    case 'done': {
      const { outcome } = status;
      if (!outcome.ok) {
        return (
          <div class="notice notice-warn" role="alert">
            <strong>{t('modelCompare.failed')}</strong>
            <IssueTable issues={outcome.issues} model={model} record="batch" />
          </div>
        );
      }
      const note = leftOut === null ? null : <LeftOutNote leftOut={leftOut} />;
      if (outcome.reports.length === 0)
        return (
          <>
            {note}
            <p class="muted">{t('modelCompare.empty')}</p>
          </>
        );
      return (
        <div data-testid="model-comparison">
          <p>{t('modelCompare.batch', { file: batch.run.fileName })}</p>
          {note}
          {outcome.reports.map(({ evalYear, report }) => (
            <div key={evalYear} class="comparison-year">
              {outcome.reports.length > 1 ? (
                <h4>{t('modelCompare.year', { year: evalYear })}</h4>
              ) : null}
              <ComparisonView
                key={report}
                report={report}
                model={model}
                mode="models"
                idPrefix={`models-${evalYear}`}
              />
            </div>
          ))}
        </div>
      );
    }
  }
}

/**
 * The records of the batch that are not in the comparison, by reason: each is an error of the
 * village review already, and none silently vanishes from the comparison.
 */
function LeftOutNote({ leftOut }: { readonly leftOut: LeftOut }) {
  const { t } = useI18n();
  const { villages, villagesBeforeTownship, entities } = leftOut;
  if (villages + villagesBeforeTownship + entities === 0) return null;
  return (
    <div class="notice notice-warn" data-testid="model-compare-left-out">
      <p>{t('modelCompare.leftOut')}</p>
      <ul>
        {villages === 0 ? null : (
          <li data-testid="left-out-villages">
            {t('modelCompare.leftOut.villages', { n: groupCount(villages) })}
          </li>
        )}
        {villagesBeforeTownship === 0 ? null : (
          <li data-testid="left-out-before-township">
            {t('modelCompare.leftOut.beforeTownship', { n: groupCount(villagesBeforeTownship) })}
          </li>
        )}
        {entities === 0 ? null : (
          <li data-testid="left-out-entities">
            {t('modelCompare.leftOut.entities', { n: groupCount(entities) })}
          </li>
        )}
      </ul>
    </div>
  );
}
