import { FileDrop } from '../../components/file-drop';
import { IssueTable } from '../../components/issue-table';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import type { ResultFileCheck } from '../../worker/compare-jobs';
import { ComparisonView } from './comparison-view';
import type { YearComparison } from './use-year-comparison';

/** Props of {@link YearsPage}. */
export interface YearsPageProps {
  readonly model: Model;
  readonly comparison: YearComparison;
}

/**
 * 年度对比: last year's and this year's result files (as written by `credit-village evaluate`)
 * compared by the core: households, grade transitions, credit status, total limit, village
 * rating moves (摘牌 highlighted) and the stability of the score distribution.
 */
export function YearsPage({ model, comparison }: YearsPageProps) {
  const { t } = useI18n();
  const { status } = comparison;
  const outcome = status.state === 'done' ? status.outcome : null;
  const accept = '.json,application/json';
  return (
    <div class="years-page">
      <h2>{t('years.title')}</h2>
      <p class="muted">{t('years.intro')}</p>
      <div class="years-files">
        {(['before', 'after'] as const).map((side) => (
          <FileDrop
            key={side}
            id={`years-${side}`}
            label={t(`years.${side}`)}
            dropText={t('villages.drop')}
            activeText={t('villages.dropActive')}
            accept={accept}
            onFile={(file) => comparison.choose(side, file)}
          >
            <FileState
              name={comparison[side]?.name ?? null}
              check={outcome?.[side] ?? null}
              running={status.state === 'running'}
            />
          </FileDrop>
        ))}
      </div>
      {status.state === 'running' ? (
        <p class="notice" role="status" data-testid="years-running">
          {t('years.reading')}
        </p>
      ) : null}
      {status.state === 'failed' ? (
        <p class="notice notice-warn" role="alert" lang="en">
          {t('years.failed', { error: status.error })}
        </p>
      ) : null}
      {outcome === null ? null : (
        <>
          <FileProblems check={outcome.before} />
          <FileProblems check={outcome.after} />
        </>
      )}
      {outcome?.report == null ? (
        comparison.before === null || comparison.after === null ? (
          <p class="muted">{t('years.needBoth')}</p>
        ) : null
      ) : (
        <>
          {outcome.report.before.evalYear >= outcome.report.after.evalYear ? (
            <p class="notice notice-warn" role="note" data-testid="years-order">
              {t('years.order', {
                before: outcome.report.before.evalYear,
                after: outcome.report.after.evalYear,
              })}
            </p>
          ) : null}
          <ComparisonView
            key={outcome.report}
            report={outcome.report}
            model={model}
            mode="years"
            idPrefix="years"
          />
        </>
      )}
    </div>
  );
}

/** What was read from a chosen file: its year, villages, households and model. */
function FileState({
  name,
  check,
  running,
}: {
  readonly name: string | null;
  readonly check: ResultFileCheck | null;
  readonly running: boolean;
}) {
  const { t } = useI18n();
  if (name === null) return <span class="file-state muted">{t('years.noFile')}</span>;
  if (running || check === null) return <span class="file-state">{name}</span>;
  if (!check.ok) {
    return (
      <span class="file-state is-bad" data-testid="file-bad">
        {t('years.file.badShort', { file: name })}
      </span>
    );
  }
  return (
    <span class="file-state is-good" data-testid="file-ok">
      {t('years.file.ok', {
        file: name,
        year: check.evalYear,
        villages: check.villages,
        households: check.households,
        model: `${check.model.id} v${check.model.version}`,
      })}
    </span>
  );
}

/** A chosen file that is not a result document: the core's problems, path by path. */
function FileProblems({ check }: { readonly check: ResultFileCheck | null }) {
  const { t } = useI18n();
  if (check === null || check.ok) return null;
  return (
    <div class="notice notice-warn" role="alert" data-testid="years-bad-file">
      <strong>
        {check.error === undefined
          ? t('years.file.bad', { file: check.name, n: check.issues.length })
          : t('years.file.notJson', { file: check.name })}
      </strong>
      {check.error === undefined ? null : <p lang="en">{check.error}</p>}
      {check.issues.length === 0 ? null : <IssueTable issues={check.issues} />}
    </div>
  );
}
