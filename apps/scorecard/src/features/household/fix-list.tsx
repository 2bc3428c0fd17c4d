import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import type { Issue, Model } from '../../lib/core-adapter';
import { fieldKey } from '../../lib/core-adapter';

/** Props of {@link FixList}. */
export interface FixListProps {
  readonly issues: readonly Issue[];
  readonly model: Model;
  /** Moves the focus to the field that shows an issue. */
  readonly onGoTo: (issue: Issue) => void;
}

/**
 * What stands between the record and a result: "fix N fields", then every issue with its field
 * and a way to jump there. Shown instead of any number, so nothing stale is ever on screen.
 */
export function FixList({ issues, model, onGoTo }: FixListProps) {
  const { t } = useI18n();
  const fields = new Set(issues.map((issue) => fieldKey(issue.path)));
  return (
    <div class="fix-list" role="status" data-testid="fix-list">
      <h3>{t('result.fixN', { n: fields.size })}</h3>
      <p class="muted">{t('result.fixNote')}</p>
      <ul>
        {issues.map((issue) => {
          const key = fieldKey(issue.path);
          return (
            <li key={`${key}:${issue.code}:${issue.message}`}>
              <IssueText issue={issue} model={model} />{' '}
              <button type="button" class="link" onClick={() => onGoTo(issue)}>
                {t('action.goTo')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
