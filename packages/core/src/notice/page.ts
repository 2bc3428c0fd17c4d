import { escapeHtml } from './text.js';

/** What a printable notice page says around its table. */
export interface NoticePageParts {
  /** What the page is a notice of, for the command's own-notice rule (escaped here). */
  readonly marker: string;
  /** The heading and the page title (escaped here). */
  readonly title: string;
  readonly evalYear: number;
  /** The notice period and where to object: HTML, already escaped. */
  readonly intro: string;
  /** The column headings (escaped here). */
  readonly columns: readonly string[];
  /** The table rows: HTML, already escaped. */
  readonly rows: string;
  /** The footer's first paragraph: HTML, already escaped. */
  readonly footnote: string;
  /** Who issues the notice (escaped here), signed with the first day of the notice. */
  readonly issuer: string;
  readonly firstDay: string;
  /** A smaller table font, for a table of many columns. */
  readonly compact?: boolean;
}

/** `2024-09-27` as a noticeboard writes it: `2024年9月27日`. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** A date as a noticeboard writes it, marked with its ISO form for machines. */
export function noticeDate(iso: string): string {
  return `<time datetime="${iso}">${chineseDate(iso)}</time>`;
}

/**
 * The printable page of a public notice (公示), village or township alike: Chinese only, a
 * print stylesheet, no scripts (its content security policy allows inline styles and nothing
 * else), the issuing body and the date of issue at the foot.
 */
export function noticePage(p: NoticePageParts): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="credit-village-notice" content="${escapeHtml(p.marker)}">
<title>${escapeHtml(p.title)}</title>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2rem; color: #111; }
h1 { font-size: 1.4rem; text-align: center; margin-bottom: 0.2rem; }
.sub { text-align: center; color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; font-size: ${p.compact === true ? '0.9rem' : '0.95rem'}; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; }
th { background: #eee; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 1.5rem; font-size: 0.95rem; color: #222; }
.issuer { text-align: right; margin-top: 2rem; line-height: 1.8; }
tr.held td { font-weight: bold; }
@media print { body { margin: 1cm; } th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; } tr { page-break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(p.title)}</h1>
<p class="sub">${p.evalYear} 年度</p>
<p>${p.intro}</p>
<table>
<thead><tr>${p.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${p.rows}
</tbody>
</table>
<footer>
<p>${p.footnote}</p>
<p class="issuer">${escapeHtml(p.issuer)}<br>${noticeDate(p.firstDay)}</p>
</footer>
</body>
</html>
`;
}
