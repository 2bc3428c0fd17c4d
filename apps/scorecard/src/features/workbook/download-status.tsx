import { useI18n } from '../../i18n/index';
import { fieldKey, groupCount } from '../../lib/core-adapter';
import type { DownloadState } from './use-workbook-download';

/** Lost fields listed one by one; past this they are counted. */
const SHOWN = 20;

/**
 * What became of a workbook download: being written, offered (with what its sheets could not
 * hold, each by its path: a `meta` object, an empty `livestock`), or why it failed.
 */
export function DownloadStatus({
  status,
  testId,
}: {
  readonly status: DownloadState;
  readonly testId: string;
}) {
  const { t, lang } = useI18n();
  switch (status.state) {
    case 'idle':
      return null;
    case 'busy':
      return (
        <p class="muted small download-status" role="status" data-testid={testId}>
          {t('workbook.writing')}
        </p>
      );
    case 'failed':
      return (
        <p class="notice notice-warn download-status" role="alert" data-testid={testId}>
          {t('workbook.writeFailed', { error: status.error })}
        </p>
      );
    case 'done':
      if (status.lost.length === 0)
        return (
          <p class="muted small download-status" role="status" data-testid={testId}>
            {t('workbook.written', { file: status.fileName })}
          </p>
        );
      return (
        <div class="notice notice-warn download-status" role="status" data-testid={testId}>
          <strong>
            {t('workbook.writtenLost', {
              file: status.fileName,
              n: groupCount(status.lost.length),
            })}
          </strong>
          <ul class="issue-list">
            {status.lost.slice(0, SHOWN).map((lost) => (
              <li key={fieldKey(lost.path)}>
                <code class="path">{fieldKey(lost.path)}</code>
                {lang === 'zh' ? '：' : ': '}
                {lang === 'zh' ? lost.message : lost.en}
              </li>
            ))}
          </ul>
          {status.lost.length > SHOWN ? (
            <p class="muted small">
              {t('issues.more', { n: groupCount(status.lost.length - SHOWN) })}
            </p>
          ) : null}
        </div>
      );
  }
}
