import { useState } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { confirmReplace } from '../../lib/confirm';
import { groupCount, type Issue, type Model, safeParseJson } from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import { isWorkbookFile, WORKBOOK_ACCEPT } from '../../worker/workbook-file';
import type { WorkbookIssue } from '../../worker/workbook-protocol';
import { DownloadStatus } from '../workbook/download-status';
import { TemplateButton } from '../workbook/template-button';
import { useWorkbookDownload } from '../workbook/use-workbook-download';
import { jobModel, useWorkbookJobs } from '../workbook/workbook-client';
import { WorkbookProblems } from '../workbook/workbook-problems';
import {
  collectionDocument,
  collectionFileBase,
  emptyCollection,
  hasCollected,
} from './collection';
import type { CollectNotice } from './household-editor';
import {
  collectionFrom,
  type ImportChoice,
  importChoices,
  importedVillages,
  type LeftOut,
} from './import-collection';
import type { CollectionController } from './use-collection';

/** Where an import stands. */
type ImportState =
  | { readonly state: 'idle' }
  | { readonly state: 'reading'; readonly file: string }
  /** The file holds several villages: which one to carry on with. */
  | {
      readonly state: 'choose';
      readonly file: string;
      readonly villages: readonly unknown[];
      readonly evalYear: unknown;
      readonly choices: readonly ImportChoice[];
    }
  | { readonly state: 'done'; readonly file: string; readonly leftOut: readonly LeftOut[] }
  | {
      readonly state: 'notWorkbook';
      readonly file: string;
      readonly issues: readonly WorkbookIssue[];
    }
  | { readonly state: 'notJson'; readonly file: string; readonly issues: readonly Issue[] }
  | { readonly state: 'noVillage'; readonly file: string };

/**
 * The collected village in and out: export as a collection workbook (.xlsx, written in the
 * worker) or as a JSON batch document, the empty template, an import (a workbook or JSON
 * exported here or filled elsewhere) to carry on with, and starting a new village.
 */
export function CollectFiles({
  model,
  controller,
  onNotice,
}: {
  readonly model: Model;
  readonly controller: CollectionController;
  readonly onNotice: (notice: CollectNotice) => void;
}) {
  const { t } = useI18n();
  const jobs = useWorkbookJobs();
  const download = useWorkbookDownload();
  const [imported, setImported] = useState<ImportState>({ state: 'idle' });
  const { collection } = controller;
  const base = `${safeFileName(collectionFileBase(collection), 'village')}-${safeFileName(collection.evalYear.trim(), 'year')}`;

  const take = (file: string, villages: readonly unknown[], evalYear: unknown, index: number) => {
    if (hasCollected(controller.collection) && !confirmReplace(t('collect.confirmImport'))) {
      setImported({ state: 'idle' });
      return;
    }
    const made = collectionFrom(villages[index], evalYear, model);
    controller.replace(made.collection);
    setImported({ state: 'done', file, leftOut: made.leftOut });
    onNotice({
      kind: 'imported',
      village: made.collection.village.id || '—',
      households: made.collection.households.length,
    });
  };

  const offer = (file: string, villages: readonly unknown[] | null, evalYear: unknown) => {
    if (villages === null || villages.length === 0) setImported({ state: 'noVillage', file });
    else if (villages.length === 1) take(file, villages, evalYear, 0);
    else
      setImported({ state: 'choose', file, villages, evalYear, choices: importChoices(villages) });
  };

  const open = async (file: File) => {
    setImported({ state: 'reading', file: file.name });
    if (await isWorkbookFile(file, file.name)) {
      const outcome = await jobs.run({ type: 'readWorkbook', model: jobModel(model), file });
      if (outcome.kind !== 'import') throw new Error('the worker did not read the workbook');
      if (!outcome.ok) {
        setImported({ state: 'notWorkbook', file: file.name, issues: outcome.issues });
        return;
      }
      offer(file.name, outcome.document.villages, outcome.document.evalYear);
      return;
    }
    const parsed = safeParseJson(await file.text(), file.name);
    if (!parsed.ok) {
      setImported({ state: 'notJson', file: file.name, issues: parsed.issues });
      return;
    }
    const value = parsed.value.value as Record<string, unknown> | null;
    offer(file.name, importedVillages(value), value?.evalYear);
  };

  return (
    <section class="card collect-files" aria-labelledby="collect-files-title">
      <h3 id="collect-files-title">{t('collect.files')}</h3>
      <div class="toolbar">
        <button
          type="button"
          class="button"
          data-testid="export-xlsx"
          disabled={download.status.state === 'busy'}
          onClick={() =>
            download.start(`${base}.xlsx`, () =>
              jobs.run({
                type: 'batchWorkbook',
                model: jobModel(model),
                document: collectionDocument(collection, model),
              }),
            )
          }
        >
          {t('collect.exportXlsx')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="export-json"
          onClick={() =>
            downloadText(
              `${base}.json`,
              `${JSON.stringify(collectionDocument(collection, model), null, 2)}\n`,
            )
          }
        >
          {t('collect.exportJson')}
        </button>
        <FileButton
          id="collect-import"
          label={t('collect.import')}
          accept={`.json,application/json,${WORKBOOK_ACCEPT}`}
          onFile={(file) => {
            void open(file).catch((error: unknown) =>
              setImported({
                state: 'notWorkbook',
                file: file.name,
                issues: [
                  {
                    code: 'corrupt',
                    message: String(error instanceof Error ? error.message : error),
                    en: String(error instanceof Error ? error.message : error),
                  },
                ],
              }),
            );
          }}
        />
        <TemplateButton model={model} evalYear={collection.evalYear} testId="collect-template" />
        <button
          type="button"
          class="button button-quiet"
          data-testid="new-village"
          onClick={() => {
            if (hasCollected(collection) && !confirmReplace(t('collect.confirmNew'))) return;
            controller.replace(emptyCollection());
            setImported({ state: 'idle' });
          }}
        >
          {t('collect.newVillage')}
        </button>
      </div>
      <DownloadStatus status={download.status} testId="export-status" />
      <ImportStatus
        state={imported}
        model={model}
        onChoose={(index) => {
          if (imported.state === 'choose')
            take(imported.file, imported.villages, imported.evalYear, index);
        }}
      />
    </section>
  );
}

function ImportStatus({
  state,
  model,
  onChoose,
}: {
  readonly state: ImportState;
  readonly model: Model;
  readonly onChoose: (index: number) => void;
}) {
  const { t } = useI18n();
  switch (state.state) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <p class="muted small" role="status" data-testid="import-status">
          {t('collect.importReading', { file: state.file })}
        </p>
      );
    case 'done':
      return state.leftOut.length === 0 ? null : (
        <div class="notice notice-warn" role="status" data-testid="import-status">
          <strong>{t('collect.leftOut', { n: groupCount(state.leftOut.length) })}</strong>
          <ul class="issue-list">
            {state.leftOut.slice(0, 20).map((item) => (
              <li key={`${item.n}:${item.field}`}>
                {t('collect.leftOutItem', { n: groupCount(item.n), field: item.field })}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'notWorkbook':
      return (
        <div class="notice notice-warn" role="alert" data-testid="import-status">
          <strong>{t('collect.importFailed', { file: state.file })}</strong>
          <WorkbookProblems issues={state.issues} />
        </div>
      );
    case 'notJson':
      return (
        <div class="notice notice-warn" role="alert" data-testid="import-status">
          <strong>{t('collect.importFailed', { file: state.file })}</strong>
          <ul class="issue-list">
            {state.issues.slice(0, 5).map((issue) => (
              <li key={issue.code}>
                <IssueText issue={issue} model={model} record="batch" />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'noVillage':
      return (
        <p class="notice notice-warn" role="alert" data-testid="import-status">
          {t('collect.importNoVillage', { file: state.file })}
        </p>
      );
    case 'choose':
      return (
        <div class="notice" data-testid="import-choose">
          <p>
            {t('collect.importChoose', { file: state.file, n: groupCount(state.choices.length) })}
          </p>
          <ul class="import-choices">
            {state.choices.map((choice) => {
              const name = [choice.id ?? '—', choice.name].filter(Boolean).join(' · ');
              return (
                <li key={choice.index}>
                  <span>
                    {t('collect.choice', { village: name, n: groupCount(choice.households) })}
                  </span>{' '}
                  <button
                    type="button"
                    class="button"
                    aria-label={t('collect.importThisLabel', { village: name })}
                    onClick={() => onChoose(choice.index)}
                  >
                    {t('collect.importThis')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      );
  }
}
