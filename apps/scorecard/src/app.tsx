import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { COLLECTION_KEY, DRAFT_KEY } from './features/collect/saved-collection';
import { useCollection } from './features/collect/use-collection';
import { useYearComparison } from './features/compare/use-year-comparison';
import { fromEntityRecord, hasEntityWork } from './features/entity/entity-form';
import { entityReducer, initialEntity } from './features/entity/entity-state';
import { ENTITY_KEY, fromSavedEntity, toSavedEntity } from './features/entity/saved-entity';
import { useFollowUp } from './features/follow-up/use-follow-up';
import { emptyForm, hasTypedWork } from './features/household/form-state';
import { fromRecord } from './features/household/from-record';
import { HouseholdPage } from './features/household/household-page';
import { householdReducer, initialHousehold } from './features/household/household-state';
import {
  fromSavedHousehold,
  HOUSEHOLD_KEY,
  toSavedHousehold,
} from './features/household/saved-household';
import { ModelBanner } from './features/model/model-banner';
import {
  initialModelState,
  type ModelState,
  NO_SECOND_MODEL,
  readModelFile,
  readSecondModelFile,
  type SecondModelState,
} from './features/model/model-state';
import { fromSavedModel, MODEL_KEY, toSavedModel } from './features/model/saved-model';
import { useModelComparison } from './features/model/use-model-comparison';
import { OBJECTIONS_KEY, useObjections } from './features/objections/use-objections';
import { useTrackedObjections } from './features/objections/use-tracked-objections';
import { REVIEW_KEY } from './features/review/saved-review';
import { useReview } from './features/review/use-review';
import { TRUST_KEY } from './features/verify/saved-trust';
import { useVerify } from './features/verify/use-verify';
import { useBatch } from './features/villages/use-batch';
import { villageName } from './features/villages/village-name';
import type { OpenHousehold } from './features/villages/villages-page';
import { I18nContext, i18nFor, type Lang, storedLang, storeLang } from './i18n/index';
import { confirmReplace } from './lib/confirm';
import { useSavedWork } from './lib/persist/saved-work';
import { emptySession, type Session } from './lib/persist/session';
import { PAGES, pageHref, useRoute } from './lib/use-route';
import { villageRecords } from './lib/village-source';
import {
  CollectPage,
  EntityPage,
  FollowUpPage,
  ModelComparison,
  ModelPage,
  ObjectionsPage,
  ReviewPage,
  VerifyPage,
  VillagesPage,
  YearsPage,
} from './pages';
import type { BatchRun } from './worker/run-batch';

/** The keys of the work the app keeps across reloads (read before the first render). */
export const SAVED_KEYS = [
  MODEL_KEY,
  HOUSEHOLD_KEY,
  ENTITY_KEY,
  COLLECTION_KEY,
  DRAFT_KEY,
  REVIEW_KEY,
  OBJECTIONS_KEY,
  TRUST_KEY,
] as const;

/**
 * The scorecard app: household scorecard, village review and model, in Chinese or English.
 * `session` holds what was kept from the last visit (the model in use, the household form)
 * and where to keep it from now on.
 */
export function App({ session: given }: { readonly session?: Session }) {
  // Without a session (tests), nothing was kept and work is kept in memory only.
  const [session] = useState(() => given ?? emptySession());
  const [lang, setLang] = useState<Lang>(storedLang);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const { t } = i18n;
  const [page, navigate] = useRoute();
  const [modelState, setModelState] = useState<ModelState>(() =>
    initialModelState(fromSavedModel(session.saved.get(MODEL_KEY))),
  );
  const [household, dispatch] = useReducer(householdReducer, undefined, () =>
    initialHousehold(fromSavedHousehold(session.saved.get(HOUSEHOLD_KEY))),
  );
  const [entity, dispatchEntity] = useReducer(entityReducer, undefined, () =>
    initialEntity(fromSavedEntity(session.saved.get(ENTITY_KEY))),
  );
  const batch = useBatch(modelState.model, modelState.isDefault);
  const collect = useCollection(
    session.store,
    session.saved.get(COLLECTION_KEY),
    session.saved.get(DRAFT_KEY),
  );
  const review = useReview(session);
  const objections = useObjections(session);
  const { model } = modelState;
  const trackedObjections = useTrackedObjections(objections, model);
  const years = useYearComparison();
  const [secondModel, setSecondModel] = useState<SecondModelState>(NO_SECOND_MODEL);
  const modelComparison = useModelComparison(
    model,
    modelState.isDefault,
    secondModel.model,
    batch.status,
  );
  const verify = useVerify(session);
  const followUp = useFollowUp(model, modelState.isDefault);

  // Typed work and the model in use outlive the page (a reload, a closed tab, a phone that
  // discards a tab in the background).
  useSavedWork(session.store, HOUSEHOLD_KEY, household, (state) =>
    hasTypedWork(state.form) || state.evalYearChosen ? toSavedHousehold(state) : undefined,
  );
  useSavedWork(session.store, ENTITY_KEY, entity, (state) =>
    hasEntityWork(state.form) || state.evalYearChosen ? toSavedEntity(state) : undefined,
  );
  useSavedWork(
    session.store,
    MODEL_KEY,
    modelState,
    (state) =>
      state.isDefault || state.fileName === null
        ? undefined
        : toSavedModel(state.model, state.fileName),
    0,
  );

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);

  const switchLang = () => {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    storeLang(next);
    setLang(next);
  };

  const openHousehold: OpenHousehold = (run, villageIndex, target) => {
    const village = run.villages[villageIndex];
    if (village === undefined) return;
    if (hasTypedWork(household.form) && !confirmReplace(t('confirm.replace'))) return;
    const records = villageRecords(village) ?? [];
    const index =
      'result' in target
        ? records.findIndex(
            (r) =>
              typeof r === 'object' &&
              r !== null &&
              (r as { id?: unknown }).id === target.result.id,
          )
        : (target.error.index ?? -1);
    const record = index >= 0 ? records[index] : undefined;
    dispatch({
      type: 'load',
      form: record === undefined ? emptyForm() : fromRecord(record, model),
      evalYear: village.evalYear === null ? household.evalYear : String(village.evalYear),
      report: null,
      origin: {
        village: villageName(village, i18n),
        index: index >= 0 ? index : null,
        evalYear: village.evalYear,
        result: 'result' in target ? target.result : null,
        issues: 'error' in target ? target.error.issues : null,
      },
    });
    navigate('household');
  };

  /** Opens an entity of a review's run in the entity scorecard, its batch result beside it. */
  const openEntity = (run: BatchRun, index: number) => {
    const target = run.entities?.[index];
    if (target === undefined) return;
    if (hasEntityWork(entity.form) && !confirmReplace(t('confirm.replace'))) return;
    const { outcome } = target;
    dispatchEntity({
      type: 'load',
      form: fromEntityRecord(target.source === null ? {} : JSON.parse(target.source)),
      ...(target.evalYear === null ? {} : { evalYear: String(target.evalYear) }),
      report: null,
      origin: {
        file: run.fileName,
        index,
        line: target.line,
        evalYear: target.evalYear,
        result: outcome.ok ? outcome.result : null,
        issues: outcome.ok ? null : outcome.error.issues,
      },
    });
    navigate('entity');
  };

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="app-header screen-only">
        <div class="app-header-inner">
          <div class="brand">
            <span class="brand-mark" aria-hidden="true">
              信
            </span>
            <div>
              <h1>{t('app.title')}</h1>
              <p>{t('app.subtitle')}</p>
            </div>
          </div>
          <div class="header-tools">
            <button
              type="button"
              class="button lang-switch"
              lang={lang === 'zh' ? 'en' : 'zh-CN'}
              aria-label={t('lang.switchLabel')}
              onClick={switchLang}
            >
              {t('lang.switch')}
            </button>
          </div>
        </div>
        <nav class="tabs" aria-label={t('nav.label')}>
          {PAGES.map((p) => (
            <a
              key={p}
              href={pageHref(p)}
              class="tab"
              aria-current={p === page ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate(p);
              }}
            >
              {t(`nav.${p}`)}
            </a>
          ))}
        </nav>
        <ModelBanner state={modelState} onShowModel={() => navigate('model')} />
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'household' ? (
          <HouseholdPage model={model} state={household} dispatch={dispatch} />
        ) : page === 'entity' ? (
          <EntityPage model={model} state={entity} dispatch={dispatchEntity} />
        ) : page === 'collect' ? (
          <CollectPage model={model} controller={collect} />
        ) : page === 'villages' ? (
          <VillagesPage
            model={model}
            batch={batch}
            onOpenHousehold={openHousehold}
            onOpenEntity={openEntity}
            held={trackedObjections.held}
          />
        ) : page === 'review' ? (
          <ReviewPage model={model} review={review} />
        ) : page === 'objections' ? (
          <ObjectionsPage
            model={model}
            objections={objections}
            batch={batch.status}
            tracked={trackedObjections.tracked}
          />
        ) : page === 'followUp' ? (
          <FollowUpPage model={model} followUp={followUp} batch={batch.status} />
        ) : page === 'years' ? (
          <YearsPage model={model} comparison={years} />
        ) : page === 'verify' ? (
          <VerifyPage model={model} verify={verify} />
        ) : (
          <ModelPage
            state={modelState}
            onFile={(file) => {
              void readModelFile(file, modelState).then(setModelState);
            }}
            onReset={() => setModelState(initialModelState())}
            comparison={
              <ModelComparison
                model={model}
                second={secondModel}
                batch={batch.status}
                status={modelComparison}
                onFile={(file) => {
                  void readSecondModelFile(file, secondModel).then(setSecondModel);
                }}
                onClear={() => setSecondModel(NO_SECOND_MODEL)}
              />
            }
          />
        )}
      </main>
    </I18nContext.Provider>
  );
}
