import { InputError, makeIssue } from '../issues.js';
import type { ModelStamp } from '../model/model.js';
import { groupThousands } from '../money/display.js';
import type { EntityResult } from '../types/entity-result.js';
import type { MoneyText as MoneyTextLike } from '../types/result.js';
import { maskName } from './mask.js';
import { chineseDate } from './notice.js';
import { addDays, csvField, escapeHtml, isIsoDate } from './text.js';

/** One line of a township's entity notice: the entity's rating, its principal masked. */
export interface EntityNoticeRow {
  readonly no: number;
  readonly entity: string;
  /** The registered name (not personal data), or empty. */
  readonly name: string;
  readonly type: string;
  readonly typeLabel: string;
  /** The principal's name, masked as in the village notice. */
  readonly principal: string;
  readonly grade: string;
  readonly gradeLabel: string;
  readonly creditEntity: boolean;
  readonly limit: MoneyTextLike;
  readonly creditOnly: MoneyTextLike;
  readonly guaranteed: MoneyTextLike;
}

/** The public notice of a township's new agricultural business entities (经营主体评定结果公示). */
export interface EntityNotice {
  readonly township: { readonly id: string; readonly name: string | null };
  readonly model: ModelStamp;
  readonly evalYear: number;
  readonly period: { readonly from: string; readonly to: string; readonly days: number };
  /** Who issues the notice and hears objections: by default the township's rating group. */
  readonly issuer: string;
  readonly rows: readonly EntityNoticeRow[];
  /** Entity records of the township that could not be evaluated and so are not listed. */
  readonly notListed: number;
  /** UTF-8 CSV with a byte-order mark. */
  readonly csv: string;
  /** A standalone printable HTML page (print stylesheet, no scripts). */
  readonly html: string;
}

export interface EntityNoticeInput {
  readonly township: { readonly id: string; readonly name: string | null };
  readonly entities: readonly { readonly result: EntityResult; readonly record: unknown }[];
  readonly notListed: number;
  readonly model: ModelStamp;
  readonly evalYear: number;
  readonly gradeLabels: ReadonlyMap<string, string>;
  readonly typeLabels: ReadonlyMap<string, string>;
  readonly date: string;
  readonly days: number;
  /** Who issues the notice; the township's rating group (`<name>信用评定小组`) when absent. */
  readonly issuer?: string;
  /** The model's Chinese name, said on the notice instead of its hash. */
  readonly modelName?: string;
}

/** Builds the entity notice of a township from its evaluated entities. */
export function buildEntityNotice(input: EntityNoticeInput): EntityNotice {
  if (!isIsoDate(input.date))
    throw new InputError(
      [
        makeIssue(
          ['date'],
          'invalid_value',
          `the notice date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(input.date)}`,
        ),
      ],
      'invalid notice date',
    );
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 366)
    throw new InputError(
      [
        makeIssue(
          ['days'],
          'invalid_value',
          `the notice period must be 1 to 366 days, got ${input.days}`,
        ),
      ],
      'invalid notice period',
    );
  const rows = input.entities.map(({ result, record }, i): EntityNoticeRow => {
    const principal = (
      typeof record === 'object' && record !== null
        ? (record as { principal?: unknown }).principal
        : undefined
    ) as { name?: unknown } | undefined;
    return {
      no: i + 1,
      entity: result.id,
      name: result.name ?? '',
      type: result.type,
      typeLabel: input.typeLabels.get(result.type) ?? result.type,
      principal: maskName(typeof principal?.name === 'string' ? principal.name : undefined),
      grade: result.grade,
      gradeLabel: input.gradeLabels.get(result.grade) ?? result.grade,
      creditEntity: result.creditEntity,
      limit: result.limit,
      creditOnly: result.creditOnly,
      guaranteed: result.guaranteed,
    };
  });
  const period = { from: input.date, to: addDays(input.date, input.days - 1), days: input.days };
  const notice = {
    township: input.township,
    model: input.model,
    evalYear: input.evalYear,
    period,
    issuer: input.issuer?.trim() || `${input.township.name ?? input.township.id}信用评定小组`,
    rows,
    notListed: input.notListed,
  };
  return { ...notice, csv: toCsv(rows), html: toHtml(notice, input.modelName ?? input.model.id) };
}

// A notice is posted in the township: Chinese only, in the villagers' words.
const HEADER = [
  '序号',
  '主体编号',
  '主体名称',
  '主体类型',
  '负责人',
  '信用等级',
  '信用主体',
  '授信额度（元）',
  '信用方式（元）',
  '需担保（元）',
];

function toCsv(rows: readonly EntityNoticeRow[]): string {
  const lines = [
    HEADER,
    ...rows.map((r) => [
      String(r.no),
      r.entity,
      r.name,
      r.typeLabel,
      r.principal,
      `${r.grade} ${r.gradeLabel}`.trim(),
      r.creditEntity ? '是' : '否',
      r.limit,
      r.creditOnly,
      r.guaranteed,
    ]),
  ];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function toHtml(n: Omit<EntityNotice, 'csv' | 'html'>, modelName: string): string {
  const title = `${n.township.name ?? n.township.id} 新型农业经营主体信用评定结果公示`;
  const money = (text: string) => escapeHtml(groupThousands(text));
  const rows = n.rows
    .map(
      (r) =>
        `<tr><td>${r.no}</td><td>${escapeHtml(r.entity)}</td><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.typeLabel)}</td><td>${escapeHtml(r.principal)}</td><td>${escapeHtml(r.grade)} ${escapeHtml(r.gradeLabel)}</td><td>${r.creditEntity ? '是' : '否'}</td><td class="num">${money(r.limit)}</td><td class="num">${money(r.creditOnly)}</td><td class="num">${money(r.guaranteed)}</td></tr>`,
    )
    .join('\n');
  // Dates as a noticeboard writes them, each marked with its ISO date for machines.
  const date = (iso: string) => `<time datetime="${iso}">${chineseDate(iso)}</time>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="credit-village-notice" content="${escapeHtml(n.township.id)}-entities">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2rem; color: #111; }
h1 { font-size: 1.4rem; text-align: center; margin-bottom: 0.2rem; }
.sub { text-align: center; color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; }
th { background: #eee; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 1.5rem; font-size: 0.95rem; color: #222; }
.issuer { text-align: right; margin-top: 2rem; line-height: 1.8; }
@media print { body { margin: 1cm; } th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; } tr { page-break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${n.evalYear} 年度</p>
<p>公示期：${date(n.period.from)}至${date(n.period.to)}（${n.period.days} 天）。如有异议，请在公示期内向${escapeHtml(n.issuer)}反映。超过信用方式额度的部分需担保（如省农担）。</p>
<table>
<thead><tr><th>序号</th><th>主体编号</th><th>主体名称</th><th>主体类型</th><th>负责人</th><th>信用等级</th><th>信用主体</th><th>授信额度（元）</th><th>信用方式（元）</th><th>需担保（元）</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<footer>
<p>评定依据：${escapeHtml(modelName)}（第 ${n.model.version} 版）。${n.notListed > 0 ? `另有 ${n.notListed} 个主体记录有误，待更正后公示。` : ''}</p>
<p class="issuer">${escapeHtml(n.issuer)}<br>${date(n.period.from)}</p>
</footer>
</body>
</html>
`;
}
