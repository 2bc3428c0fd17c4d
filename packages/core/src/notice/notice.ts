import { formatIsoDate, parseIsoDate } from '../calendar/day-number.js';
import { InputError, makeIssue } from '../issues.js';
import type { ModelStamp } from '../model/model.js';
import { groupThousands } from '../money/display.js';
import { idKey } from '../schema/ids.js';
import type { HouseholdResult, MoneyText, VillageResult } from '../types/result.js';
import { addDays, daysFromCivil, NOTICE_DATES } from './calendar.js';
import { maskIdNumber, maskName } from './mask.js';
import { noticeDate, noticePage } from './page.js';
import { csvField, escapeHtml } from './text.js';

/** One line of a public notice: masked personal data and the household's rating. */
export interface NoticeRow {
  readonly no: number;
  readonly household: string;
  readonly name: string;
  readonly idNumber: string;
  readonly grade: string;
  readonly gradeLabel: string;
  readonly creditHousehold: boolean;
  readonly limit: MoneyText;
  /** Under re-review: an objection to it is pending or overdue (only with an objections document). */
  readonly held: boolean;
}

/** A village's public notice (公示): rows, the notice period, and ready-to-save CSV and HTML. */
export interface PublicNotice {
  readonly village: { readonly id: string; readonly name: string | null };
  readonly model: ModelStamp;
  readonly evalYear: number;
  /** First and last day of the notice period, inclusive (`YYYY-MM-DD`); the first is its date of issue. */
  readonly period: { readonly from: string; readonly to: string; readonly days: number };
  /** Who issues the notice and hears objections (`雅滩村信用评定小组`). */
  readonly issuer: string;
  readonly rows: readonly NoticeRow[];
  /** Household records that could not be evaluated and so are not listed. */
  readonly notListed: number;
  /** How to object: the last day (the notice's), where, the re-review deadline, households held. */
  readonly objections: {
    readonly lastDay: string;
    /** Where to object, as given (`null`: the village's rating group, by default). */
    readonly to: string | null;
    /** Working days the town has to re-review an objection (`null` when the model has none). */
    readonly reReviewWorkingDays: number | null;
    /** Households held (under re-review); `null` when no objections document was given. */
    readonly held: number | null;
  };
  /** UTF-8 CSV with a byte-order mark, so spreadsheet software opens it correctly. */
  readonly csv: string;
  /** A standalone printable HTML page (print stylesheet, no scripts). */
  readonly html: string;
}

export interface NoticeInput {
  readonly village: VillageResult;
  /** The village's input household records, for names and id numbers (masked here). */
  readonly records: readonly unknown[];
  readonly model: ModelStamp;
  readonly evalYear: number;
  readonly gradeLabels: ReadonlyMap<string, string>;
  readonly date: string;
  readonly days: number;
  /** Where to object (printed as given). */
  readonly objectionsTo?: string;
  /** The re-review deadline in working days. */
  readonly reReviewWorkingDays?: number;
  /** The `idKey`s of the households held by an objection; absent without an objections document. */
  readonly held?: ReadonlySet<string>;
  /** Who issues the notice; the village's rating group (`<name>信用评定小组`) when absent. */
  readonly issuer?: string;
  /** The model's Chinese name, said on the notice instead of its hash. */
  readonly modelName?: string;
}

/** Builds the notice of an evaluated village. */
export function buildNotice(input: NoticeInput): PublicNotice {
  const { village, model, evalYear } = input;
  const from = parseIsoDate(input.date);
  if (from === undefined) {
    throw new InputError(
      [
        makeIssue(
          ['date'],
          'invalid_value',
          `the notice date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(input.date.length > 24 ? `${input.date.slice(0, 24)}…` : input.date)}`,
          { expected: 'date', rule: 'noticeDate' },
        ),
      ],
      'invalid notice date',
    );
  }
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 366) {
    throw new InputError(
      [
        makeIssue(
          ['days'],
          'invalid_value',
          `the notice period must be 1 to 366 days, got ${input.days}`,
          { expected: 'count', rule: 'noticeDays', min: 1, max: 366 },
        ),
      ],
      'invalid notice period',
    );
  }
  const last = addDays(from, input.days - 1);
  const early = daysFromCivil(from) < daysFromCivil(NOTICE_DATES.first);
  if (early || daysFromCivil(last) > daysFromCivil(NOTICE_DATES.last)) {
    throw new InputError(
      [
        makeIssue(
          ['date'],
          early ? 'too_small' : 'too_big',
          `the notice period must lie between ${formatIsoDate(NOTICE_DATES.first)} and ${formatIsoDate(NOTICE_DATES.last)} (the years an evaluation may have), got ${input.date} for ${input.days} days`,
          {
            expected: 'date',
            min: formatIsoDate(NOTICE_DATES.first),
            max: formatIsoDate(NOTICE_DATES.last),
          },
        ),
      ],
      'invalid notice date',
    );
  }
  const byId = new Map<string, Record<string, unknown>>();
  for (const record of input.records) {
    if (typeof record === 'object' && record !== null) {
      const r = record as Record<string, unknown>;
      if (typeof r.id === 'string' && !byId.has(r.id)) byId.set(r.id, r);
    }
  }
  const rows = village.households.map((h: HouseholdResult, i): NoticeRow => {
    const head = (byId.get(h.id)?.head ?? {}) as { name?: unknown; idNumber?: unknown };
    return {
      no: i + 1,
      household: h.id,
      name: maskName(typeof head.name === 'string' ? head.name : undefined),
      idNumber: maskIdNumber(typeof head.idNumber === 'string' ? head.idNumber : undefined),
      grade: h.grade,
      gradeLabel: input.gradeLabels.get(h.grade) ?? h.grade,
      creditHousehold: h.creditHousehold,
      limit: h.limit,
      held: input.held?.has(idKey(h.id)) ?? false,
    };
  });
  const period = { from: input.date, to: formatIsoDate(last), days: input.days };
  const issuer = input.issuer?.trim() || defaultIssuer(village.name ?? null);
  const notice = {
    village: { id: village.id ?? '', name: village.name ?? null },
    model,
    evalYear,
    period,
    issuer,
    rows,
    notListed: village.counts.invalid,
    objections: {
      lastDay: period.to,
      to: input.objectionsTo ?? null,
      reReviewWorkingDays: input.reReviewWorkingDays ?? null,
      held: input.held === undefined ? null : rows.filter((r) => r.held).length,
    },
  };
  return {
    ...notice,
    csv: toCsv(rows, input.held !== undefined),
    html: toHtml(notice, input.modelName ?? model.id),
  };
}

/** The rating group of a village, which hears objections: `雅滩村信用评定小组`. */
function defaultIssuer(name: string | null): string {
  return `${name ?? '村'}信用评定小组`;
}

// A notice is posted in the village: Chinese only, in the villagers' words.
const HEADER = ['序号', '户号', '户主', '身份证号', '信用等级', '信用户', '授信额度（元）'];

/** With an objections document, a last column says which households are under re-review. */
const HELD_HEADER = '异议复核';
const HELD_WORD = '复核中';

function toCsv(rows: readonly NoticeRow[], withHeld: boolean): string {
  const lines = [
    withHeld ? [...HEADER, HELD_HEADER] : HEADER,
    ...rows.map((r) => {
      const line = [
        String(r.no),
        r.household,
        r.name,
        r.idNumber,
        `${r.grade} ${r.gradeLabel}`.trim(),
        r.creditHousehold ? '是' : '否',
        r.limit,
      ];
      return withHeld ? [...line, r.held ? HELD_WORD : ''] : line;
    }),
  ];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function toHtml(n: Omit<PublicNotice, 'csv' | 'html'>, modelName: string): string {
  const title = `${n.village.name ?? n.village.id} 信用户评定结果公示`;
  const withHeld = n.objections.held !== null;
  const rows = n.rows
    .map(
      (r) =>
        `<tr${r.held ? ' class="held"' : ''}><td>${r.no}</td><td>${escapeHtml(r.household)}</td><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.idNumber)}</td><td>${escapeHtml(r.grade)} ${escapeHtml(r.gradeLabel)}</td><td>${r.creditHousehold ? '是' : '否'}</td><td class="num">${escapeHtml(groupThousands(r.limit))}</td>${withHeld ? `<td>${r.held ? '复核中' : ''}</td>` : ''}</tr>`,
    )
    .join('\n');
  const { lastDay, to: objectionsTo, reReviewWorkingDays, held } = n.objections;
  // Objections go where the notice says, by default to the body that issues it.
  const where = escapeHtml(objectionsTo ?? n.issuer);
  const reReview =
    reReviewWorkingDays === null ? '' : `乡镇自受理次日起 ${reReviewWorkingDays} 个工作日内复核。`;
  const heldNote =
    held === null || held === 0 ? '' : `标“复核中”的 ${held} 户有异议正在复核，评定结果未定。`;
  return noticePage({
    marker: n.village.id,
    title,
    evalYear: n.evalYear,
    intro: `公示期：${noticeDate(n.period.from)}至${noticeDate(n.period.to)}（${n.period.days} 天）。如有异议，请在公示期内向${where}反映（截至${noticeDate(lastDay)}）。${reReview}`,
    columns: withHeld ? [...HEADER, HELD_HEADER] : HEADER,
    rows,
    footnote: `评定依据：${escapeHtml(modelName)}（第 ${n.model.version} 版）。${n.notListed > 0 ? `另有 ${n.notListed} 户记录有误，待更正后公示。` : ''}${heldNote}`,
    issuer: n.issuer,
    firstDay: n.period.from,
  });
}
