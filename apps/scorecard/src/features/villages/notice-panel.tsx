import { useI18n } from '../../i18n/index';
import { villageDocument } from '../../lib/batch-documents';
import { type Model, type PublicNotice, villageNotice } from '../../lib/core-adapter';
import { safeFileName } from '../../lib/download';
import type { VillageRun } from '../../worker/run-batch';
import { NoticeControls } from '../notice/notice-controls';

// Where the objections pages have always taken today's date from.
export { today } from '../notice/notice-controls';

/** Props of {@link NoticePanel}. */
export interface NoticePanelProps {
  readonly village: VillageRun;
  readonly model: Model;
  /** Shows the notice in the printable view. */
  readonly onPrint: (notice: PublicNotice) => void;
}

/**
 * 公示: the village's public notice made by the core from its input records (names and id
 * numbers masked) for a chosen first day, as a CSV file (with a BOM, for spreadsheets), as the
 * core's standalone HTML page, or printed from the app.
 */
export function NoticePanel({ village, model, onPrint }: NoticePanelProps) {
  const { t } = useI18n();
  const batch = villageDocument(village);
  const id = village.result.id;
  return (
    <NoticeControls<PublicNotice>
      id="notice"
      heading="h4"
      words="notice"
      intro={batch !== null && id !== null ? t('notice.intro') : t('notice.unavailable')}
      issuerPlaceholder={`${village.result.name ?? '村'}信用评定小组`}
      fileName={`notice-${safeFileName(id ?? '', 'village')}`}
      model={model}
      make={
        batch === null || id === null
          ? null
          : (choices) => villageNotice(batch, id, { model, ...choices })
      }
      onPrint={onPrint}
    />
  );
}
