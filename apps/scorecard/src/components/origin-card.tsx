import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';
import type { Issue, Model, RecordKind } from '../lib/core-adapter';
import { IssueText } from './issue-text';

/** Props of {@link OriginCard}. */
export interface OriginCardProps {
  /** The id of the card's title. */
  readonly titleId: string;
  /** The card's `data-testid`. */
  readonly testId: string;
  /** Where the record came from (batch, position, year). */
  readonly from: ComponentChildren;
  /** The record's issues when it was invalid in the batch; `null` when it had a result. */
  readonly invalid: readonly Issue[] | null;
  readonly model: Model;
  readonly record: RecordKind;
  /** The batch result, shown when the record had one. */
  readonly children: ComponentChildren;
}

/**
 * The batch result of a record opened from a batch, read-only, above the form it was put in:
 * what the batch said, whatever the form now makes of it.
 */
export function OriginCard({
  titleId,
  testId,
  from,
  invalid,
  model,
  record,
  children,
}: OriginCardProps) {
  const { t } = useI18n();
  return (
    <section class="card batch-origin screen-only" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId}>{t('result.readonly')}</h2>
      <p class="muted">{from}</p>
      {invalid === null ? (
        children
      ) : (
        <>
          <p>{t('result.readonlyInvalid')}</p>
          <ul class="issue-list">
            {invalid.map((issue) => (
              <li key={`${issue.code}:${issue.message}`}>
                <IssueText issue={issue} model={model} record={record} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
