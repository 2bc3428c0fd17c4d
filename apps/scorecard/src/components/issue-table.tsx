import { useI18n } from '../i18n/index';
import { fieldKey, type Issue } from '../lib/core-adapter';

/** How many problems are listed before the rest are only counted. */
const SHOWN = 50;

/**
 * Problems of a document (a model, a result file) as a table: where (the core's path) and the
 * core's message as it is. A long list is cut after the first 50, with the rest counted.
 */
export function IssueTable({ issues }: { readonly issues: readonly Issue[] }) {
  const { t } = useI18n();
  const shown = issues.slice(0, SHOWN);
  return (
    <>
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
                  <code>{path === '' ? '—' : path}</code>
                </td>
                <td lang="en">{issue.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {issues.length > SHOWN ? (
        <p class="muted small">{t('issues.more', { n: issues.length - SHOWN })}</p>
      ) : null}
    </>
  );
}
