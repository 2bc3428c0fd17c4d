import type { Dispatch } from 'preact/hooks';
import { useMemo, useState } from 'preact/hooks';
import { LoadReportPanel } from '../../components/load-report-panel';
import { PendingPanel } from '../../components/pending-panel';
import { ScorecardHead } from '../../components/scorecard-head';
import { ScorecardLayout } from '../../components/scorecard-layout';
import { useI18n } from '../../i18n/index';
import { afterPress } from '../../lib/after-press';
import { entityAdvice, type Model, scoreEntity } from '../../lib/core-adapter';
import { focusInput } from '../../lib/focus-input';
import { normalizeInteger } from '../../lib/normalize-input';
import { useNextGradeAdvice } from '../../lib/use-next-grade-advice';
import { useScorecard } from '../../lib/use-scorecard';
import { integer } from '../household/to-record';
import { EntityAdvicePanel } from './entity-advice';
import { EntityFormContext, type EntityFormContextValue } from './entity-context';
import { EntityEvalYearField } from './entity-eval-year';
import { readEntityFile } from './entity-file';
import {
  entityFieldKeys,
  entityInputId,
  fromEntityRecord,
  hasEntityWork,
  toEntityRecord,
} from './entity-form';
import { EntityFormView } from './entity-form-view';
import { entityExamplesOf, entityParametersOf } from './entity-model';
import { EntityOriginPanel } from './entity-origin';
import { EntityResultBar } from './entity-result-bar';
import { EntityResultPanel } from './entity-result-panel';
import type { EntityAction, EntityState } from './entity-state';

/** Props of {@link EntityPage}. */
export interface EntityPageProps {
  readonly model: Model;
  readonly state: EntityState;
  readonly dispatch: Dispatch<EntityAction>;
}

const KEYS = entityFieldKeys();

/** Moves the focus to the input of a field key and scrolls it into view. */
function focusEntityField(key: string): boolean {
  return focusInput(entityInputId(key));
}

/**
 * The entity scorecard (新型农业经营主体): the record's form beside its live receipt and
 * next-grade advice, all from the core. Under a model without an entity scorecard (version 1),
 * it says so and offers nothing to type.
 */
export function EntityPage({ model, state, dispatch }: EntityPageProps) {
  const { t } = useI18n();
  if (entityParametersOf(model) === undefined)
    return (
      <div class="household-page entity-page">
        <h2>{t('entity.title')}</h2>
        <p class="notice notice-warn" data-testid="entity-no-model">
          {t('entity.noModel', { id: model.document.id, version: model.document.version })}
        </p>
      </div>
    );
  return <EntityScorecard model={model} state={state} dispatch={dispatch} />;
}

function EntityScorecard({ model, state, dispatch }: EntityPageProps) {
  const { t } = useI18n();
  const record = useMemo(() => toEntityRecord(state.form), [state.form]);
  const yearText = normalizeInteger(state.evalYear);
  const evalYear = yearText === '' ? undefined : integer(yearText);
  const outcome = useMemo(() => scoreEntity(record, evalYear, model), [record, evalYear, model]);
  // The rules the household page follows too: issues once a field is left, the last valid
  // result kept (marked stale) while a field is corrected, the focus after a submit.
  const page = useScorecard({
    state,
    dispatch,
    outcome,
    keys: KEYS,
    focusField: focusEntityField,
    hasWork: hasEntityWork,
    announce: ({ explanation: { result } }) =>
      t('entity.announce', {
        score: result.score,
        grade: result.grade,
        limit: result.limit,
        guaranteed: result.guaranteed,
      }),
  });
  const { split, stale, shownOutcome } = page;

  const advice = useNextGradeAdvice(
    outcome.ok ? outcome.record : null,
    outcome.ok ? outcome.explanation.evalYear : undefined,
    model,
    entityAdvice,
  );

  const examples = entityExamplesOf(model);
  const [example, setExample] = useState(examples[0]?.key ?? '');

  const context: EntityFormContextValue = {
    form: state.form,
    model,
    issues: page.placed,
    isShown: page.isShown,
    dispatch,
    touch: (key) => afterPress(() => dispatch({ type: 'touch', key })),
  };

  const chosen = examples.find((e) => e.key === example);
  const head = (
    <ScorecardHead
      title={t('entity.title')}
      toolbarLabel={t('entity.toolbar')}
      fileId="entity-file"
      onFile={(file) => void readEntityFile(file, state.evalYear, model).then(page.open)}
      record={record}
      recordId={state.form.id}
      fallbackName="entity"
      printLabel={t('entity.print')}
      canPrint={outcome.ok}
      resetTestId="entity-reset"
      onReset={() => page.replace({ type: 'reset' })}
    >
      {examples.length === 0 ? null : (
        <span class="field-inline entity-examples">
          <label for="entity-example">{t('entity.example')}</label>
          <select
            id="entity-example"
            value={example}
            onChange={(event) => setExample(event.currentTarget.value)}
          >
            {examples.map((e) => (
              <option key={e.key} value={e.key}>
                {e.key}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="button"
            data-testid="entity-fill-example"
            disabled={chosen === undefined}
            onClick={() => {
              if (chosen === undefined) return;
              page.replace({
                type: 'load',
                form: fromEntityRecord(chosen.entity),
                evalYear: String(chosen.evalYear),
                report: null,
                origin: null,
              });
            }}
          >
            {t('entity.fillExample')}
          </button>
        </span>
      )}
    </ScorecardHead>
  );

  return (
    <ScorecardLayout
      class="household-page entity-page"
      head={head}
      announcement={page.announcement}
      announcementTestId="entity-announcement"
      notices={
        <>
          {state.report === null ? null : (
            <LoadReportPanel
              report={state.report}
              model={model}
              record="entity"
              notRecordText={t('entity.load.notObject')}
              testId="entity-load-report"
              onDismiss={() => dispatch({ type: 'dismissReport' })}
            />
          )}
          {state.origin === null ? null : <EntityOriginPanel origin={state.origin} model={model} />}
        </>
      }
      form={
        <>
          <EntityFormContext.Provider value={context}>
            <EntityFormView
              onSubmit={page.submit}
              evalYearField={
                <EntityEvalYearField
                  value={state.evalYear}
                  chosen={state.evalYearChosen}
                  onChange={page.evalYear.onChange}
                  onLeave={page.evalYear.onLeave}
                />
              }
            />
          </EntityFormContext.Provider>
          <EntityResultBar
            outcome={shownOutcome}
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
              record="entity"
            />
          ) : (
            <EntityResultPanel
              outcome={shownOutcome}
              model={model}
              stale={stale === null ? null : { issues: split.shown, waiting: split.waiting }}
              onGoTo={page.goTo}
            />
          )}
          {/* Advice is for a valid record only: none while the last result is stale. */}
          <EntityAdvicePanel
            state={advice}
            model={model}
            mainLine={state.form.mainLine}
            onApply={(option) => {
              dispatch({ type: 'apply', record: option.record });
              setTimeout(() => document.getElementById('result-title')?.focus(), 0);
            }}
          />
        </>
      }
    />
  );
}
