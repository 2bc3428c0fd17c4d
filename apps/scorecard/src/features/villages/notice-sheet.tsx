import { useEffect, useRef } from 'preact/hooks';
import { Money } from '../../components/money';
import { I18nContext, i18nFor, useI18n } from '../../i18n/index';
import { chineseDate, type Model, type PublicNotice } from '../../lib/core-adapter';
import { gradeLabelOf } from '../../lib/model-view';

/** Props of {@link NoticeSheet}. */
export interface NoticeSheetProps {
  readonly notice: PublicNotice;
  readonly model: Model;
  readonly onClose: () => void;
}

const ZH = i18nFor('zh');

/**
 * The public notice (公示) as a printable page inside the app: the core's rows (masked names and
 * id numbers, grades, limits), period, issuing body and date. It is posted in the village, so it
 * is in Chinese whatever the UI's language, and carries no technical text (no model hash).
 * The print stylesheet prints the sheet alone. (The core's own HTML page cannot be opened from a
 * blob: URL here: such a page inherits this app's CSP, which refuses its inline styles.)
 */
export function NoticeSheet({ notice, model, onClose }: NoticeSheetProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    globalThis.scrollTo?.(0, 0);
  }, []);
  const village = notice.village.name || notice.village.id;
  const z = ZH.t;
  const gradeName = (code: string) => {
    const label =
      gradeLabelOf(model, code)?.zh ??
      (code === model.document.vetoes.grade ? z('grade.veto') : '');
    return label === '' || label.includes(code) ? label || code : `${code} ${label}`;
  };
  const modelName = model.document.name?.zh ?? model.id;
  return (
    <div class="notice-sheet-page">
      <div class="toolbar screen-only" role="toolbar" aria-label={t('notice.toolbar')}>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('notice.printNow')}
        </button>
        <button type="button" class="button button-quiet" onClick={onClose}>
          {t('notice.close')}
        </button>
        <span class="muted small">{t('notice.printHint')}</span>
      </div>
      <I18nContext.Provider value={ZH}>
        <article
          class="notice-sheet"
          lang="zh-CN"
          data-testid="notice-sheet"
          aria-labelledby="notice-sheet-title"
        >
          <h2 id="notice-sheet-title" ref={heading} tabIndex={-1}>
            {z('notice.sheetTitle', { village })}
          </h2>
          <p class="notice-sub">{z('notice.year', { year: notice.evalYear })}</p>
          <p>
            {z('notice.period', {
              from: chineseDate(notice.period.from),
              to: chineseDate(notice.period.to),
              days: notice.period.days,
              issuer: notice.issuer,
            })}
          </p>
          <table class="table notice-table" data-testid="notice-rows">
            <thead>
              <tr>
                <th scope="col" class="num">
                  {z('notice.col.no')}
                </th>
                <th scope="col">{z('notice.col.household')}</th>
                <th scope="col">{z('notice.col.name')}</th>
                <th scope="col">{z('notice.col.idNumber')}</th>
                <th scope="col">{z('notice.col.grade')}</th>
                <th scope="col">{z('notice.col.credit')}</th>
                <th scope="col" class="num">
                  {z('notice.col.limit')}
                </th>
              </tr>
            </thead>
            <tbody>
              {notice.rows.map((row) => (
                <tr key={row.no} data-household={row.household}>
                  <td class="num">{row.no}</td>
                  <td>{row.household}</td>
                  <td>{row.name}</td>
                  <td class="code">{row.idNumber}</td>
                  <td>{gradeName(row.grade)}</td>
                  <td>{row.creditHousehold ? z('common.yes') : z('common.no')}</td>
                  <td class="num">
                    <Money value={row.limit} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <footer class="notice-footer">
            <p>
              {z('notice.model', { name: modelName, version: notice.model.version })}
              {notice.notListed > 0 ? z('notice.notListed', { n: notice.notListed }) : ''}
            </p>
            <p class="notice-issuer" data-testid="notice-issuer">
              {notice.issuer}
              <br />
              {chineseDate(notice.period.from)}
            </p>
          </footer>
        </article>
      </I18nContext.Provider>
    </div>
  );
}
