import { fieldName } from '../i18n/field-name';
import { useI18n } from '../i18n/index';
import type { Issue, Model } from '../lib/core-adapter';

/**
 * One issue as shown everywhere: the translated field name, then the core's message as it is
 * (English in both languages).
 */
export function IssueText({ issue, model }: { readonly issue: Issue; readonly model: Model }) {
  const i18n = useI18n();
  return (
    <>
      <span class="issue-field">{fieldName(issue.path, i18n, model)}</span>
      <span class="issue-sep">: </span>
      <span class="issue-message" lang="en">
        {issue.message}
      </span>
    </>
  );
}
