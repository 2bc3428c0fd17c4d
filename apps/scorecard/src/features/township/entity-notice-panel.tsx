import { useMemo } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import { type EntityNoticeRun, entityNoticeBatch } from '../../lib/batch-documents';
import { type EntityNotice, entityNotice, groupCount, type Model } from '../../lib/core-adapter';
import { safeFileName } from '../../lib/download';
import { NoticeControls } from '../notice/notice-controls';

/** Props of {@link EntityNoticePanel}. */
export interface EntityNoticePanelProps {
  /** The township's id; `null` when its record has none (no notice can name it). */
  readonly townshipId: string | null;
  /** Its name, for the default issuer. */
  readonly townshipName: string | undefined;
  /** The run's entities and townships as sent. */
  readonly run: EntityNoticeRun;
  readonly model: Model;
  /** Shows the notice in the printable view. */
  readonly onPrint: (notice: EntityNotice) => void;
}

/**
 * 经营主体公示: the public notice of the township's new agricultural business entities, made by
 * the core (`publicEntityNotice`) from the batch as sent, as the command makes it with
 * `notice --township`: principals masked, in Chinese only, for a chosen first day; as a CSV
 * file, the core's HTML page, or printed from the app. It says how many records of the township
 * are not listed (the core's count of those in error) and how many records of the batch could
 * not be read at all (no township known).
 */
export function EntityNoticePanel({
  townshipId,
  townshipName,
  run,
  model,
  onPrint,
}: EntityNoticePanelProps) {
  const { t } = useI18n();
  const batch = useMemo(
    () => (townshipId === null ? null : entityNoticeBatch(run, townshipId)),
    [run, townshipId],
  );
  const intro =
    batch === null
      ? t('entityNotice.noId')
      : !batch.ok
        ? batch.reason === 'noEntities'
          ? t('entityNotice.noEntities')
          : t('entityNotice.severalYears', { years: batch.years.join(t('common.listSep')) })
        : t('entityNotice.intro');
  const unread = batch?.ok === true ? batch.unread : 0;
  return (
    <NoticeControls<EntityNotice>
      id="entity-notice"
      heading="h5"
      words="entityNotice"
      intro={intro}
      issuerPlaceholder={`${townshipName || townshipId || '乡镇'}信用评定小组`}
      fileName={`notice-${safeFileName(townshipId ?? '', 'township')}-entities`}
      model={model}
      make={
        batch?.ok !== true || townshipId === null
          ? null
          : (choices) => entityNotice(batch.document, townshipId, { model, ...choices })
      }
      onPrint={onPrint}
      summary={(notice) =>
        t('entityNotice.made', { n: groupCount(notice.rows.length) }) +
        (notice.notListed > 0
          ? t('entityNotice.madeNotListed', { n: groupCount(notice.notListed) })
          : '')
      }
    >
      {unread === 0 ? null : (
        <p class="notice notice-warn small" data-testid="entity-notice-unread">
          {t('entityNotice.unread', { n: groupCount(unread) })}
        </p>
      )}
    </NoticeControls>
  );
}
