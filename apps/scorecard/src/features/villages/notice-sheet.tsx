import { Money } from '../../components/money';
import { i18nFor } from '../../i18n/index';
import type { Model, NoticeRow, PublicNotice } from '../../lib/core-adapter';
import { gradeLabelOf } from '../../lib/model-view';
import { type NoticeColumn, NoticeSheetFrame } from '../notice/notice-sheet-frame';

/** Props of {@link NoticeSheet}. */
export interface NoticeSheetProps {
  readonly notice: PublicNotice;
  readonly model: Model;
  readonly onClose: () => void;
}

const ZH = i18nFor('zh');

/**
 * The village's public notice (公示) as a printable page inside the app: the core's rows (masked
 * names and id numbers, grades, limits) in the sheet every notice shares.
 */
export function NoticeSheet({ notice, model, onClose }: NoticeSheetProps) {
  const village = notice.village.name || notice.village.id;
  const z = ZH.t;
  const gradeName = (code: string) => {
    const label =
      gradeLabelOf(model, code)?.zh ??
      (code === model.document.vetoes.grade ? z('grade.veto') : '');
    return label === '' || label.includes(code) ? label || code : `${code} ${label}`;
  };
  const columns: NoticeColumn<NoticeRow>[] = [
    { header: 'notice.col.no', kind: 'num', cell: (row) => row.no },
    { header: 'notice.col.household', cell: (row) => row.household },
    { header: 'notice.col.name', cell: (row) => row.name },
    { header: 'notice.col.idNumber', kind: 'code', cell: (row) => row.idNumber },
    { header: 'notice.col.grade', cell: (row) => gradeName(row.grade) },
    {
      header: 'notice.col.credit',
      cell: (row) => (row.creditHousehold ? z('common.yes') : z('common.no')),
    },
    { header: 'notice.col.limit', kind: 'num', cell: (row) => <Money value={row.limit} /> },
  ];
  return (
    <NoticeSheetFrame
      notice={notice}
      model={model}
      kind="village"
      title={z('notice.sheetTitle', { village })}
      footnote={notice.notListed > 0 ? z('notice.notListed', { n: notice.notListed }) : ''}
      columns={columns}
      rowKey={(row) => row.no}
      onClose={onClose}
    />
  );
}
