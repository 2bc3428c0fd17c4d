import { useI18n } from '../i18n/index';
import { groupCount } from '../lib/core-adapter';

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
  const where = { from: groupCount(from), to: groupCount(to), total: groupCount(total) };
  return (
    <div class="pager" data-testid="pager">
      <button type="button" class="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('pager.prev')}
      </button>
      <span aria-live="polite">{t('pager.status', where)}</span>
      <button type="button" class="button" disabled={to >= total} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </div>
  );
}
