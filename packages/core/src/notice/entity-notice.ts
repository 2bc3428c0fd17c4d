import type { ModelStamp } from '../model/model.js';
import { groupThousands } from '../money/display.js';
import type { EntityResult } from '../types/entity-result.js';
import type { MoneyText as MoneyTextLike } from '../types/result.js';
import { maskName } from './mask.js';
import { noticeDate, noticePage } from './page.js';
import { noticePeriod } from './period.js';
import { csvField, escapeHtml } from './text.js';

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
  const period = noticePeriod(input.date, input.days);
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
  return noticePage({
    marker: `${n.township.id}-entities`,
    title,
    evalYear: n.evalYear,
    intro: `公示期：${noticeDate(n.period.from)}至${noticeDate(n.period.to)}（${n.period.days} 天）。如有异议，请在公示期内向${escapeHtml(n.issuer)}反映。超过信用方式额度的部分需担保（如省农担）。`,
    columns: HEADER,
    rows,
    footnote: `评定依据：${escapeHtml(modelName)}（第 ${n.model.version} 版）。${n.notListed > 0 ? `另有 ${n.notListed} 个主体记录有误，待更正后公示。` : ''}`,
    issuer: n.issuer,
    firstDay: n.period.from,
    compact: true,
  });
}
