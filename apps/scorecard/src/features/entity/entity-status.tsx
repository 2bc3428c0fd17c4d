import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';
import type { BatchRun } from '../../worker/run-batch';

/**
 * Under the review's status: how many entity records were invalid and how many townships have
 * problems of their own, said as a warning (the village status speaks of households only), with
 * links to where they are listed. Nothing when there are none.
 */
export function EntityStatus({ run }: { readonly run: BatchRun }) {
  const { t } = useI18n();
  const invalid = run.summary.entities?.invalid ?? 0;
  const townships = (run.townships?.townships ?? []).filter((x) => x.errors.length > 0).length;
  if (invalid === 0 && townships === 0) return null;
  return (
    <p class="notice notice-warn" role="status" data-testid="entity-status">
      {invalid === 0 ? null : (
        <a href="#entity-errors-title">{t('entities.statusInvalid', { n: groupCount(invalid) })}</a>
      )}
      {invalid > 0 && townships > 0 ? t('common.listSep') : null}
      {townships === 0 ? null : (
        <a href="#townships-title">{t('township.statusProblems', { n: groupCount(townships) })}</a>
      )}
    </p>
  );
}
