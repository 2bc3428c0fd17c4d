import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import type { LoadReport } from './household-state';

/** What was wrong with a loaded household file, until dismissed. */
export function LoadReportPanel({
  report,
  model,
  onDismiss,
}: {
  readonly report: LoadReport;
  readonly model: Model;
  readonly onDismiss: () => void;
}) {
  const { t } = useI18n();
  return (
    <div class="notice notice-warn screen-only" role="alert" data-testid="load-report">
      {report.error === undefined ? (
        <>
          <strong>{t('load.title', { n: report.issues.length })}</strong>
          <p>{t('load.note')}</p>
          <ul class="issue-list">
            {report.issues.map((issue) => (
              <li key={`${issue.path.join('.')}:${issue.code}`}>
                <IssueText issue={issue} model={model} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <strong>{report.error}</strong>
      )}
      <button type="button" class="button button-quiet" onClick={onDismiss}>
        {t('action.dismiss')}
      </button>
    </div>
  );
}
