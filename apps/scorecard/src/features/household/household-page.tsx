import type { Dispatch } from 'preact/hooks';
import { useMemo } from 'preact/hooks';
import { LoadReportPanel } from '../../components/load-report-panel';
import { PendingPanel } from '../../components/pending-panel';
import { ResultBar } from '../../components/result-bar';
import { ScorecardHead } from '../../components/scorecard-head';
import { ScorecardLayout } from '../../components/scorecard-layout';
import { useI18n } from '../../i18n/index';
import { afterPress } from '../../lib/after-press';
import { gradeAdvice, type Model, scoreHousehold } from '../../lib/core-adapter';
import { normalizeInteger } from '../../lib/normalize-input';
import { useNextGradeAdvice } from '../../lib/use-next-grade-advice';
import { useScorecard } from '../../lib/use-scorecard';
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
import { ResultPanel } from './result-panel';
import { integer, toRecord } from './to-record';

/** Props of {@link HouseholdPage}. */
export interface HouseholdPageProps {
  readonly model: Model;
  readonly state: HouseholdState;
  readonly dispatch: Dispatch<HouseholdAction>;
}

const BAR_TEST_IDS = { bar: 'result-bar', score: 'result-bar-score', limit: 'result-bar-limit' };

/** The household scorecard: the record's form beside its live result. */
export function HouseholdPage({ model, state, dispatch }: HouseholdPageProps) {
  const { t } = useI18n();
  const record = useMemo(() => toRecord(state.form, model), [state.form, model]);
  const yearText = normalizeInteger(state.evalYear);
  const evalYear = yearText === '' ? undefined : integer(yearText);
  const outcome = useMemo(() => scoreHousehold(record, evalYear, model), [record, evalYear, model]);
  const keys = useMemo(() => fieldKeys(state.form, model), [state.form, model]);
  const page = useScorecard({
    state,
    dispatch,
    outcome,
    keys,
    focusField,
    hasWork: hasTypedWork,
    announce: ({ explanation: { result } }) =>
      t('result.announce', { score: result.score, grade: result.grade, limit: result.limit }),
  });
  const { split, stale, shownOutcome } = page;

  const advice = useNextGradeAdvice(
    outcome.ok ? outcome.record : null,
    outcome.ok ? outcome.explanation.evalYear : undefined,
    model,
    gradeAdvice,
  );

  const context: FormContextValue = {
    form: state.form,
    model,
    issues: page.placed,
    isShown: page.isShown,
    set: (path, value) => dispatch({ type: 'set', path, value }),
    editing: (key) => dispatch({ type: 'editing', key }),
    touch: (key) => afterPress(() => dispatch({ type: 'touch', key })),
    addRow: (list) => dispatch({ type: 'addRow', list }),
    removeRow: (list, index) => dispatch({ type: 'removeRow', list, index }),
  };

  const head = (
    <ScorecardHead
      title={t('household.title')}
      toolbarLabel={t('household.toolbar')}
      fileId="household-file"
      onFile={(file) => void readHouseholdFile(file, state.evalYear, model).then(page.open)}
      record={record}
      recordId={state.form.id}
      fallbackName="household"
      printLabel={t('action.print')}
      canPrint={outcome.ok}
      resetTestId="reset"
      onReset={() => page.replace({ type: 'reset' })}
    >
      <button
        type="button"
        class="button"
        data-testid="fill-example"
        onClick={() =>
          page.replace({
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
    </ScorecardHead>
  );

  return (
    <ScorecardLayout
      class="household-page"
      head={head}
      announcement={page.announcement}
      announcementTestId="announcement"
      notices={
        <>
          {state.report === null ? null : (
            <LoadReportPanel
              report={state.report}
              model={model}
              record="household"
              notRecordText={t('load.notObject')}
              testId="load-report"
              onDismiss={() => dispatch({ type: 'dismissReport' })}
            />
          )}
          {state.origin === null ? null : <BatchOriginPanel origin={state.origin} model={model} />}
        </>
      }
      form={
        <>
          <FormContext.Provider value={context}>
            <HouseholdFormView
              onSubmit={page.submit}
              evalYearField={
                <EvalYearField
                  value={state.evalYear}
                  chosen={state.evalYearChosen}
                  onChange={page.evalYear.onChange}
                  onLeave={page.evalYear.onLeave}
                />
              }
            />
          </FormContext.Provider>
          <ResultBar
            result={shownOutcome?.explanation.result}
            testIds={BAR_TEST_IDS}
            model={model}
            stale={stale !== null}
            pending={split.shown.length + split.waiting}
          />
        </>
      }
      result={
        <>
          {shownOutcome === null ? (
            <PendingPanel
              issues={split.shown}
              waiting={split.waiting}
              model={model}
              onGoTo={page.goTo}
            />
          ) : (
            <ResultPanel
              outcome={shownOutcome}
              model={model}
              stale={stale === null ? null : { issues: split.shown, waiting: split.waiting }}
              onGoTo={page.goTo}
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
        </>
      }
    />
  );
}
