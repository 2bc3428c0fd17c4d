import { useI18n } from '../i18n/index';
import { useIssueWords } from '../i18n/issue-words';
import type { Issue, Model, RecordKind } from '../lib/core-adapter';

/**
 * One issue as shown everywhere: the field's name, then what is wrong, both in the UI's
 * language from the core's code and params (never the English `message`). `withField: false`
 * leaves the name out, beside an input that is already labelled.
 */
export function IssueText({
  issue,
  model,
  record = 'household',
  withField = true,
}: {
  readonly issue: Issue;
  readonly model: Model;
  readonly record?: RecordKind;
  readonly withField?: boolean;
}) {
  const words = useIssueWords(model);
  const { lang } = useI18n();
  const message = <span class="issue-message">{words.message(issue, record)}</span>;
  if (!withField || issue.path.length === 0) return message;
  return (
    <>
      <span class="issue-field">{words.field(issue.path, record)}</span>
      <span class="issue-sep">{lang === 'zh' ? '：' : ': '}</span>
      {message}
    </>
  );
}
