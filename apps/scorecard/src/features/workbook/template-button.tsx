import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { DownloadStatus } from './download-status';
import { useWorkbookDownload } from './use-workbook-download';
import { jobModel, useWorkbookJobs } from './workbook-client';

/** The years a template may be filled in for, as the core bounds them. */
const YEAR = /^\d{4}$/;

/**
 * 下载采集模板: the empty collection workbook (说明, 村, 农户, 房屋, 农机车辆设施, 经营主体,
 * 乡镇) in the words of the model in use, with its dropdowns, for clerks who fill it in Excel
 * or WPS. A four-digit `evalYear` is written on 说明.
 */
export function TemplateButton({
  model,
  evalYear,
  testId = 'download-template',
}: {
  readonly model: Model;
  readonly evalYear?: string;
  readonly testId?: string;
}) {
  const { t } = useI18n();
  const jobs = useWorkbookJobs();
  const download = useWorkbookDownload();
  const year = evalYear !== undefined && YEAR.test(evalYear.trim()) ? Number(evalYear) : undefined;
  return (
    <>
      <button
        type="button"
        class="button"
        data-testid={testId}
        disabled={download.status.state === 'busy'}
        onClick={() =>
          download.start(year === undefined ? '采集模板.xlsx' : `采集模板-${year}.xlsx`, () =>
            jobs.run({
              type: 'templateWorkbook',
              model: jobModel(model),
              ...(year === undefined ? {} : { evalYear: year }),
            }),
          )
        }
      >
        {t('workbook.template')}
      </button>
      <DownloadStatus status={download.status} testId={`${testId}-status`} />
    </>
  );
}
