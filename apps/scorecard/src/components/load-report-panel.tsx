import { useI18n } from '../i18n/index';
import { groupCount, type Model, type RecordKind } from '../lib/core-adapter';
import type { LoadReport } from '../lib/scorecard-state';
import { IssueText } from './issue-text';

/** Props of {@link LoadReportPanel}. */
export interface LoadReportPanelProps {
  readonly report: LoadReport;
  readonly model: Model;
  /** The kind of record the page holds: its issues are named in its words. */
  readonly record: RecordKind;
  /** What to say when the file is JSON but not one record of this kind. */
  readonly notRecordText: string;
  /** The panel's `data-testid`. */
  readonly testId: string;
  readonly onDismiss: () => void;
}

/**
 * What was wrong with a file opened on a scorecard page, until dismissed: that it is not JSON,
 * not one record, or the core's issues with the record (which is loaded all the same).
 */
export function LoadReportPanel({
  report,
  model,
  record,
  notRecordText,
  testId,
  onDismiss,
}: LoadReportPanelProps) {
  const { t } = useI18n();
  const unreadable =
    report.notRecord === true || report.issues.some((i) => i.code === 'invalid_json');
  return (
    <div class="notice notice-warn screen-only" role="alert" data-testid={testId}>
      <strong>
        {report.notRecord === true
          ? notRecordText
          : unreadable
            ? t('load.notJson')
            : t('load.title', { n: groupCount(report.issues.length) })}
      </strong>
      {unreadable ? null : <p>{t('load.note')}</p>}
      {report.issues.length === 0 ? null : (
        <ul class="issue-list">
          {report.issues.map((issue) => (
            <li key={`${issue.path.join('.')}:${issue.code}`}>
              <IssueText issue={issue} model={model} record={record} />
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
