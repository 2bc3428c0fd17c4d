import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';
import type { Issue, Model, ModelStamp, RecordKind } from '../lib/core-adapter';
import { FixList } from './fix-list';

/** What is still to fix while a stale receipt stays on screen. */
export interface StaleIssues {
  readonly issues: readonly Issue[];
  readonly waiting: number;
}

/** Props of {@link ReceiptSection}. */
export interface ReceiptSectionProps {
  /** The section's `data-testid`. */
  readonly testId: string;
  /** The printed page's title. */
  readonly printTitle: string;
  /** The printed page's record line (`户编号 H1`), before the year. */
  readonly printSubject: string;
  readonly evalYear: number;
  /** The model the receipt was worked out under, printed with its hash. */
  readonly stamp: ModelStamp;
  readonly model: Model;
  readonly record: RecordKind;
  /**
   * Set when the receipt is the last valid one and the form has since changed into something
   * invalid: it is marked stale and what to fix is listed above it.
   */
  readonly stale: StaleIssues | null;
  readonly onGoTo: (issue: Issue) => void;
  /** The receipt itself: headline, vetoes, components, limit. */
  readonly children: ComponentChildren;
}

/**
 * The result of a scorecard's form: the whole receipt of a valid record, printable with its
 * record, year and model, and a line to sign. While the record is being corrected, the last
 * valid receipt stays, clearly marked as no longer current, under the list of what to fix:
 * never numbers of a half-valid record, never a panel that flips at each key.
 */
export function ReceiptSection({
  testId,
  printTitle,
  printSubject,
  evalYear,
  stamp,
  model,
  record,
  stale,
  onGoTo,
  children,
}: ReceiptSectionProps) {
  const { t } = useI18n();
  return (
    <section
      class={`result${stale === null ? '' : ' is-stale'}`}
      aria-labelledby="result-title"
      data-testid={testId}
      data-stale={stale === null ? undefined : 'true'}
    >
      <header class="print-only print-header">
        <h1>{printTitle}</h1>
        <p>
          {printSubject} · {t('print.year', { year: evalYear })}
        </p>
        <p class="muted">
          {t('print.model', { id: stamp.id, version: stamp.version, hash: stamp.hash })}
        </p>
      </header>
      <h2 id="result-title" class="screen-only" tabIndex={-1}>
        {stale === null ? t('result.title') : t('result.staleTitle')}
      </h2>
      {stale === null ? null : (
        <div class="stale-note screen-only" data-testid="stale-note">
          <p>
            <strong>{t('result.staleNote')}</strong>
          </p>
          <FixList
            issues={stale.issues}
            waiting={stale.waiting}
            model={model}
            onGoTo={onGoTo}
            record={record}
          />
        </div>
      )}
      {children}
      <p class="print-only print-sign">{t('print.sign')}</p>
    </section>
  );
}
