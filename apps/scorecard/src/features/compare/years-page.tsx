import { FileDrop } from '../../components/file-drop';
import { InternalError } from '../../components/internal-error';
import { IssueTable } from '../../components/issue-table';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { groupCount, type Model } from '../../lib/core-adapter';
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
      {status.state === 'failed' ? <InternalError error={status.error} /> : null}
      {outcome === null ? null : (
        <>
          <FileProblems check={outcome.before} model={model} />
          <FileProblems check={outcome.after} model={model} />
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
          <h3 class="visually-hidden">{t('years.result')}</h3>
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
        villages: groupCount(check.villages),
        households: groupCount(check.households),
        model: `${check.model.id} v${check.model.version}`,
      })}
    </span>
  );
}

/**
 * A chosen file that is not a result document: what it is instead and what to do (a batch of
 * input records is evaluated in the village review first, and its results downloaded), then
 * its first problems, folded away: never a flood of tens of thousands of lines.
 */
function FileProblems({
  check,
  model,
}: {
  readonly check: ResultFileCheck | null;
  readonly model: Model;
}) {
  const { t } = useI18n();
  if (check === null || check.ok) return null;
  const total = check.issues.length + (check.more ?? 0);
  return (
    <div class="notice notice-warn" role="alert" data-testid="years-bad-file">
      <strong>{t(`years.wrong.${check.kind}`, { file: check.name })}</strong>
      {check.kind === 'notJson' ? (
        <p>
          <IssueText issue={check.issues[0] ?? NO_ISSUE} model={model} record="result" />
        </p>
      ) : (
        <details>
          <summary>{t('years.wrong.details', { n: groupCount(total) })}</summary>
          <IssueTable issues={check.issues} model={model} record="result" />
          {check.more === undefined ? null : (
            <p class="muted small">{t('issues.more', { n: groupCount(check.more) })}</p>
          )}
        </details>
      )}
    </div>
  );
}

/** Never shown: a file that is not JSON always has its issue. */
const NO_ISSUE = { path: [], code: 'invalid_json', message: '' } as const;
