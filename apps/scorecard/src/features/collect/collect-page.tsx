import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import { groupCount, type Model } from '../../lib/core-adapter';
import { CollectFiles } from './collect-files';
import type { Collection } from './collection';
import { CoveragePanel } from './coverage-panel';
import { checkCollection } from './evaluate-collection';
import { type CollectNotice, HouseholdEditor } from './household-editor';
import { HouseholdList } from './household-list';
import type { CollectionController } from './use-collection';
import { VillageFactsForm } from './village-facts';

/** Props of {@link CollectPage}. */
export interface CollectPageProps {
  readonly model: Model;
  readonly controller: CollectionController;
}

/**
 * 采集 · Collection: a clerk collects a village household by household, on a phone and offline.
 * The village's facts, the household form, the households saved and the coverage, all judged by
 * the core as they change and all kept on the device (IndexedDB) at once; the village goes out
 * as a collection workbook (.xlsx) or JSON, and comes back in from either to carry on.
 */
export function CollectPage({ model, controller }: CollectPageProps) {
  const { t } = useI18n();
  const { collection } = controller;
  const judged = useSettled(collection);
  const check = useMemo(() => checkCollection(judged, model), [judged, model]);
  const [notice, setNotice] = useState<CollectNotice | null>(null);
  return (
    <div class="collect-page">
      <div class="page-head">
        <h2>{t('collect.title')}</h2>
      </div>
      <p class="muted collect-intro">{t('collect.intro')}</p>
      <CoveragePanel
        collected={collection.households.length}
        check={check}
        status={controller.status}
        storeKind={controller.storeKind}
        unreadable={controller.unreadable}
      />
      <p
        class={notice === null ? 'collect-notice' : 'collect-notice notice notice-ok'}
        role="status"
        data-testid="collect-notice"
      >
        {notice === null ? '' : noticeText(notice, t)}
      </p>
      <div class="collect-layout">
        <div class="collect-main">
          <VillageFactsForm
            model={model}
            collection={collection}
            check={check}
            onFact={controller.setFact}
            onEvalYear={controller.setEvalYear}
            showAll={collection.households.length > 0}
          />
          <HouseholdEditor
            model={model}
            controller={controller}
            check={check}
            onNotice={setNotice}
          />
        </div>
        <div class="collect-side">
          <HouseholdList model={model} controller={controller} check={check} onNotice={setNotice} />
          <CollectFiles model={model} controller={controller} onNotice={setNotice} />
        </div>
      </div>
    </div>
  );
}

/** How long the village's facts rest before the village is judged again. */
const FACTS_PAUSE_MS = 250;

/**
 * The collection to judge: the current one as soon as its households change (a save, a
 * deletion, an import), and after a short pause while only its facts are typed, since the core
 * judges the whole village (hundreds of households) each time.
 */
function useSettled(collection: Collection): Collection {
  const [settled, setSettled] = useState(collection);
  useEffect(() => {
    if (settled === collection) return;
    const timer = setTimeout(() => setSettled(collection), FACTS_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [collection]);
  return settled.households === collection.households ? settled : collection;
}

function noticeText(notice: CollectNotice, t: ReturnType<typeof useI18n>['t']): string {
  switch (notice.kind) {
    case 'saved':
      return notice.problems === 0
        ? t('collect.savedOne', { n: groupCount(notice.n), id: notice.id || '—' })
        : t(notice.later === true ? 'collect.savedForLater' : 'collect.savedWithProblems', {
            n: groupCount(notice.n),
            id: notice.id || '—',
            problems: groupCount(notice.problems),
          });
    case 'empty':
      return t('collect.nothingToSave');
    case 'removed':
      return t('collect.removed', { id: notice.id });
    case 'imported':
      return t('collect.imported', {
        village: notice.village,
        n: groupCount(notice.households),
      });
  }
}
