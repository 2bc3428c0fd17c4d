import { useState } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { confirmReplace } from '../../lib/confirm';
import { groupCount, type Issue, type Model, type Result } from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import type { BatchStatus } from '../villages/use-batch';
import { AddObjection } from './add-objection';
import { HeldHouseholds } from './held-households';
import { NewRegisterForm } from './new-register';
import { trackingIssueWords } from './objection-issue';
import { ObjectionTable } from './objection-table';
import { type ObjectionsReport, trackObjectionsOn } from './objections-core';
import {
  edited,
  readObjectionsFile,
  readResultsFile,
  resultsFromRun,
  withObjection,
  withResolution,
} from './objections-files';
import { ObjectionsSummary } from './objections-summary';
import { registerCsv } from './register-csv';
import './objections.css';
import type { ObjectionsController } from './use-objections';

/** Props of {@link ObjectionsPage}. */
export interface ObjectionsPageProps {
  readonly model: Model;
  readonly objections: ObjectionsController;
  /** The village review's batch: its results can be used without a file. */
  readonly batch: BatchStatus;
  /** The register tracked against the results (`useTrackedObjections`, shared with the review). */
  readonly tracked: Result<ObjectionsReport> | null;
}

/** What an edit of the register came to: made, or the core's problems with it. */
export type EditOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * 公示异议: the objections raised during the public notice (公示), tracked against the results
 * on a chosen day, as the `objections` command reports them: the notice period, the objections
 * by status with their re-review due dates, what is due this week and what is overdue, the
 * households held (复核中: their rating is not final), and every objection with a problem. An
 * objection can be added and a re-review's result entered; the register is then saved again.
 * The grounds of an objection are typed in but never shown in a list.
 */
export function ObjectionsPage({ model, objections, batch, tracked }: ObjectionsPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { state, update } = objections;
  const [starting, setStarting] = useState(false);
  const results = state.results;
  const document = state.document;
  const villages = results?.state === 'ready' ? results.villages : null;
  const input = document?.state === 'ready' ? document.input : null;

  const report = tracked?.ok === true ? tracked.value : null;
  const editable = document?.state === 'ready' ? document.value : null;

  /** Applies an edit when the core finds no problem in the objection it touches. */
  const tryEdit = (value: Record<string, unknown>, index: number): EditOutcome => {
    if (villages === null || document?.state !== 'ready') return { ok: false, issues: [] };
    const check = trackObjectionsOn(villages, value, state.today.trim(), model);
    if (!check.ok) return { ok: false, issues: check.issues };
    const problems = check.value.errors.find((e) => e.index === index)?.issues ?? [];
    if (problems.length > 0) return { ok: false, issues: problems };
    update((s) => ({ ...s, document: s.document === null ? null : edited(s.document, value) }));
    return { ok: true };
  };

  const replaceDocument = (next: () => void) => {
    if (
      document?.state === 'ready' &&
      document.edited &&
      !confirmReplace(t('objections.confirmReplace'))
    )
      return;
    next();
  };

  const baseName = safeFileName(
    (document?.state === 'ready' ? (document.fileName ?? 'objections') : 'objections').replace(
      /\.json$/i,
      '',
    ),
    'objections',
  );

  return (
    <div class="objections-page">
      <h2>{t('objections.title')}</h2>
      <p class="muted">
        {t('objections.intro', {
          days: model.document.objections?.reReviewWorkingDays ?? '—',
        })}
      </p>

      <div class="objections-inputs">
        <section class="card" aria-labelledby="objections-results-title">
          <h3 id="objections-results-title">{t('objections.results')}</h3>
          <div class="toolbar">
            <FileButton
              id="objections-results-file"
              label={t('objections.openResults')}
              accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
              onFile={(file) => {
                void readResultsFile(file).then((source) =>
                  update((s) => ({ ...s, results: source })),
                );
              }}
            />
            {batch.state === 'done' ? (
              <button
                type="button"
                class="button"
                data-testid="objections-use-batch"
                onClick={() => update((s) => ({ ...s, results: resultsFromRun(batch.run) }))}
              >
                {t('objections.useBatch', { file: batch.run.fileName })}
              </button>
            ) : null}
          </div>
          {results === null ? (
            <p class="muted small">{t('objections.noResults')}</p>
          ) : results.state === 'ready' ? (
            <p class="small" data-testid="objections-results-loaded">
              {t(results.from === 'batch' ? 'objections.resultsBatch' : 'objections.resultsFile', {
                file: results.fileName,
                villages: groupCount(results.villages.length),
                scored: groupCount(results.villages.reduce((n, v) => n + v.households.length, 0)),
                invalid: groupCount(
                  results.villages.reduce(
                    (n, v) => n + v.errors.filter((e) => e.index !== undefined).length,
                    0,
                  ),
                ),
              })}
            </p>
          ) : (
            <FileProblems
              fileName={results.fileName}
              issues={results.issues}
              model={model}
              kind="result"
            />
          )}
        </section>

        <section class="card" aria-labelledby="objections-register-title">
          <h3 id="objections-register-title">{t('objections.register')}</h3>
          <div class="toolbar">
            <FileButton
              id="objections-file"
              label={t('objections.openRegister')}
              accept=".json,application/json"
              onFile={(file) =>
                replaceDocument(() => {
                  setStarting(false);
                  void readObjectionsFile(file).then((source) =>
                    update((s) => ({ ...s, document: source })),
                  );
                })
              }
            />
            <button
              type="button"
              class="button"
              onClick={() => setStarting(!starting)}
              aria-expanded={starting}
            >
              {t('objections.newRegister')}
            </button>
          </div>
          {starting ? (
            <NewRegisterForm
              onStart={(source) =>
                replaceDocument(() => {
                  setStarting(false);
                  update((s) => ({ ...s, document: source }));
                })
              }
              onCancel={() => setStarting(false)}
            />
          ) : null}
          {document === null ? (
            <p class="muted small">{t('objections.noRegister')}</p>
          ) : document.state === 'ready' ? (
            <>
              <p class="small" data-testid="objections-register-loaded">
                {document.fileName === null
                  ? t('objections.registerNew')
                  : t('objections.registerFile', { file: document.fileName })}
                {document.edited ? ` ${t('objections.registerEdited')}` : ''}
              </p>
              {document.value === null ? (
                <p class="muted small">{t('objections.notEditable')}</p>
              ) : null}
              <div class="toolbar">
                <button
                  type="button"
                  class="button"
                  data-testid="objections-download"
                  disabled={document.value === null}
                  onClick={() =>
                    downloadText(`${baseName}.json`, `${JSON.stringify(document.value, null, 2)}\n`)
                  }
                >
                  {t('objections.download')}
                </button>
                <button
                  type="button"
                  class="button"
                  data-testid="objections-csv"
                  disabled={report === null}
                  onClick={() => {
                    if (report !== null)
                      downloadText(
                        `${baseName}-register.csv`,
                        registerCsv(report, i18n),
                        'text/csv;charset=utf-8',
                      );
                  }}
                >
                  {t('objections.csv')}
                </button>
              </div>
            </>
          ) : (
            <FileProblems
              fileName={document.fileName}
              issues={document.issues}
              model={model}
              kind="json"
            />
          )}
        </section>

        <section class="card" aria-labelledby="objections-today-title">
          <h3 id="objections-today-title">{t('objections.today')}</h3>
          <div class="field">
            <label for="objections-today">{t('objections.todayLabel')}</label>
            <input
              id="objections-today"
              type="date"
              value={state.today}
              aria-describedby="objections-today-hint"
              onInput={(event) => {
                const value = event.currentTarget.value;
                update((s) => ({ ...s, today: value }));
              }}
            />
            <span id="objections-today-hint" class="field-hint">
              {t('objections.todayHint')}
            </span>
          </div>
        </section>
      </div>

      {tracked === null ? (
        villages === null || input === null ? (
          <p class="muted" data-testid="objections-waiting">
            {t('objections.waiting')}
          </p>
        ) : null
      ) : !tracked.ok ? (
        <div class="notice notice-warn" role="alert" data-testid="objections-unusable">
          <strong>{t('objections.unusable')}</strong>
          <ul class="issue-list">
            {tracked.issues.slice(0, 50).map((issue, index) => {
              const words = trackingIssueWords(issue, model, i18n);
              return (
                <li key={String(index)}>
                  <span class="issue-field">{words.where}</span>
                  <span class="issue-sep">{i18n.lang === 'zh' ? '：' : ': '}</span>
                  <span class="issue-message">{words.what}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <>
          <ObjectionsSummary report={tracked.value} />
          <HeldHouseholds report={tracked.value} />
          <ObjectionTable
            model={model}
            report={tracked.value}
            today={state.today.trim()}
            canEdit={editable !== null}
            onResolve={(index, resolution) =>
              editable === null
                ? { ok: false, issues: [] }
                : tryEdit(withResolution(editable, index, resolution), index)
            }
          />
          {editable === null ? null : (
            <AddObjection
              model={model}
              villages={villages ?? []}
              today={state.today.trim()}
              onAdd={(objection) => {
                const { value, index } = withObjection(editable, objection);
                return tryEdit(value, index);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

/** Why a chosen file cannot be used, in the clerk's words. */
function FileProblems({
  fileName,
  issues,
  model,
  kind,
}: {
  readonly fileName: string;
  readonly issues: readonly Issue[];
  readonly model: Model;
  readonly kind: 'result' | 'json';
}) {
  const { t } = useI18n();
  return (
    <div class="notice notice-warn" role="alert" data-testid="objections-file-failed">
      <strong>{t('objections.fileFailed', { file: fileName })}</strong>
      <ul class="issue-list">
        {issues.slice(0, 20).map((issue, index) => (
          <li key={String(index)}>
            <IssueText
              issue={issue}
              model={model}
              record={kind === 'result' ? 'result' : 'batch'}
            />
          </li>
        ))}
      </ul>
      {issues.length > 20 ? (
        <p class="muted small">{t('issues.more', { n: groupCount(issues.length - 20) })}</p>
      ) : null}
    </div>
  );
}
