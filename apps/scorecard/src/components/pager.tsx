import { useI18n } from '../i18n/index';

/** Props of {@link Pager}. */
export interface PagerProps {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
}

/** Previous / next buttons for a long table, with where we are in it. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useI18n();
  if (total <= pageSize) return null;
  const from = page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <nav class="pager" aria-label={t('pager.status', { from, to, total })}>
      <button type="button" class="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('pager.prev')}
      </button>
      <span aria-live="polite">{t('pager.status', { from, to, total })}</span>
      <button type="button" class="button" disabled={to >= total} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
