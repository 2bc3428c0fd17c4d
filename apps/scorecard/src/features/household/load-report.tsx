import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { groupCount, type Model } from '../../lib/core-adapter';
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
  const unreadable =
    report.notRecord === true || report.issues.some((i) => i.code === 'invalid_json');
  return (
    <div class="notice notice-warn screen-only" role="alert" data-testid="load-report">
      <strong>
        {report.notRecord === true
          ? t('load.notObject')
          : unreadable
            ? t('load.notJson')
            : t('load.title', { n: groupCount(report.issues.length) })}
      </strong>
      {unreadable ? null : <p>{t('load.note')}</p>}
      {report.issues.length === 0 ? null : (
        <ul class="issue-list">
          {report.issues.map((issue) => (
            <li key={`${issue.path.join('.')}:${issue.code}`}>
              <IssueText issue={issue} model={model} />
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button button-quiet" onClick={onDismiss}>
        {t('action.dismiss')}
      </button>
    </div>
  );
}
