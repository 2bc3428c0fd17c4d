import type { Dispatch } from 'preact/hooks';
import { useMemo } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { useI18n } from '../../i18n/index';
import {
  fieldKey,
  type Issue,
  type Model,
  placeIssues,
  scoreHousehold,
} from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import { AdvicePanel } from './advice-panel';
import { BatchOriginPanel } from './batch-origin';
import { EvalYearField } from './eval-year-field';
import { focusField } from './focus-field';
import { FormContext, type FormContextValue } from './form-context';
import { fieldKeys } from './form-state';
import { exampleForm, fromRecord } from './from-record';
import { readHouseholdFile } from './household-file';
import { HouseholdFormView } from './household-form';
import type { HouseholdAction, HouseholdState } from './household-state';
import { LoadReportPanel } from './load-report';
import { ResultPanel } from './result-panel';
import { integer, toRecord } from './to-record';
import { useAdvice } from './use-advice';

/** Props of {@link HouseholdPage}. */
export interface HouseholdPageProps {
  readonly model: Model;
  readonly state: HouseholdState;
  readonly dispatch: Dispatch<HouseholdAction>;
}

/** The household scorecard: the record's form beside its live result. */
export function HouseholdPage({ model, state, dispatch }: HouseholdPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const record = useMemo(() => toRecord(state.form, model), [state.form, model]);
  const evalYear = state.evalYear.trim() === '' ? undefined : integer(state.evalYear.trim());
  const outcome = useMemo(() => scoreHousehold(record, evalYear, model), [record, evalYear, model]);
  const keys = useMemo(() => fieldKeys(state.form, model), [state.form, model]);
  const placed = useMemo(
    () => placeIssues(outcome.ok ? [] : outcome.issues, keys),
    [outcome, keys],
  );
  const advice = useAdvice(
    outcome.ok ? outcome.record : null,
    outcome.ok ? outcome.explanation.evalYear : undefined,
    model,
  );

  const context: FormContextValue = {
    form: state.form,
    model,
    issues: placed,
    isShown: (key) => state.showAll || state.touched.has(key),
    set: (path, value) => dispatch({ type: 'set', path, value }),
    touch: (key) => dispatch({ type: 'touch', key }),
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

  return (
    <div class="household-page">
      <div class="page-head screen-only">
        <h2>{t('household.title')}</h2>
        <div class="toolbar" role="toolbar" aria-label={t('household.toolbar')}>
          <button
            type="button"
            class="button"
            onClick={() =>
              dispatch({
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
              void readHouseholdFile(file, state.evalYear, model, i18n).then(dispatch);
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
            onClick={() => dispatch({ type: 'reset' })}
          >
            {t('action.reset')}
          </button>
        </div>
      </div>
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
              evalYearField={
                <EvalYearField
                  value={state.evalYear}
                  onChange={(value) => dispatch({ type: 'evalYear', value })}
                />
              }
            />
          </FormContext.Provider>
        </div>
        <div class="result-column">
          <ResultPanel outcome={outcome} model={model} onGoTo={goTo} />
          <AdvicePanel
            state={advice}
            model={model}
            onApply={(option) => {
              dispatch({ type: 'apply', form: fromRecord(option.record, model) });
              // The new receipt is what the user wants to see next.
              setTimeout(() => document.getElementById('result-title')?.focus(), 0);
            }}
          />
        </div>
      </div>
    </div>
  );
}
