import type { Issue } from '../issues.js';
import { makeIssue } from '../issues.js';
import { duplicateKeyIssue, duplicatesUnder, type JsonPath } from '../json/parse-json.js';
import type { ResolvedBins, ResolvedModel } from '../model/resolve.js';
import { VILLAGE_ITEM_IDS } from '../model/village-items.js';
import { Dec, ZERO } from '../money/decimal.js';
import { fenToMoneyText, moneyTextToFen } from '../money/fen.js';
import { formatFixed, formatMoney, formatRatio } from '../money/format.js';
import { BOUNDS } from '../schema/bounds.js';
import { characterCount, describeType, jsonTypeOf } from '../schema/decimal-text.js';
import { idKey, idProblem } from '../schema/ids.js';
import { parseVillageFields } from '../schema/village.js';
import type { VillageFields } from '../types/input.js';
import type { HouseholdResult, RecordError, VillageItem, VillageResult } from '../types/result.js';
import { binPoints, compare, compareRatio, ratioBinPoints } from './bins.js';
import type { HouseholdEvaluator } from './reference.js';
import { villageIdOf } from './village-id.js';

export interface VillageContext {
  readonly model: ResolvedModel;
  readonly evalYear: number;
  readonly evaluateHousehold: HouseholdEvaluator;
  /** Whether the village's id was used by an earlier village of the batch (a village error). */
  readonly duplicate?: boolean;
  /** Keys the village's JSON text wrote twice, by path from the village (see `ParsedJson`). */
  readonly duplicateKeys?: readonly JsonPath[];
  /**
   * The batch's townships, to check the one the village names (docs/model.md §9); absent: the
   * name is trusted (a village alone, or a worker thread whose caller checks it).
   */
  readonly townships?: { has(id: string): boolean };
}

/**
 * Evaluates one village (docs/model.md §8): every household record comes out once, scored or as an
 * error; the village's own problems are an error entry without `index`. A village with any
 * invalid record is not rated (`rating: null`), and one whose own fields are invalid has no
 * score, items or gates.
 */
export function evaluateVillageInput(input: unknown, context: VillageContext): VillageResult {
  const { model } = context;
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  const raw = (isObject ? input : {}) as Record<string, unknown>;
  const villageIssues: Issue[] = [];
  let fields: VillageFields | undefined;
  if (isObject) {
    const parsed = parseVillageFields(input, model);
    fields = parsed.fields;
    villageIssues.push(...parsed.issues);
  } else {
    villageIssues.push(
      makeIssue(
        [],
        'invalid_type',
        `expected a village (a JSON object), got ${describeType(input)}`,
        { expected: 'object', got: jsonTypeOf(input) },
      ),
    );
  }
  const id = villageIdOf(input);
  if (id !== null && context.duplicate === true) {
    villageIssues.push(
      makeIssue(
        ['id'],
        'duplicate_id',
        `the village id ${JSON.stringify(id)} is used by an earlier village in this batch; each village needs its own id`,
      ),
    );
  }
  const township = townshipOf(raw);
  if (township !== undefined && context.townships !== undefined && !context.townships.has(township))
    villageIssues.push(unknownTownship(township));
  const duplicateKeys = context.duplicateKeys ?? [];
  for (const path of duplicateKeys)
    if (!(path[0] === 'households' && typeof path[1] === 'number'))
      villageIssues.push(duplicateKeyIssue(path));
  if (villageIssues.length > 0) fields = undefined;

  const households: HouseholdResult[] = [];
  const errors: RecordError[] = [];
  if (villageIssues.length > 0)
    errors.push(id === null ? { issues: villageIssues } : { id, issues: villageIssues });
  const records = Array.isArray(raw.households) ? raw.households : [];
  const firstIndexOfId = new Map<string, number>();
  const byGrade: Record<string, number> = Object.fromEntries(model.gradeCodes.map((g) => [g, 0]));
  let credit = 0;
  let vetoed = 0;
  let totalFen = 0n;
  records.forEach((record, index) => {
    const result = context.evaluateHousehold(record, context.evalYear);
    const recordId =
      typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
    const issues: Issue[] = result.ok ? [] : [...result.issues];
    if (duplicateKeys.length > 0)
      for (const path of duplicatesUnder(duplicateKeys, ['households', index]))
        issues.push(duplicateKeyIssue(path));
    const hasId = typeof recordId === 'string' && recordId !== '';
    if (hasId) {
      const key = idKey(recordId);
      const first = firstIndexOfId.get(key);
      if (first === undefined) firstIndexOfId.set(key, index);
      else
        issues.unshift(
          makeIssue(
            ['id'],
            'duplicate_id',
            `the id ${JSON.stringify(recordId)} is already used by household record ${first} of this village; each household needs its own id`,
            { firstIndex: first },
          ),
        );
    }
    if (result.ok && issues.length === 0) {
      const h = result.value;
      households.push(h);
      byGrade[h.grade] = (byGrade[h.grade] ?? 0) + 1;
      if (h.creditHousehold) credit++;
      if (h.vetoes.length > 0) vetoed++;
      totalFen += moneyTextToFen(h.limit);
    } else {
      errors.push(hasId ? { index, id: recordId, issues } : { index, issues });
    }
  });

  const invalid = records.length - households.length;
  const base = {
    id,
    ...(fields?.name !== undefined
      ? { name: fields.name }
      : typeof raw.name === 'string'
        ? { name: raw.name }
        : {}),
    ...(township === undefined ? {} : { township }),
  };
  const counts = {
    householdsTotal:
      fields?.householdsTotal ??
      (validTotal(raw.householdsTotal) ? (raw.householdsTotal as number) : null),
    collected: records.length,
    invalid,
    creditHouseholds: credit,
    vetoed,
    byGrade,
  };
  const tail = {
    counts,
    totalLimit: fenToMoneyText(totalFen),
    households,
    errors,
    ...(fields?.meta !== undefined ? { meta: fields.meta } : {}),
  };
  if (fields === undefined)
    return { ...base, rating: null, score: null, items: null, gatesFailed: null, ...tail };
  const rated = rateVillage(fields, households.length, credit, vetoed, model);
  return {
    ...base,
    rating: errors.length > 0 ? null : rated.rating,
    score: rated.score,
    items: rated.items,
    gatesFailed: rated.gatesFailed,
    ...tail,
  };
}

/** The township a village names, when it is a usable id (else the schema reports it). */
function townshipOf(raw: Record<string, unknown>): string | undefined {
  const township = raw.township;
  return typeof township === 'string' &&
    township !== '' &&
    characterCount(township) <= BOUNDS.stringLength &&
    idProblem(township) === undefined
    ? township
    : undefined;
}

function unknownTownship(township: string): Issue {
  return makeIssue(
    ['township'],
    'unknown_township',
    `names the township ${JSON.stringify(township)}, which is not in the batch's townships; add the township, or correct the id`,
  );
}

function validTotal(value: unknown): boolean {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= BOUNDS.householdsTotal
  );
}

type ItemValue =
  | { kind: 'ratio'; num: Dec; den: Dec }
  | { kind: 'money'; value: Dec }
  | { kind: 'word'; word: string };

/** Items, gates, score and rating of a village from C valid records, K credit households and V vetoed. */
export function rateVillage(
  fields: VillageFields,
  collected: number,
  credit: number,
  vetoed: number,
  model: ResolvedModel,
) {
  const v = model.village;
  const { ratioDecimals, ratioRounding } = model.display;
  const C = new Dec(collected);
  const balance = new Dec(fields.loans?.balance ?? 0);
  const values: Record<VillageItem['id'], ItemValue> = {
    coverage: { kind: 'ratio', num: C, den: new Dec(fields.householdsTotal) },
    creditShare: { kind: 'ratio', num: new Dec(credit), den: C },
    npl: { kind: 'ratio', num: new Dec(fields.loans?.nonPerforming ?? 0), den: balance },
    vetoShare: { kind: 'ratio', num: new Dec(vetoed), den: C },
    partyOrganisation: { kind: 'word', word: fields.partyOrganisation },
    collectiveIncome: { kind: 'money', value: new Dec(fields.collectiveOperatingIncome ?? 0) },
  };
  const binsOf: Record<Exclude<VillageItem['id'], 'partyOrganisation'>, ResolvedBins> = {
    coverage: v.coverage,
    creditShare: v.creditShare,
    npl: v.npl,
    vetoShare: v.vetoShare,
    collectiveIncome: v.collectiveIncome,
  };
  const items: VillageItem[] = VILLAGE_ITEM_IDS.map((itemId) => {
    const value = values[itemId];
    if (value.kind === 'word') {
      return {
        id: itemId,
        points: v.partyOrganisation.points.get(value.word) ?? 0,
        max: v.partyOrganisation.max,
        value: value.word,
      };
    }
    const bins = binsOf[itemId as keyof typeof binsOf];
    if (value.kind === 'money')
      return {
        id: itemId,
        points: binPoints(value.value, bins),
        max: bins.max,
        value: formatMoney(value.value),
      };
    // A ratio over nothing counts as 0 (docs/model.md §8); it displays as null, except the NPL ratio.
    if (value.den.isZero()) {
      return {
        id: itemId,
        points: binPoints(ZERO, bins),
        max: bins.max,
        value: itemId === 'npl' ? formatFixed(ZERO, ratioDecimals) : null,
      };
    }
    return {
      id: itemId,
      points: ratioBinPoints(value.num, value.den, bins),
      max: bins.max,
      value: formatRatio(value.num, value.den, ratioDecimals, ratioRounding),
    };
  });
  const gatesFailed = v.gates
    .filter((gate) => {
      const value = values[gate.item];
      if (gate.when === 'in') return value.kind === 'word' && gate.values.has(value.word);
      const threshold = gate.value ?? ZERO;
      if (value.kind === 'money') return compare(value.value, gate.when, threshold);
      if (value.kind === 'ratio')
        return value.den.isZero()
          ? compare(ZERO, gate.when, threshold)
          : compareRatio(value.num, value.den, gate.when, threshold);
      return false;
    })
    .map((gate) => gate.item);
  const score = items.reduce((sum, item) => sum + item.points, 0);
  const band = v.ratings.find((r) => score >= r.minScore);
  const rating = gatesFailed.length > 0 || band === undefined ? 'none' : band.code;
  return { score, items, gatesFailed, rating };
}
