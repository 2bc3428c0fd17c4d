import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';
import type { WorkbookIssue } from '../../worker/workbook-protocol';

/** Problems listed one by one; past this they are counted. */
const SHOWN = 50;

/**
 * The problems of a workbook that could not be read as it is (a formula, a date where a year
 * belongs, merged cells, a house of a household not on 农户, a file that is not .xlsx…), each
 * naming its sheet, row and column and what to do, in the workbook package's own words
 * (Chinese, or English).
 */
export function WorkbookProblems({ issues }: { readonly issues: readonly WorkbookIssue[] }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p>{t('workbook.problems', { n: groupCount(issues.length) })}</p>
      <ul class="issue-list" data-testid="workbook-problems">
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i} data-code={issue.code}>
            {lang === 'zh' ? issue.message : issue.en}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN ? (
        <p class="muted small">{t('issues.more', { n: groupCount(issues.length - SHOWN) })}</p>
      ) : null}
    </>
  );
}
