import { useI18n } from '../i18n/index';
import type { Issue, Model, RecordKind } from '../lib/core-adapter';
import { fieldKey, groupCount } from '../lib/core-adapter';
import { IssueText } from './issue-text';

/** Props of {@link FixList}. */
export interface FixListProps {
  /** The problems shown now (of fields left, or all once the result was asked for). */
  readonly issues: readonly Issue[];
  /** Problems of fields not yet filled or left: only counted, never listed as errors. */
  readonly waiting: number;
  readonly model: Model;
  /** Moves the focus to the field that shows an issue. */
  readonly onGoTo: (issue: Issue) => void;
  /** The kind of record the issues are about (a household's by default). */
  readonly record?: RecordKind;
}

/**
 * What stands between the record and a result: the problems shown (each with its field and a
 * way to jump there) and how many fields are still to fill. Not a live region: it changes at
 * every keystroke and would be read out each time.
 */
export function FixList({ issues, waiting, model, onGoTo, record }: FixListProps) {
  const { t } = useI18n();
  const fields = new Set(issues.map((issue) => fieldKey(issue.path)));
  return (
    <div class="fix-list" data-testid="fix-list">
      {fields.size === 0 ? null : <h3>{t('result.fixN', { n: groupCount(fields.size) })}</h3>}
      {waiting === 0 ? null : (
        <p class="muted" data-testid="waiting">
          {t('result.waiting', { n: groupCount(waiting) })}
        </p>
      )}
      {issues.length === 0 ? null : (
        <ul>
          {issues.map((issue) => {
            const key = fieldKey(issue.path);
            return (
              <li key={`${key}:${issue.code}:${issue.message}`}>
                <IssueText issue={issue} model={model} {...(record ? { record } : {})} />{' '}
                <button type="button" class="link" onClick={() => onGoTo(issue)}>
                  {t('action.goTo')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
