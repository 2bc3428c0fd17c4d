import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ScrollArea } from '../../components/scroll-area';
import { I18nContext, i18nFor, type MessageKey, useI18n } from '../../i18n/index';
import { chineseDate, type Model, type ModelStamp } from '../../lib/core-adapter';

/** What every notice made by the core says around its rows. */
export interface SheetNotice<R> {
  readonly evalYear: number;
  readonly period: { readonly from: string; readonly to: string; readonly days: number };
  readonly issuer: string;
  readonly model: ModelStamp;
  readonly rows: readonly R[];
}

/** One column of a notice's table. */
export interface NoticeColumn<R> {
  /** Its heading, the words the core's CSV and page use. */
  readonly header: MessageKey;
  /** `num`: an amount or a number, right-aligned; `code`: an id, never broken. */
  readonly kind?: 'num' | 'code';
  readonly cell: (row: R) => ComponentChildren;
}

/** Props of {@link NoticeSheetFrame}. */
export interface NoticeSheetFrameProps<R> {
  readonly notice: SheetNotice<R>;
  readonly model: Model;
  /** The notice's title, in Chinese. */
  readonly title: string;
  /** Said after the period (in Chinese), when the notice has more to say there. */
  readonly periodNote?: string;
  /** Said after the model in the footer (in Chinese): the records not listed. */
  readonly footnote?: string;
  /** Which notice it is (`village`, `entities`), for whoever reads the page. */
  readonly kind: string;
  readonly columns: readonly NoticeColumn<R>[];
  /** A row's key: its number on the notice. */
  readonly rowKey: (row: R) => number;
  readonly onClose: () => void;
}

const ZH = i18nFor('zh');

/**
 * A public notice (公示) as a printable page inside the app: its title, year, period and who
 * hears objections, its rows, the model by name and version (no hash), the issuing body and the
 * date. It is posted in the village or township, so it is in Chinese whatever the UI's language.
 * The print stylesheet prints the sheet alone. (The core's own HTML page cannot be opened from a
 * blob: URL here: such a page inherits this app's CSP, which refuses its inline styles.)
 */
export function NoticeSheetFrame<R>({
  notice,
  model,
  title,
  periodNote = '',
  footnote = '',
  kind,
  columns,
  rowKey,
  onClose,
}: NoticeSheetFrameProps<R>) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    globalThis.scrollTo?.(0, 0);
  }, []);
  const z = ZH.t;
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
          data-notice={kind}
          aria-labelledby="notice-sheet-title"
        >
          <h2 id="notice-sheet-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          <p class="notice-sub">{z('notice.year', { year: notice.evalYear })}</p>
          <p>
            {z('notice.period', {
              from: chineseDate(notice.period.from),
              to: chineseDate(notice.period.to),
              days: notice.period.days,
              issuer: notice.issuer,
            })}
            {periodNote}
          </p>
          {/* On a phone the table scrolls in its own area, never widening the page. */}
          <ScrollArea label={title}>
            <table class="table notice-table" data-testid="notice-rows">
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th
                      key={column.header}
                      scope="col"
                      class={column.kind === 'num' ? 'num' : undefined}
                    >
                      {z(column.header)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {notice.rows.map((row) => (
                  <tr key={rowKey(row)}>
                    {columns.map((column) => (
                      <td key={column.header} class={column.kind}>
                        {column.cell(row)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <footer class="notice-footer">
            <p>
              {z('notice.model', { name: modelName, version: notice.model.version })}
              {footnote}
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
