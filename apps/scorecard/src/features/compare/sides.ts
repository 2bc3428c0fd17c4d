import type { I18n } from '../../i18n/index';
import type { ComparisonReport } from '../../lib/core-adapter';

/** What is compared: two years' results, or one batch under two models. */
export type ComparisonMode = 'years' | 'models';

/** The names of the two sides of a comparison, long (headings) and short (table columns). */
export interface Sides {
  readonly before: string;
  readonly after: string;
  readonly beforeShort: string;
  readonly afterShort: string;
}

/** Names the sides: `上年（2024）` / `本年（2025）`, or the two models by id and version. */
export function sidesOf(report: ComparisonReport, mode: ComparisonMode, i18n: I18n): Sides {
  const { t } = i18n;
  if (mode === 'years') {
    return {
      before: t('compare.side.before.years', { year: report.before.evalYear }),
      after: t('compare.side.after.years', { year: report.after.evalYear }),
      beforeShort: t('compare.short.before.years'),
      afterShort: t('compare.short.after.years'),
    };
  }
  return {
    before: t('compare.side.before.models', {
      id: report.before.model.id,
      version: report.before.model.version,
    }),
    after: t('compare.side.after.models', {
      id: report.after.model.id,
      version: report.after.model.version,
    }),
    beforeShort: t('compare.short.before.models'),
    afterShort: t('compare.short.after.models'),
  };
}
