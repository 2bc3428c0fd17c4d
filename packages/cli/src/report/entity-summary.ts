import type {
  BatchSummary,
  CountyCondition,
  CountyParameters,
  CountyResult,
  TownshipOutcome,
} from '@credit-village/core';
import { COUNTY_CONDITIONS } from '@credit-village/core';
import { formatCount, formatMoneyText } from './numbers.js';

/** The county conditions in a clerk's words, Chinese then English. */
const CONDITION_WORDS: Readonly<Record<CountyCondition, readonly [string, string]>> = {
  creditVillageShare: ['信用村占比', 'credit-village share'],
  creditTownshipShare: ['信用乡镇占比', 'credit-township share'],
  npl: ['不良贷款率', 'NPL'],
};

/** A comparison as the summary prints it: held (`≥`) or failed (its opposite, `<`). */
const HELD: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const FAILED: Readonly<Record<string, string>> = { '>=': '<', '>': '≤', '<=': '>', '<': '≥' };

/**
 * The summary's lines for entities, townships and the county (docs/model.md §8–9), Chinese
 * first with English beside it: the entities by grade and their limits, the townships by
 * rating, and the county verdict with the shares that decide it
 * (`信用县：否（信用村占比 0.1704 < 0.60） Credit county: no (credit-village share 0.1704 < 0.60)`).
 */
export function entitySummaryLines(
  summary: BatchSummary,
  townships: TownshipOutcome | undefined,
  county: CountyParameters | undefined,
): string[] {
  const lines: string[] = [];
  const e = summary.entities;
  if (e !== undefined) {
    const grades = Object.entries(e.byGrade)
      .map(([grade, n]) => `${grade} ${formatCount(n)}`)
      .join(', ');
    lines.push(
      `  新型农业经营主体 entities: 评定 ${formatCount(e.entities)} rated, 无效 ${formatCount(e.invalid)} invalid; ${grades}`,
      `  主体授信额度 entity limits: ${formatMoneyText(e.totalLimit)} 元 yuan, 其中需担保 of it guaranteed ${formatMoneyText(e.totalGuaranteed)} 元 yuan`,
    );
  }
  if (summary.byTownshipRating !== undefined) {
    const ratings = Object.entries(summary.byTownshipRating)
      .map(([rating, n]) => `${rating} ${formatCount(n)}`)
      .join(', ');
    const total = townships?.townships.length ?? 0;
    lines.push(`  乡镇 townships: ${formatCount(total)}; ${ratings}`);
  }
  if (townships?.county !== undefined && county !== undefined)
    lines.push(countyVerdict(townships.county, county));
  return lines;
}

/** `信用县：是/否/未能评定（…） Credit county: yes/no/not rated (…)`. */
export function countyVerdict(result: CountyResult, county: CountyParameters): string {
  if (result.creditCounty === null)
    return '  信用县：未能评定（有乡镇未评定） Credit county: not rated (a township is not rated)';
  const measured: Readonly<Record<CountyCondition, string | null>> = {
    creditVillageShare: result.creditVillageShare,
    creditTownshipShare: result.creditTownshipShare,
    npl: result.npl,
  };
  // The shares are exact from the counts; the NPL only as shown (its amounts are not in the
  // result), so it is named when the shares hold or its shown value fails.
  const shares = {
    creditVillageShare: exactHolds(
      result.creditVillages,
      result.villagesTotal,
      county.creditVillageShare,
    ),
    creditTownshipShare: exactHolds(
      result.creditTownships,
      result.townships,
      county.creditTownshipShare,
    ),
  };
  const failed: Readonly<Record<CountyCondition, boolean>> = {
    ...{
      creditVillageShare: !shares.creditVillageShare,
      creditTownshipShare: !shares.creditTownshipShare,
    },
    npl:
      (shares.creditVillageShare && shares.creditTownshipShare) || !holds(result.npl, county.npl),
  };
  // A credit county shows every condition it meets; otherwise only those it fails.
  const shown = COUNTY_CONDITIONS.filter((c) => result.creditCounty === true || failed[c]);
  const parts = shown.map((c) => {
    const { when, value } = county[c];
    const op = result.creditCounty === true ? HELD[when] : FAILED[when];
    const [zh, en] = CONDITION_WORDS[c];
    const text = `${measured[c] ?? '—'} ${op} ${threshold(value)}`;
    return { zh: `${zh} ${text}`, en: `${en} ${text}` };
  });
  const yes = result.creditCounty === true;
  return `  信用县：${yes ? '是' : '否'}（${parts.map((p) => p.zh).join('，')}） Credit county: ${yes ? 'yes' : 'no'} (${parts.map((p) => p.en).join(', ')})`;
}

/** Whether the exact share n / d meets a condition (a share over nothing fails). */
function exactHolds(n: number, d: number, condition: { when: string; value: string }): boolean {
  if (d === 0) return false;
  // n / d op t ⇔ n · 10^k op t · 10^k · d, in whole numbers (t has at most 6 decimals).
  const [whole = '0', frac = ''] = condition.value.replace('-', '').split('.');
  const scale = 10 ** frac.length;
  const t =
    (Number(whole) * scale + Number(frac || '0')) * (condition.value.startsWith('-') ? -1 : 1);
  return compare(n * scale, condition.when, t * d);
}

/**
 * Whether a 4-decimal ratio meets a condition, for choosing what to print only: the verdict
 * itself is the core's, computed on exact ratios.
 */
function holds(ratio: string, condition: { when: string; value: string }): boolean {
  return compare(Number(ratio), condition.when, Number(condition.value));
}

function compare(a: number, when: string, b: number): boolean {
  switch (when) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a < b;
  }
}

/** A threshold with at least two decimals: `0.6` → `0.60`. */
function threshold(value: string): string {
  const [whole, frac = ''] = value.split('.');
  return `${whole}.${frac.padEnd(2, '0')}`;
}
