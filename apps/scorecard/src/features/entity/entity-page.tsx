import type { Dispatch } from 'preact/hooks';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { useI18n } from '../../i18n/index';
import { afterPress } from '../../lib/after-press';
import { confirmReplace } from '../../lib/confirm';
import {
  type EntityScore,
  fieldKey,
  type Issue,
  type Model,
  placeIssues,
  scoreEntity,
} from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import { normalizeInteger } from '../../lib/normalize-input';
import { PendingPanel } from '../household/pending-panel';
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
import { EntityLoadReportPanel } from './entity-load-report';
import { entityExamplesOf, entityParametersOf } from './entity-model';
import { EntityOriginPanel } from './entity-origin';
import { EntityResultBar } from './entity-result-bar';
import { EntityResultPanel } from './entity-result-panel';
import type { EntityAction, EntityState } from './entity-state';
import { useEntityAdvice } from './use-entity-advice';

/** Props of {@link EntityPage}. */
export interface EntityPageProps {
  readonly model: Model;
  readonly state: EntityState;
  readonly dispatch: Dispatch<EntityAction>;
}

const KEYS = entityFieldKeys();

/** Moves the focus to the input of a field key and scrolls it into view. */
function focusEntityField(key: string): boolean {
  const element = document.getElementById(entityInputId(key));
  if (element === null) return false;
  const target = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button');
  (target ?? element).focus();
  element.scrollIntoView?.({ block: 'center' });
  return true;
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
  const i18n = useI18n();
  const { t } = i18n;
  const record = useMemo(() => toEntityRecord(state.form), [state.form]);
  const yearText = normalizeInteger(state.evalYear);
  const evalYear = yearText === '' ? undefined : integer(yearText);
  const outcome = useMemo(() => scoreEntity(record, evalYear, model), [record, evalYear, model]);
  const issues = outcome.ok ? [] : outcome.issues;
  const placed = useMemo(() => placeIssues(issues, KEYS), [issues]);
  const isShown = (key: string) =>
    (state.showAll || state.touched.has(key)) && state.editing !== key;
  const split = useMemo(() => {
    const shown: Issue[] = [...placed.unplaced];
    let waiting = 0;
    for (const [key, list] of placed.byField) {
      if (isShown(key)) shown.push(...list);
      else waiting += list.length;
    }
    return { shown, waiting };
  }, [placed, state.showAll, state.touched, state.editing]);

  // The last valid result of this entity stays on screen, marked stale, while a field is being
  // corrected (as on the household page).
  const [lastValid, setLastValid] = useState<{
    readonly generation: number;
    readonly outcome: EntityScore & { ok: true };
  } | null>(null);
  useEffect(() => {
    if (outcome.ok) setLastValid({ generation: state.generation, outcome });
  }, [outcome, state.generation]);
  const stale =
    !outcome.ok && lastValid !== null && lastValid.generation === state.generation
      ? lastValid.outcome
      : null;
  const shownOutcome = outcome.ok ? outcome : stale;

  const advice = useEntityAdvice(
    outcome.ok ? outcome.record : null,
    outcome.ok ? outcome.explanation.evalYear : undefined,
    model,
  );

  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef(false);
  const examples = entityExamplesOf(model);
  const [example, setExample] = useState(examples[0]?.key ?? '');

  const context: EntityFormContextValue = {
    form: state.form,
    model,
    issues: placed,
    isShown,
    dispatch,
    touch: (key) => afterPress(() => dispatch({ type: 'touch', key })),
  };

  const goTo = (issue: Issue) => {
    for (let length = issue.path.length; length > 0; length--) {
      const key = fieldKey(issue.path.slice(0, length));
      if (KEYS.has(key)) {
        dispatch({ type: 'touch', key });
        if (focusEntityField(key)) return;
      }
    }
  };

  const submit = () => {
    dispatch({ type: 'submit' });
    pendingFocus.current = true;
  };
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    if (outcome.ok) {
      const { result } = outcome.explanation;
      setAnnouncement(
        t('entity.announce', {
          score: result.score,
          grade: result.grade,
          limit: result.limit,
          guaranteed: result.guaranteed,
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
  const replace = (action: EntityAction) => {
    if (hasEntityWork(state.form) && !confirmReplace(t('confirm.replace'))) return;
    dispatch(action);
  };

  const chosen = examples.find((e) => e.key === example);
  return (
    <div class="household-page entity-page">
      <div class="page-head screen-only">
        <h2>{t('entity.title')}</h2>
        <div class="toolbar" role="toolbar" aria-label={t('entity.toolbar')}>
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
                  replace({
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
          <FileButton
            id="entity-file"
            label={t('action.open')}
            accept=".json,application/json"
            onFile={(file) => {
              void readEntityFile(file, state.evalYear, model).then((action) => {
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
                `${safeFileName(state.form.id.trim(), 'entity')}.json`,
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
            {t('entity.print')}
          </button>
          <button
            type="button"
            class="button button-quiet"
            data-testid="entity-reset"
            onClick={() => replace({ type: 'reset' })}
          >
            {t('action.reset')}
          </button>
        </div>
      </div>
      <p class="visually-hidden" aria-live="polite" data-testid="entity-announcement">
        {announcement}
      </p>
      {state.report === null ? null : (
        <EntityLoadReportPanel
          report={state.report}
          model={model}
          onDismiss={() => dispatch({ type: 'dismissReport' })}
        />
      )}
      {state.origin === null ? null : <EntityOriginPanel origin={state.origin} model={model} />}
      <div class="household-layout">
        <div class="form-column screen-only">
          <EntityFormContext.Provider value={context}>
            <EntityFormView
              onSubmit={submit}
              evalYearField={
                <EntityEvalYearField
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
          </EntityFormContext.Provider>
          <EntityResultBar
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
              record="entity"
            />
          ) : (
            <EntityResultPanel
              outcome={shownOutcome}
              model={model}
              stale={stale === null ? null : { issues: split.shown, waiting: split.waiting }}
              onGoTo={goTo}
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
        </div>
      </div>
    </div>
  );
}
