import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { useYearComparison } from './features/compare/use-year-comparison';
import { YearsPage } from './features/compare/years-page';
import { emptyForm } from './features/household/form-state';
import { fromRecord } from './features/household/from-record';
import { HouseholdPage } from './features/household/household-page';
import { householdReducer, initialHousehold } from './features/household/household-state';
import { ModelComparison } from './features/model/model-comparison';
import { ModelPage } from './features/model/model-page';
import {
  initialModelState,
  type ModelState,
  NO_SECOND_MODEL,
  readModelFile,
  readSecondModelFile,
  type SecondModelState,
} from './features/model/model-state';
import { useModelComparison } from './features/model/use-model-comparison';
import { useBatch } from './features/villages/use-batch';
import { villageName } from './features/villages/village-name';
import { type OpenHousehold, VillagesPage } from './features/villages/villages-page';
import { I18nContext, i18nFor, type Lang, storedLang, storeLang } from './i18n/index';
import { PAGES, pageHref, useRoute } from './lib/use-route';

/** The scorecard app: household scorecard, village review and model, in Chinese or English. */
export function App() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const { t } = i18n;
  const [page, navigate] = useRoute();
  const [modelState, setModelState] = useState<ModelState>(initialModelState);
  const [household, dispatch] = useReducer(householdReducer, undefined, initialHousehold);
  const batch = useBatch(modelState.model, modelState.isDefault);
  const { model } = modelState;
  const years = useYearComparison();
  const [secondModel, setSecondModel] = useState<SecondModelState>(NO_SECOND_MODEL);
  const modelComparison = useModelComparison(
    model,
    modelState.isDefault,
    secondModel.model,
    batch.status,
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
    const records = village.records ?? [];
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
            <span class="model-chip" data-testid="model-chip">
              {t('model.inUse')}: <code>{model.id}</code> v{model.version}
            </span>
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
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'household' ? (
          <HouseholdPage model={model} state={household} dispatch={dispatch} />
        ) : page === 'villages' ? (
          <VillagesPage model={model} batch={batch} onOpenHousehold={openHousehold} />
        ) : page === 'years' ? (
          <YearsPage model={model} comparison={years} />
        ) : (
          <ModelPage
            state={modelState}
            onFile={(file) => {
              void readModelFile(file, modelState, i18n).then(setModelState);
            }}
            onReset={() => setModelState({ ...initialModelState(), notice: null })}
            comparison={
              <ModelComparison
                model={model}
                second={secondModel}
                batch={batch.status}
                status={modelComparison}
                onFile={(file) => {
                  void readSecondModelFile(file, secondModel, i18n).then(setSecondModel);
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
