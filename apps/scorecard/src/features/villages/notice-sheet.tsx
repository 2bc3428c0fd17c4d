import { useEffect, useRef } from 'preact/hooks';
import { codeAndName, useGradeName } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import type { Model, PublicNotice } from '../../lib/core-adapter';

/** Props of {@link NoticeSheet}. */
export interface NoticeSheetProps {
  readonly notice: PublicNotice;
  readonly model: Model;
  readonly onClose: () => void;
}

/**
 * The public notice (公示) as a printable page inside the app: the core's rows (masked names and
 * id numbers, grades, limits), period and model. The print stylesheet prints the sheet alone.
 * (The core's own HTML page cannot be opened from a blob: URL here: such a page inherits this
 * app's CSP, which refuses its inline styles.)
 */
export function NoticeSheet({ notice, model, onClose }: NoticeSheetProps) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    globalThis.scrollTo?.(0, 0);
  }, []);
  const village = notice.village.name || notice.village.id;
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
      <article class="notice-sheet" data-testid="notice-sheet" aria-labelledby="notice-sheet-title">
        <h2 id="notice-sheet-title" ref={heading} tabIndex={-1}>
          {t('notice.sheetTitle', { village })}
        </h2>
        <p class="notice-sub">
          {notice.village.id} · {t('notice.year', { year: notice.evalYear })}
        </p>
        <p>
          {t('notice.period', {
            from: notice.period.from,
            to: notice.period.to,
            days: notice.period.days,
          })}
        </p>
        <table class="table notice-table" data-testid="notice-rows">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('notice.col.no')}
              </th>
              <th scope="col">{t('notice.col.household')}</th>
              <th scope="col">{t('notice.col.name')}</th>
              <th scope="col">{t('notice.col.idNumber')}</th>
              <th scope="col">{t('notice.col.grade')}</th>
              <th scope="col">{t('notice.col.credit')}</th>
              <th scope="col" class="num">
                {t('notice.col.limit')}
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
                <td>{codeAndName(row.grade, gradeName(row.grade))}</td>
                <td>{row.creditHousehold ? t('common.yes') : t('common.no')}</td>
                <td class="num">
                  <Money value={row.limit} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <footer class="notice-footer">
          <p>
            {t('notice.model', {
              id: notice.model.id,
              version: notice.model.version,
              hash: notice.model.hash,
            })}
          </p>
          {notice.notListed > 0 ? <p>{t('notice.notListed', { n: notice.notListed })}</p> : null}
        </footer>
      </article>
    </div>
  );
}
