import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';
import type { BatchRun } from '../../worker/run-batch';

/**
 * What a run read from a workbook: the rows of each sheet (every one became a record, so the
 * figures can be checked against the file), where the evaluation year came from, and the rows
 * this page does not show results for (经营主体, 乡镇).
 */
export function WorkbookReadNote({ run }: { readonly run: BatchRun }) {
  const { t } = useI18n();
  const { workbook } = run;
  if (workbook === undefined) return null;
  const { rows } = workbook;
  return (
    <div class="workbook-note" data-testid="workbook-read">
      <p>
        {t('workbook.read', {
          villages: groupCount(rows.villages),
          households: groupCount(rows.households),
          houses: groupCount(rows.houses),
          equipment: groupCount(rows.equipment),
        })}
        {workbook.yearFromSheet ? t('workbook.yearFromSheet') : ''}
      </p>
      {rows.entities + rows.townships > 0 ? (
        <p class="notice notice-warn" data-testid="workbook-not-shown">
          {t('workbook.notShown', {
            entities: groupCount(rows.entities),
            townships: groupCount(rows.townships),
          })}
        </p>
      ) : null}
    </div>
  );
}
