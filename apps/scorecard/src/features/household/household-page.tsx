import type { Dispatch } from 'preact/hooks';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { useI18n } from '../../i18n/index';
import { afterPress } from '../../lib/after-press';
import { confirmReplace } from '../../lib/confirm';
import {
  fieldKey,
  type HouseholdOutcome,
  type Issue,
  type Model,
  placeIssues,
  scoreHousehold,
} from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import { normalizeInteger } from '../../lib/normalize-input';
import { AdvicePanel } from './advice-panel';
import { BatchOriginPanel } from './batch-origin';
import { EvalYearField } from './eval-year-field';
import { focusField } from './focus-field';
import { FormContext, type FormContextValue } from './form-context';
import { fieldKeys, hasTypedWork } from './form-state';
import { exampleForm, fromRecord } from './from-record';
import { readHouseholdFile } from './household-file';
import { HouseholdFormView } from './household-form';
import type { HouseholdAction, HouseholdState } from './household-state';
import { LoadReportPanel } from './load-report';
import { PendingPanel } from './pending-panel';
import { ResultBar } from './result-bar';
import { ResultPanel } from './result-panel';
import { integer, toRecord } from './to-record';
import { useAdvice } from './use-advice';

/** Props of {@link HouseholdPage}. */
export interface HouseholdPageProps {
  readonly model: Model;
  readonly state: HouseholdState;
  readonly dispatch: Dispatch<HouseholdAction>;
}

/** Issues split into those shown now and those still waiting (fields not yet left). */
interface SplitIssues {
  readonly shown: readonly Issue[];
  readonly waiting: number;
}

/** The household scorecard: the record's form beside its live result. */
export function HouseholdPage({ model, state, dispatch }: HouseholdPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const record = useMemo(() => toRecord(state.form, model), [state.form, model]);
  const yearText = normalizeInteger(state.evalYear);
  const evalYear = yearText === '' ? undefined : integer(yearText);
  const outcome = useMemo(() => scoreHousehold(record, evalYear, model), [record, evalYear, model]);
  const keys = useMemo(() => fieldKeys(state.form, model), [state.form, model]);
  const issues = outcome.ok ? [] : outcome.issues;
  const placed = useMemo(() => placeIssues(issues, keys), [issues, keys]);
  const isShown = (key: string) =>
    (state.showAll || state.touched.has(key)) && state.editing !== key;
  const split = useMemo((): SplitIssues => {
    const shownKeys = new Set<string>();
    for (const key of placed.byField.keys()) if (isShown(key)) shownKeys.add(key);
    const shown: Issue[] = [...placed.unplaced];
    let waiting = 0;
    for (const [key, list] of placed.byField) {
      if (shownKeys.has(key)) shown.push(...list);
      else waiting += list.length;
    }
    return { shown, waiting };
  }, [placed, state.showAll, state.touched, state.editing]);

  // The last valid result of this household stays on screen, marked stale, while a field is
  // being corrected: the panel is never replaced by a list of errors at every keystroke.
  const [lastValid, setLastValid] = useState<{
    readonly generation: number;
    readonly outcome: HouseholdOutcome & { ok: true };
  } | null>(null);
  useEffect(() => {
    if (outcome.ok) setLastValid({ generation: state.generation, outcome });
  }, [outcome, state.generation]);
  const stale =
    !outcome.ok && lastValid !== null && lastValid.generation === state.generation
      ? lastValid.outcome
      : null;
  const shownOutcome = outcome.ok ? outcome : stale;

  const advice = useAdvice(
    outcome.ok ? outcome.record : null,
    outcome.ok ? outcome.explanation.evalYear : undefined,
    model,
  );

  // Said to screen readers only when the user asks for the result, never at each keystroke.
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef(false);

  const context: FormContextValue = {
    form: state.form,
    model,
    issues: placed,
    isShown,
    set: (path, value) => dispatch({ type: 'set', path, value }),
    editing: (key) => dispatch({ type: 'editing', key }),
    touch: (key) => afterPress(() => dispatch({ type: 'touch', key })),
    addRow: (list) => dispatch({ type: 'addRow', list }),
    removeRow: (list, index) => dispatch({ type: 'removeRow', list, index }),
  };

  const goTo = (issue: Issue) => {
    for (let length = issue.path.length; length > 0; length--) {
      const key = fieldKey(issue.path.slice(0, length));
      if (keys.has(key)) {
        dispatch({ type: 'touch', key });
        if (focusField(key)) return;
      }
    }
  };

  const submit = () => {
    dispatch({ type: 'submit' });
    pendingFocus.current = true;
  };
  // After a submit has been rendered: the first problem gets the focus, or the result does.
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    if (outcome.ok) {
      const { result } = outcome.explanation;
      setAnnouncement(
        t('result.announce', {
          score: result.score,
          grade: result.grade,
          limit: result.limit,
        }),
      );
      document.getElementById('result-title')?.focus();
      return;
    }
    setAnnouncement(t('result.fixN', { n: split.shown.length }));
    const first = split.shown[0];
    if (first !== undefined) goTo(first);
  });

  /** Replaces the form once the user agrees, when it holds typed work. */
  const replace = (action: HouseholdAction) => {
    if (hasTypedWork(state.form) && !confirmReplace(t('confirm.replace'))) return;
    dispatch(action);
  };

  return (
    <div class="household-page">
      <div class="page-head screen-only">
        <h2>{t('household.title')}</h2>
        <div class="toolbar" role="toolbar" aria-label={t('household.toolbar')}>
          <button
            type="button"
            class="button"
            data-testid="fill-example"
            onClick={() =>
              replace({
                type: 'load',
                form: exampleForm(model),
                evalYear: '2024',
                report: null,
                origin: null,
              })
            }
          >
            {t('action.example')}
          </button>
          <FileButton
            id="household-file"
            label={t('action.open')}
            accept=".json,application/json"
            onFile={(file) => {
              void readHouseholdFile(file, state.evalYear, model).then((action) => {
                if (action.type === 'load') replace(action);
                else dispatch(action);
              });
            }}
          />
          <button
            type="button"
            class="button"
            onClick={() =>
              downloadText(
                `${safeFileName(state.form.id.trim(), 'household')}.json`,
                `${JSON.stringify(record, null, 2)}\n`,
              )
            }
          >
            {t('action.save')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => window.print()}
            disabled={!outcome.ok}
          >
            {t('action.print')}
          </button>
          <button
            type="button"
            class="button button-quiet"
            data-testid="reset"
            onClick={() => replace({ type: 'reset' })}
          >
            {t('action.reset')}
          </button>
        </div>
      </div>
      <p class="visually-hidden" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      {state.report === null ? null : (
        <LoadReportPanel
          report={state.report}
          model={model}
          onDismiss={() => dispatch({ type: 'dismissReport' })}
        />
      )}
      {state.origin === null ? null : <BatchOriginPanel origin={state.origin} model={model} />}
      <div class="household-layout">
        <div class="form-column screen-only">
          <FormContext.Provider value={context}>
            <HouseholdFormView
              onSubmit={submit}
              evalYearField={
                <EvalYearField
                  value={state.evalYear}
                  chosen={state.evalYearChosen}
                  onChange={(value) => dispatch({ type: 'evalYear', value })}
                  onLeave={(value) => {
                    if (value !== state.evalYear && value !== '')
                      dispatch({ type: 'evalYear', value });
                    afterPress(() => dispatch({ type: 'touch', key: 'evalYear' }));
                  }}
                />
              }
            />
          </FormContext.Provider>
          <ResultBar
            outcome={shownOutcome}
            model={model}
            stale={stale !== null}
            pending={split.shown.length + split.waiting}
          />
        </div>
        <div class="result-column">
          {shownOutcome === null ? (
            <PendingPanel
              issues={split.shown}
              waiting={split.waiting}
              model={model}
              onGoTo={goTo}
            />
          ) : (
            <ResultPanel
              outcome={shownOutcome}
              model={model}
              stale={stale === null ? null : { issues: split.shown, waiting: split.waiting }}
              onGoTo={goTo}
            />
          )}
          {stale === null ? (
            <AdvicePanel
              state={advice}
              model={model}
              onApply={(option) => {
                dispatch({ type: 'apply', form: fromRecord(option.record, model) });
                // The new receipt is what the user wants to see next.
                setTimeout(() => document.getElementById('result-title')?.focus(), 0);
              }}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
