import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';
import { downloadText, safeFileName } from '../lib/download';
import { FileButton } from './file-button';

/** Props of {@link ScorecardHead}. */
export interface ScorecardHeadProps {
  readonly title: string;
  /** The toolbar's accessible name. */
  readonly toolbarLabel: string;
  /** The id of the file input that opens a record. */
  readonly fileId: string;
  readonly onFile: (file: File) => void;
  /** The record on screen, saved as pretty JSON under its id. */
  readonly record: unknown;
  readonly recordId: string;
  /** The file's name when the id gives none (`household`, `entity`). */
  readonly fallbackName: string;
  readonly printLabel: string;
  /** Printing is offered only for a valid record. */
  readonly canPrint: boolean;
  /** The `data-testid` of the reset button. */
  readonly resetTestId: string;
  readonly onReset: () => void;
  /** Controls before the file's (an example to fill in). */
  readonly children?: ComponentChildren;
}

/**
 * The head of a scorecard page, not printed: its title and a toolbar to open a record file,
 * save the record as JSON, print the receipt and start again.
 */
export function ScorecardHead({
  title,
  toolbarLabel,
  fileId,
  onFile,
  record,
  recordId,
  fallbackName,
  printLabel,
  canPrint,
  resetTestId,
  onReset,
  children,
}: ScorecardHeadProps) {
  const { t } = useI18n();
  return (
    <div class="page-head screen-only">
      <h2>{title}</h2>
      <div class="toolbar" role="toolbar" aria-label={toolbarLabel}>
        {children}
        <FileButton
          id={fileId}
          label={t('action.open')}
          accept=".json,application/json"
          onFile={onFile}
        />
        <button
          type="button"
          class="button"
          onClick={() =>
            downloadText(
              `${safeFileName(recordId.trim(), fallbackName)}.json`,
              `${JSON.stringify(record, null, 2)}\n`,
            )
          }
        >
          {t('action.save')}
        </button>
        <button type="button" class="button" onClick={() => window.print()} disabled={!canPrint}>
          {printLabel}
        </button>
        <button
          type="button"
          class="button button-quiet"
          data-testid={resetTestId}
          onClick={onReset}
        >
          {t('action.reset')}
        </button>
      </div>
    </div>
  );
}
