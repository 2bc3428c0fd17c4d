import { useI18n } from '../i18n/index';
import { useIssueWords } from '../i18n/issue-words';
import { fieldKey, groupCount, type Issue, type Model, type RecordKind } from '../lib/core-adapter';
import { ScrollArea } from './scroll-area';

/** How many problems are listed before the rest are only counted. */
const SHOWN = 50;

/**
 * Problems of a document (a model, a result file) as a table: where (the field's name, and its
 * path for whoever edits the file) and what is wrong, in the UI's language. A long list is cut
 * after the first `limit`, with the rest counted.
 */
export function IssueTable({
  issues,
  model,
  record,
  limit = SHOWN,
}: {
  readonly issues: readonly Issue[];
  readonly model: Model;
  readonly record: RecordKind;
  readonly limit?: number;
}) {
  const { t } = useI18n();
  const words = useIssueWords(model);
  const shown = issues.slice(0, limit);
  return (
    <>
      <ScrollArea label={t('issues.table')}>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">{t('model.col.path')}</th>
              <th scope="col">{t('model.col.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, index) => {
              const path = fieldKey(issue.path);
              return (
                <tr key={`${index}:${path}:${issue.code}`}>
                  <td>
                    {words.field(issue.path, record)}
                    {issue.path.length === 0 ? null : (
                      <>
                        <br />
                        <code class="path">{path}</code>
                      </>
                    )}
                  </td>
                  <td>{words.message(issue, record)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      {issues.length > limit ? (
        <p class="muted small">{t('issues.more', { n: groupCount(issues.length - limit) })}</p>
      ) : null}
    </>
  );
}
