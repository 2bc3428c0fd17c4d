import type { Lang } from '../messages/options.js';
import { csvField } from '../notice/text.js';
import type { FollowUpException, FollowUpExceptionKind } from '../types/follow-up.js';

/**
 * The follow-up's exceptions as CSV for the lenders (docs/formats.md §13): UTF-8
 * with a byte-order mark (so spreadsheet software opens it as UTF-8), CRLF line ends, RFC 4180
 * quoting, and a value a spreadsheet would run as a formula prefixed with `'`. One row per
 * lender of an over-limit subject (each lender sees its own part beside the total and the
 * limit), one row per line naming an unknown or invalid subject. Ids and amounts only: no
 * personal data.
 */

/** Each kind in the reader's words. */
export const EXCEPTION_KIND_LABELS: Readonly<Record<FollowUpExceptionKind, Record<Lang, string>>> =
  {
    overLimit: { zh: '超额授信', en: 'over limit' },
    unknownSubject: { zh: '查无此对象', en: 'unknown subject' },
    invalidSubject: { zh: '评定记录无效', en: 'invalid record' },
  };

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  zh: [
    '台账记录号',
    '异常类型',
    '村编号',
    '户号',
    '经营主体编号',
    '授信银行',
    '该行授信（元）',
    '授信合计（元）',
    '核定额度（元）',
    '用信余额（元）',
  ],
  en: [
    'Line',
    'Exception',
    'Village',
    'Household',
    'Entity',
    'Lender',
    'Granted by this lender (yuan)',
    'Granted in all (yuan)',
    'Limit (yuan)',
    'Drawn (yuan)',
  ],
};

/** The first row: the byte-order mark and the column names. */
export function exceptionsCsvHeader(lang: Lang = 'zh'): string {
  return `\uFEFF${row(HEADER[lang])}`;
}

/** The rows of one exception (see the module's description), each ending with CRLF. */
export function exceptionCsvRows(exception: FollowUpException, lang: Lang = 'zh'): string {
  const kind = EXCEPTION_KIND_LABELS[exception.kind][lang];
  const subject =
    'entity' in exception
      ? ['', '', exception.entity]
      : [exception.village, exception.household, ''];
  const line = String(exception.line);
  if (exception.kind === 'overLimit')
    return exception.lenders
      .map((share) =>
        row([
          line,
          kind,
          ...subject,
          share.lender,
          share.granted,
          exception.granted,
          exception.limit,
          '',
        ]),
      )
      .join('');
  return row([line, kind, ...subject, exception.lender, exception.granted, '', '', exception.used]);
}

/**
 * The whole CSV of a list of exceptions (a report's `exceptions`).
 *
 * @example writeFileSync('exceptions.csv', followUpExceptionsCsv(report.exceptions));
 */
export function followUpExceptionsCsv(
  exceptions: Iterable<FollowUpException>,
  options: { readonly lang?: Lang } = {},
): string {
  let out = exceptionsCsvHeader(options.lang);
  for (const exception of exceptions) out += exceptionCsvRows(exception, options.lang);
  return out;
}

function row(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
