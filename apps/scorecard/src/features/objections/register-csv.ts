import type { I18n } from '../../i18n/index';
import type { ObjectionsReport } from './objections-core';

/** A CSV field, quoted when it holds a separator, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The register of objections as a spreadsheet (CSV, UTF-8 with a byte-order mark so that
 * spreadsheet programs read the Chinese): one row per objection the core tracked, in the
 * register's order, with its due date and status on the day tracked, then one row per objection
 * with problems. Villages, households and dates only: never the grounds (they may hold personal
 * data). Dates are written as the core writes them (`2025-01-08`), for spreadsheets to sort.
 */
export function registerCsv(report: ObjectionsReport, i18n: I18n): string {
  const { t } = i18n;
  const header = [
    t('objections.col.n'),
    t('objections.field.village'),
    t('objections.field.household'),
    t('objections.col.by'),
    t('objections.col.filed'),
    t('objections.col.due'),
    t('objections.col.status'),
    t('objections.field.resolutionDate'),
    t('objections.field.outcome'),
  ];
  const rows = report.objections.map((o) => [
    String(o.index + 1),
    o.village,
    o.household,
    t(`objections.by.${o.by}`),
    o.filed,
    o.due ?? '',
    t(`objections.status.${o.status}`),
    o.resolution?.date ?? '',
    o.resolution === undefined ? '' : t(`objections.outcome.${o.resolution.outcome}`),
  ]);
  const errors = report.errors.map((e) => [
    String(e.index + 1),
    '',
    '',
    '',
    '',
    '',
    t('objections.withErrors'),
    '',
    '',
  ]);
  const lines = [header, ...[...rows, ...errors].sort((a, b) => Number(a[0]) - Number(b[0]))];
  return `\uFEFF${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}
