import { codeAndName } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { i18nFor } from '../../i18n/index';
import type { EntityNotice, EntityNoticeRow, Model } from '../../lib/core-adapter';
import { type NoticeColumn, NoticeSheetFrame } from '../notice/notice-sheet-frame';

/** Props of {@link EntityNoticeSheet}. */
export interface EntityNoticeSheetProps {
  readonly notice: EntityNotice;
  readonly model: Model;
  readonly onClose: () => void;
}

const ZH = i18nFor('zh');

/** The columns of the core's entity notice, in its order. */
const COLUMNS: readonly NoticeColumn<EntityNoticeRow>[] = [
  { header: 'entityNotice.col.no', kind: 'num', cell: (row) => row.no },
  { header: 'entityNotice.col.entity', kind: 'code', cell: (row) => row.entity },
  { header: 'entityNotice.col.name', cell: (row) => row.name },
  { header: 'entityNotice.col.type', cell: (row) => row.typeLabel },
  { header: 'entityNotice.col.principal', cell: (row) => row.principal },
  { header: 'entityNotice.col.grade', cell: (row) => codeAndName(row.grade, row.gradeLabel) },
  {
    header: 'entityNotice.col.credit',
    cell: (row) => (row.creditEntity ? ZH.t('common.yes') : ZH.t('common.no')),
  },
  { header: 'entityNotice.col.limit', kind: 'num', cell: (row) => <Money value={row.limit} /> },
  {
    header: 'entityNotice.col.creditOnly',
    kind: 'num',
    cell: (row) => <Money value={row.creditOnly} />,
  },
  {
    header: 'entityNotice.col.guaranteed',
    kind: 'num',
    cell: (row) => <Money value={row.guaranteed} />,
  },
];

/**
 * A township's entity notice (经营主体评定结果公示) as a printable page inside the app: the core's
 * rows (registered names, types, principals masked, grades, limits and their credit-only and
 * guaranteed parts) in the sheet every notice shares, and how many records are not listed.
 */
export function EntityNoticeSheet({ notice, model, onClose }: EntityNoticeSheetProps) {
  const z = ZH.t;
  return (
    <NoticeSheetFrame
      notice={notice}
      model={model}
      kind="entities"
      title={z('entityNotice.sheetTitle', { township: notice.township.name || notice.township.id })}
      periodNote={z('entityNotice.guarantee')}
      footnote={notice.notListed > 0 ? z('entityNotice.notListed', { n: notice.notListed }) : ''}
      columns={COLUMNS}
      rowKey={(row) => row.no}
      onClose={onClose}
    />
  );
}
