import type { Label, Model } from '@credit-village/core';
import { type DataSheet, SHEETS } from './sheet-names.js';

/**
 * How a column's cells become JSON: `text` (ids, names), `decimal` (money and areas, exact),
 * `integer` and `year` (counts and years), `choice` (one word of a list, or its code),
 * `codes` (veto codes separated by commas) and `boolean` (是/否).
 */
export type ColumnKind = 'text' | 'decimal' | 'integer' | 'year' | 'choice' | 'codes' | 'boolean';

/** A word a clerk picks and the code it stands for. */
export interface Choice {
  readonly code: string;
  readonly word: string;
}

/** One column of a data sheet: its key (row 2), its label with unit (row 1), its kind. */
export interface Column {
  readonly key: string;
  readonly label: string;
  readonly kind: ColumnKind;
  /** For `choice` and `codes`: the words and codes allowed. */
  readonly choices?: readonly Choice[];
  /** Personal data (names, id numbers): never echoed in a message. */
  readonly personal?: boolean;
}

/** The columns of every data sheet, in template order. */
export type WorkbookColumns = Readonly<Record<DataSheet, readonly Column[]>>;

const zh = (label: Label | undefined, code: string) => label?.zh ?? code;
const col = (key: string, label: string, kind: ColumnKind, more: Partial<Column> = {}): Column => ({
  key,
  label,
  kind,
  ...more,
});
const choose = (key: string, label: string, choices: readonly Choice[]): Column =>
  col(key, label, 'choice', { choices });
const levels = (items: readonly { code: string; label?: Label }[]): Choice[] =>
  items.map((item) => ({ code: item.code, word: zh(item.label, item.code) }));
const fixed = (pairs: readonly (readonly [string, string])[]): Choice[] =>
  pairs.map(([code, word]) => ({ code, word }));

/** The kinds of household equipment and their words (the 农机车辆设施 sheet's `kind`). */
export const EQUIPMENT_KINDS = fixed([
  ['machine', '农机'],
  ['vehicle', '车辆'],
  ['facility', '设施'],
]);

/** Entity enumerations in the words of MODEL.md §8 (the model does not label them yet). */
const ENTITY_TYPES = fixed([
  ['familyFarm', '家庭农场'],
  ['cooperative', '农民专业合作社'],
  ['largeHousehold', '专业大户'],
  ['enterprise', '农业产业化龙头企业'],
]);
const DEMONSTRATION = fixed([
  ['national', '国家级'],
  ['provincial', '省级'],
  ['city', '市级'],
  ['county', '县级'],
  ['none', '无'],
]);
const MAIN_LINES = fixed([
  ['grain', '粮食'],
  ['cashCrops', '经济作物'],
  ['vegetables', '蔬菜'],
  ['aquaculture', '水产养殖'],
  ['forestry', '林业'],
  ['pigs', '生猪'],
  ['cattle', '牛'],
  ['sheep', '羊'],
  ['poultry', '家禽'],
]);
const ENTITY_CREDIT = fixed([
  ['normal', '正常还款'],
  ['blank', '无信贷记录'],
  ['cleared', '逾期已还清'],
  ['overdue', '当前逾期'],
]);
const GRADES = fixed([
  ['AAA', 'AAA'],
  ['AA', 'AA'],
  ['A', 'A'],
  ['B', 'B'],
  ['C', 'C'],
  ['NR', 'NR'],
]);
const ENTITY_VETOES = fixed([
  ['E1', '失信被执行人'],
  ['E2', '5年内有刑事记录'],
  ['E3', '当前有不良贷款'],
  ['E4', '恶意逃废债'],
  ['E5', '负责人家庭被一票否决'],
]);

/**
 * The columns of the collection workbook under a model: house structures, livestock species,
 * civility dimensions and levels (on 农户 and 民主评议), credit-record levels, veto codes and
 * party-organisation levels come from the model, shown in its Chinese labels.
 */
export function workbookColumns(model: Model): WorkbookColumns {
  const doc = model.document;
  const vetoes = levels(doc.vetoes.codes);
  const link = [col('village', '村编号', 'text'), col('household', '户编号', 'text')];
  const civility = doc.score.civility.dimensions.map((d) =>
    choose(`civility.${d.code}`, `${zh(d.label, d.code)}`, levels(doc.score.civility.levels)),
  );
  return {
    [SHEETS.villages]: [
      col('id', '村编号', 'text'),
      col('name', '村名', 'text'),
      col('township', '所属乡镇编号', 'text'),
      col('householdsTotal', '登记户数（户）', 'integer'),
      choose('partyOrganisation', '村两委班子', levels(doc.village.items.partyOrganisation.levels)),
      col('loans.balance', '涉农贷款余额（元）', 'decimal'),
      col('loans.nonPerforming', '不良贷款余额（元）', 'decimal'),
      col('collectiveOperatingIncome', '村集体经营性收入（元）', 'decimal'),
    ],
    [SHEETS.households]: [
      col('village', '村编号', 'text'),
      col('id', '户编号', 'text'),
      col('head.name', '户主姓名', 'text', { personal: true }),
      col('head.idNumber', '户主身份证号', 'text', { personal: true }),
      col('members', '家庭人口（人）', 'integer'),
      col('labourers', '劳动力（人）', 'integer'),
      col('land.contractedMu', '承包地（亩）', 'decimal'),
      col('land.transferredInMu', '流转入土地（亩）', 'decimal'),
      col('land.forestMu', '林地（亩）', 'decimal'),
      ...doc.assets.livestock.species.map((s) =>
        col(`livestock.${s.code}`, `${zh(s.label, s.code)}（头/只）`, 'integer'),
      ),
      col('deposits', '存款（元）', 'decimal'),
      col('collectiveShares', '集体股份（元）', 'decimal'),
      col('debts.bankLoans', '银行贷款（元）', 'decimal'),
      col('debts.other', '其他负债（元）', 'decimal'),
      col('income.net', '家庭年纯收入（元）', 'decimal'),
      col('income.operating', '年经营性收入（元）', 'decimal'),
      ...civility,
      choose('creditRecord', '信用记录', levels(doc.score.creditRecord.levels)),
      col('vetoes', '一票否决（代码，逗号分隔）', 'codes', { choices: vetoes }),
    ],
    [SHEETS.houses]: [
      ...link,
      choose('structure', '结构', levels(doc.assets.houses.structures)),
      col('areaM2', '面积（m²）', 'decimal'),
      col('yearBuilt', '建成年份', 'year'),
    ],
    [SHEETS.equipment]: [
      ...link,
      choose('kind', '类别（农机/车辆/设施）', EQUIPMENT_KINDS),
      col('price', '购置价或造价（元）', 'decimal'),
      col('year', '购置或建成年份', 'year'),
    ],
    // One row per reviewer × household (民主评议, docs/formats.md §16.1): the keys of a mark
    // (`reviewer`, `civility.<dimension>`, `vetoes`) after the household's link and its panel.
    [SHEETS.review]: [
      ...link,
      col('panelSize', '评议小组人数（人）', 'integer'),
      col('reviewer', '评议人编号', 'text', { personal: true }),
      ...civility,
      col('vetoes', '提议一票否决（代码，逗号分隔）', 'codes', { choices: vetoes }),
    ],
    [SHEETS.entities]: [
      col('id', '主体编号', 'text'),
      col('name', '主体名称', 'text'),
      choose('type', '主体类型', ENTITY_TYPES),
      col('township', '所属乡镇编号', 'text'),
      col('village', '所在村编号', 'text'),
      col('principal.name', '负责人姓名', 'text', { personal: true }),
      col('principal.idNumber', '负责人身份证号', 'text', { personal: true }),
      col('registeredYear', '注册年份', 'year'),
      choose('demonstration', '示范等级', DEMONSTRATION),
      choose('mainLine', '主营行业', MAIN_LINES),
      col('scale', '经营规模（亩/头/只）', 'decimal'),
      col('assets', '资产总额（元）', 'decimal'),
      col('liabilities', '负债总额（元）', 'decimal'),
      col('surplus', '年经营净收益（元）', 'decimal'),
      choose('creditRecord', '信用记录', ENTITY_CREDIT),
      col('leaseYearsLeft', '土地流转剩余年限（年）', 'integer'),
      col('insured', '参加农业保险（是/否）', 'boolean'),
      col('salesContracts', '有订单或销售合同（是/否）', 'boolean'),
      col('householdsDriven', '带动农户数（户）', 'integer'),
      choose('principalHouseholdGrade', '负责人家庭信用等级', GRADES),
      col('vetoes', '一票否决（代码，逗号分隔）', 'codes', { choices: ENTITY_VETOES }),
    ],
    [SHEETS.townships]: [
      col('id', '乡镇编号', 'text'),
      col('name', '乡镇名称', 'text'),
      col('villagesTotal', '行政村数（个）', 'integer'),
      col('loans.balance', '农户贷款余额（元）', 'decimal'),
      col('loans.nonPerforming', '不良贷款余额（元）', 'decimal'),
      col('loans.balanceStartOfYear', '年初农户贷款余额（元）', 'decimal'),
      col('loans.nonPerformingStartOfYear', '年初不良贷款余额（元）', 'decimal'),
      col('borrowers', '贷款户数（户）', 'integer'),
      col('borrowersInArrears', '欠息户数（户）', 'integer'),
    ],
  };
}
