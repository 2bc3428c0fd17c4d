import { useI18n } from '../i18n/index';
import type { Issue, Model, RecordKind } from '../lib/core-adapter';
import { FixList } from './fix-list';

/**
 * The result panel before the record has had a valid result: what is still to fill (a
 * count, not errors) and the problems of the fields already left. No number is shown.
 */
export function PendingPanel({
  issues,
  waiting,
  model,
  onGoTo,
  record,
}: {
  readonly issues: readonly Issue[];
  readonly waiting: number;
  readonly model: Model;
  readonly onGoTo: (issue: Issue) => void;
  /** The kind of record the issues are about (a household's by default). */
  readonly record?: RecordKind;
}) {
  const { t } = useI18n();
  return (
    <section class="result is-pending" aria-labelledby="result-title" data-testid="pending">
      <h2 id="result-title" tabIndex={-1}>
        {t('result.title')}
      </h2>
      <p class="muted">{t('result.pendingNote')}</p>
      <FixList
        issues={issues}
        waiting={waiting}
        model={model}
        onGoTo={onGoTo}
        {...(record ? { record } : {})}
      />
    </section>
  );
}
