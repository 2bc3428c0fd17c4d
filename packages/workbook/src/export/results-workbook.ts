import { defaultModel, type Issue, type Model } from '@credit-village/core';
import { workbookColumns } from '../format/columns.js';
import { type CellPlace, issueLine, locateIssue, type RecordRef } from '../import/locate.js';
import type { WorkbookLocations } from '../import/locations.js';
import { type CellInput, XlsxWriter } from '../xlsx/write-xlsx.js';
import type { ResultDocument } from './result-shapes.js';
import { dataSheetLayout } from './sheet-layout.js';

/** Options of {@link resultsWorkbook}. */
export interface ResultsWorkbookOptions {
  /** The model the results were computed with (for the words of its lists). */
  readonly model?: Model;
  /** Where each record came from, when the batch was read from a workbook. */
  readonly locations?: WorkbookLocations;
}

/** The sheets of the results workbook, in order. */
export const RESULT_SHEETS = {
  summary: '汇总',
  villages: '村级评定',
  households: '农户评定',
  entities: '经营主体',
  townships: '乡镇',
  problems: '问题清单',
} as const;

type Row = CellInput[];
interface Spec {
  readonly key: string;
  readonly label: string;
}

const money = (text: string | null | undefined): CellInput =>
  text === null || text === undefined ? null : { number: text };
const count = (n: number | null | undefined): CellInput =>
  n === null || n === undefined ? null : { number: String(n) };
const yes = (flag: boolean | undefined): CellInput =>
  flag === undefined ? null : flag ? '是' : '否';

const ITEMS: readonly Spec[] = [
  { key: 'coverage', label: '采集率' },
  { key: 'creditShare', label: '信用户占比' },
  { key: 'npl', label: '不良贷款率' },
  { key: 'vetoShare', label: '否决户占比' },
  { key: 'partyOrganisation', label: '村两委' },
  { key: 'collectiveIncome', label: '集体经营性收入' },
];
const COMPONENTS: readonly Spec[] = [
  { key: 'civility', label: '乡风文明' },
  { key: 'netAssets', label: '净资产' },
  { key: 'netIncome', label: '家庭年纯收入' },
  { key: 'debtRatio', label: '资产负债率' },
  { key: 'creditRecord', label: '信用记录' },
];
const ENTITY_COMPONENTS: readonly Spec[] = [
  { key: 'standing', label: '经营年限与示范' },
  { key: 'scale', label: '经营规模' },
  { key: 'debtRatio', label: '资产负债率' },
  { key: 'surplus', label: '年经营净收益' },
  { key: 'creditRecord', label: '信用记录' },
  { key: 'stability', label: '经营稳定性' },
  { key: 'linkage', label: '联农带农' },
];
const BOUND_BY: Readonly<Record<string, string>> = {
  formula: '按公式',
  cap: '封顶',
  grade: '等级无额度',
  veto: '一票否决',
};
const TOWNSHIP_COUNTS = ['total', 'inBatch', 'AAA', 'AA', 'A', 'none', 'unrated'];

/** A rating in words: the code for a credit rating, 不达标 for `none`, 暂不评定 for `null`. */
function ratingWord(rating: string | null | undefined): CellInput {
  if (rating === undefined) return null;
  if (rating === null) return '暂不评定';
  return rating === 'none' ? '不达标' : rating;
}

/**
 * The results workbook of a result document: 汇总 (summary and county), 村级评定 (each village's
 * rating, score, items and failed gates), 农户评定 (each household's score, components, grade and
 * limit), 经营主体, 乡镇, and 问题清单 (every issue of every bad record, with its sheet, row and
 * column when the batch came from a workbook, else its village, record and path). Each sheet
 * has labels in row 1 and keys in row 2, like the collection workbook.
 */
export function resultsWorkbook(
  result: ResultDocument,
  options: ResultsWorkbookOptions = {},
): Uint8Array {
  const model = options.model ?? defaultModel();
  const grades = [...model.document.grades.map((g) => g.code), model.document.vetoes.grade];
  const writer = new XlsxWriter();
  writer.addSheet(
    { name: RESULT_SHEETS.summary, columns: [{ width: 24 }, { width: 40 }, { width: 30 }] },
    summaryRows(result, grades),
  );
  const villageSpecs: Spec[] = [
    { key: 'id', label: '村编号' },
    { key: 'name', label: '村名' },
    { key: 'township', label: '所属乡镇编号' },
    { key: 'rating', label: '评级' },
    { key: 'score', label: '得分' },
    ...ITEMS.flatMap((item) => [
      { key: `items.${item.key}.points`, label: `${item.label}得分` },
      { key: `items.${item.key}.value`, label: item.label },
    ]),
    { key: 'gatesFailed', label: '未过门槛' },
    { key: 'counts.householdsTotal', label: '登记户数' },
    { key: 'counts.collected', label: '采集记录数' },
    { key: 'counts.invalid', label: '无效记录数' },
    { key: 'counts.creditHouseholds', label: '信用户数' },
    { key: 'counts.vetoed', label: '否决户数' },
    ...grades.map((g) => ({ key: `counts.byGrade.${g}`, label: `${g} 户数` })),
    { key: 'totalLimit', label: '授信总额（元）' },
  ];
  addTable(
    writer,
    RESULT_SHEETS.villages,
    villageSpecs,
    result.villages.map((v) => {
      const items = new Map((v.items ?? []).map((item) => [item.id as string, item]));
      const township = (v as { township?: unknown }).township;
      return [
        v.id,
        v.name ?? null,
        typeof township === 'string' ? township : null,
        ratingWord(v.rating),
        count(v.score),
        ...ITEMS.flatMap((spec) => {
          const item = items.get(spec.key);
          return [count(item?.points), item?.value ?? null];
        }),
        v.gatesFailed === null
          ? null
          : v.gatesFailed.map((g) => ITEMS.find((i) => i.key === g)?.label ?? g).join('、'),
        count(v.counts.householdsTotal),
        count(v.counts.collected),
        count(v.counts.invalid),
        count(v.counts.creditHouseholds),
        count(v.counts.vetoed),
        ...grades.map((g) => count(v.counts.byGrade[g])),
        money(v.totalLimit),
      ];
    }),
  );
  const householdSpecs: Spec[] = [
    { key: 'village', label: '村编号' },
    { key: 'id', label: '户编号' },
    { key: 'score', label: '得分' },
    ...COMPONENTS.map((c) => ({ key: `components.${c.key}`, label: `${c.label}得分` })),
    { key: 'assets.gross', label: '重点资产（元）' },
    { key: 'assets.liabilities', label: '负债（元）' },
    { key: 'assets.net', label: '净资产（元）' },
    { key: 'grade', label: '信用等级' },
    { key: 'creditHousehold', label: '信用户' },
    { key: 'vetoes', label: '一票否决' },
    { key: 'limit', label: '授信额度（元）' },
    { key: 'limitBoundBy', label: '额度依据' },
  ];
  addTable(
    writer,
    RESULT_SHEETS.households,
    householdSpecs,
    (function* () {
      for (const v of result.villages) {
        for (const h of v.households) {
          const points = new Map(h.components.map((c) => [c.id as string, c.points]));
          yield [
            v.id,
            h.id,
            count(h.score),
            ...COMPONENTS.map((c) => count(points.get(c.key))),
            money(h.assets.gross),
            money(h.assets.liabilities),
            money(h.assets.net),
            h.grade,
            yes(h.creditHousehold),
            h.vetoes.join(','),
            money(h.limit),
            BOUND_BY[h.limitBoundBy] ?? h.limitBoundBy,
          ];
        }
      }
    })(),
  );
  const entityTypes =
    workbookColumns(model)['经营主体'].find((c) => c.key === 'type')?.choices ?? [];
  addTable(
    writer,
    RESULT_SHEETS.entities,
    [
      { key: 'id', label: '主体编号' },
      { key: 'type', label: '主体类型' },
      { key: 'score', label: '得分' },
      ...ENTITY_COMPONENTS.map((c) => ({ key: `components.${c.key}`, label: `${c.label}得分` })),
      { key: 'grade', label: '信用等级' },
      { key: 'creditEntity', label: '信用主体' },
      { key: 'vetoes', label: '一票否决' },
      { key: 'limit', label: '授信额度（元）' },
      { key: 'creditOnly', label: '信用方式额度（元）' },
      { key: 'guaranteed', label: '需担保额度（元）' },
      { key: 'limitBoundBy', label: '额度依据' },
    ],
    (result.entities ?? []).map((e) => {
      const points = new Map<string, number>((e.components ?? []).map((c) => [c.id, c.points]));
      return [
        e.id ?? null,
        entityTypes.find((t) => t.code === e.type)?.word ?? e.type ?? null,
        count(e.score),
        ...ENTITY_COMPONENTS.map((c) => count(points.get(c.key))),
        e.grade ?? null,
        yes(e.creditEntity),
        e.vetoes?.join(',') ?? null,
        money(e.limit),
        money(e.creditOnly),
        money(e.guaranteed),
        e.limitBoundBy === undefined ? null : (BOUND_BY[e.limitBoundBy] ?? e.limitBoundBy),
      ];
    }),
  );
  addTable(
    writer,
    RESULT_SHEETS.townships,
    [
      { key: 'id', label: '乡镇编号' },
      { key: 'rating', label: '评级' },
      { key: 'gatesFailed', label: '未过门槛' },
      ...TOWNSHIP_COUNTS.map((k) => ({ key: `villages.${k}`, label: TOWNSHIP_LABELS[k] ?? k })),
      { key: 'shares.credit', label: '信用村占比' },
      { key: 'shares.aa', label: 'AA 及以上占比' },
      { key: 'shares.aaa', label: 'AAA 占比' },
      { key: 'npl', label: '不良贷款率' },
      { key: 'nplIncrement', label: '不良率增幅' },
      { key: 'performing', label: '正常还款户占比' },
    ],
    (result.townships ?? []).map((t) => [
      t.id ?? null,
      ratingWord(t.rating),
      t.gatesFailed?.join('、') ?? null,
      ...TOWNSHIP_COUNTS.map((k) => count(t.villages?.[k])),
      t.shares?.credit ?? null,
      t.shares?.aa ?? null,
      t.shares?.aaa ?? null,
      t.npl ?? null,
      t.nplIncrement ?? null,
      t.performing ?? null,
    ]),
  );
  addTable(
    writer,
    RESULT_SHEETS.problems,
    [
      { key: 'sheet', label: '工作表' },
      { key: 'row', label: '行号' },
      { key: 'column', label: '列' },
      { key: 'label', label: '栏目' },
      { key: 'village', label: '村编号' },
      { key: 'record', label: '户/主体/乡镇编号' },
      { key: 'index', label: '记录序号（从 0 起）' },
      { key: 'path', label: '字段路径' },
      { key: 'code', label: '问题代码' },
      { key: 'problem', label: '问题' },
    ],
    problemRows(result, model, options.locations),
  );
  return writer.finish();
}

const TOWNSHIP_LABELS: Readonly<Record<string, string>> = {
  total: '行政村数',
  inBatch: '参评村数',
  AAA: 'AAA 村',
  AA: 'AA 村',
  A: 'A 村',
  none: '不达标村',
  unrated: '暂不评定村',
};

function addTable(
  writer: XlsxWriter,
  name: string,
  specs: readonly Spec[],
  rows: Iterable<Row>,
): void {
  const columns = specs.map((s) => ({ key: s.key, label: s.label, kind: 'decimal' as const }));
  writer.addSheet(
    { ...dataSheetLayout(name, columns), validations: [] },
    (function* () {
      yield specs.map((s) => s.label);
      yield specs.map((s) => s.key);
      yield* rows;
    })(),
  );
}

function summaryRows(result: ResultDocument, grades: readonly string[]): Row[] {
  const s = result.summary;
  const rows: Row[] = [
    ['信用村评定结果', null, null],
    ['模型', `${result.model.id} 第 ${result.model.version} 版`, result.model.hash],
    ['评定年度', count(result.evalYear), 'evalYear'],
    ['村数', count(s.villages), 'summary.villages'],
    ['自身信息有误的村', count(s.invalidVillages), 'summary.invalidVillages'],
    ['已评定农户', count(s.households), 'summary.households'],
    ['无效农户记录', count(s.invalidHouseholds), 'summary.invalidHouseholds'],
    ['信用户', count(s.creditHouseholds), 'summary.creditHouseholds'],
    ['授信总额（元）', money(s.totalLimit), 'summary.totalLimit'],
    ...['AAA', 'AA', 'A', 'none', 'unrated'].map(
      (r): Row => [
        `${ratingWord(r === 'unrated' ? null : r)} 村数`,
        count(s.byRating[r]),
        `summary.byRating.${r}`,
      ],
    ),
    ...grades.map((g): Row => [`${g} 户数`, count(s.byGrade[g]), `summary.byGrade.${g}`]),
  ];
  const county = result.county;
  if (county !== undefined) {
    for (const [key, value] of Object.entries(county)) {
      rows.push([
        `全县 ${key}`,
        typeof value === 'number'
          ? count(value)
          : typeof value === 'boolean'
            ? yes(value)
            : value === null
              ? null
              : String(value),
        `county.${key}`,
      ]);
    }
  }
  return rows;
}

function* problemRows(
  result: ResultDocument,
  model: Model,
  locations: WorkbookLocations | undefined,
): Generator<Row> {
  const columns = workbookColumns(model);
  const row = (
    ref: RecordRef,
    village: string | null,
    record: string | null,
    index: number | null,
    issue: Issue,
  ): Row => {
    const place: CellPlace | undefined =
      locations === undefined ? undefined : locateIssue(locations, columns, ref, issue.path);
    return [
      place?.sheet ?? null,
      count(place?.row),
      place?.column ?? null,
      place?.label ?? null,
      village,
      record,
      count(index),
      issue.path.join('.'),
      issue.code,
      issueLine(issue, undefined, columns),
    ];
  };
  for (const [v, village] of result.villages.entries()) {
    for (const error of village.errors) {
      const ref: RecordRef =
        error.index === undefined ? { village: v } : { village: v, household: error.index };
      for (const issue of error.issues)
        yield row(ref, village.id, error.id ?? null, error.index ?? null, issue);
    }
  }
  for (const error of result.entityErrors ?? []) {
    for (const issue of error.issues)
      yield row({ entity: error.index ?? -1 }, null, error.id ?? null, error.index ?? null, issue);
  }
  for (const [t, township] of (result.townships ?? []).entries()) {
    for (const error of township.errors ?? []) {
      for (const issue of error.issues)
        yield row({ township: t }, null, township.id ?? null, t, issue);
    }
  }
}
