import type { Issue, IssueParams } from '../issues.js';
import { makeIssue } from '../issues.js';
import { Dec } from '../money/decimal.js';
import type { Bins, ModelDocument } from './document.js';
import { checkEntitySections } from './entity-check.js';
import { MEASURED_ITEM_IDS } from './village-items.js';

export type Path = (string | number)[];

/**
 * The codes of a list (structures, levels, grades, entity types…), each code written twice a
 * problem at the second entry (`duplicateCode`): one rule for every coded list of the model.
 */
export function uniqueCodes(
  entries: readonly { code: string }[],
  path: Path,
  what: string,
  problem: Problem,
): Set<string> {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.code))
      problem([...path, i, 'code'], `${what} "${entry.code}" appears twice`, {
        rule: 'duplicateCode',
        value: entry.code,
      });
    seen.add(entry.code);
  });
  return seen;
}

/**
 * Checks what a schema cannot: unique codes, ordered bins, grade bands without gaps, and every
 * reference resolving. Returns every problem found (empty when the model is consistent).
 */
export function checkModel(doc: ModelDocument): Issue[] {
  const issues: Issue[] = [];
  const problem = (path: Path, detail: string, params: IssueParams) =>
    issues.push(makeIssue(path, 'invalid_model', detail, params));

  const unique = (entries: readonly { code: string }[], path: Path, what: string) =>
    uniqueCodes(entries, path, what, problem);

  const { assets, score, vetoes, grades, limit, village } = doc;
  unique(assets.houses.structures, ['assets', 'houses', 'structures'], 'house structure');
  unique(assets.livestock.species, ['assets', 'livestock', 'species'], 'species');
  unique(score.civility.dimensions, ['score', 'civility', 'dimensions'], 'civility dimension');
  unique(score.civility.levels, ['score', 'civility', 'levels'], 'civility level');
  unique(score.creditRecord.levels, ['score', 'creditRecord', 'levels'], 'credit record level');
  unique(vetoes.codes, ['vetoes', 'codes'], 'veto code');
  unique(grades, ['grades'], 'grade');
  unique(
    village.items.partyOrganisation.levels,
    ['village', 'items', 'partyOrganisation', 'levels'],
    'party organisation level',
  );
  unique(village.ratings, ['village', 'ratings'], 'rating');

  if (score.civility.dimensions.length === 0)
    problem(['score', 'civility', 'dimensions'], 'at least one civility dimension is needed', {
      rule: 'atLeastOne',
    });
  for (const [path, levels] of [
    [['score', 'civility', 'levels'], score.civility.levels],
    [['score', 'creditRecord', 'levels'], score.creditRecord.levels],
    [['village', 'items', 'partyOrganisation', 'levels'], village.items.partyOrganisation.levels],
  ] as const) {
    if (levels.length === 0)
      problem([...path], 'at least one level is needed', { rule: 'atLeastOne' });
  }

  checkBins(score.netAssets, ['score', 'netAssets'], problem);
  checkBins(score.netIncome, ['score', 'netIncome'], problem);
  checkBins(score.debtRatio, ['score', 'debtRatio'], problem);
  for (const id of MEASURED_ITEM_IDS) {
    checkBins(village.items[id], ['village', 'items', id], problem);
  }

  checkRounding(assets.rounding.step, ['assets', 'rounding', 'step'], problem);
  checkRounding(limit.rounding.step, ['limit', 'rounding', 'step'], problem);

  // Grade bands: highest first, strictly descending, the last one starting at 0 (no gap).
  if (grades.length === 0)
    problem(['grades'], 'at least one grade band is needed', { rule: 'atLeastOne' });
  grades.forEach((grade, i) => {
    const previous = grades[i - 1];
    if (previous !== undefined && grade.minScore >= previous.minScore) {
      problem(
        ['grades', i, 'minScore'],
        `grade bands must be listed highest first with falling minScore: ${grade.code} (${grade.minScore}) follows ${previous.code} (${previous.minScore})`,
        { rule: 'gradeOrder', value: grade.code, previous: previous.code },
      );
    }
  });
  const lowest = grades[grades.length - 1];
  if (lowest !== undefined && lowest.minScore !== 0) {
    problem(
      ['grades', grades.length - 1, 'minScore'],
      `the lowest grade band must start at 0, or scores below ${lowest.minScore} have no grade (a gap)`,
      { rule: 'lowestGradeZero', value: String(lowest.minScore) },
    );
  }
  const maxScore = maxHouseholdScore(doc);
  grades.forEach((grade, i) => {
    if (grade.minScore > maxScore)
      problem(
        ['grades', i, 'minScore'],
        `grade ${grade.code} needs ${grade.minScore} points but the model's highest possible score is ${maxScore}`,
        { rule: 'gradeUnreachable', value: grade.code, min: grade.minScore, max: maxScore },
      );
  });
  if (grades.some((g) => g.code === vetoes.grade)) {
    problem(
      ['vetoes', 'grade'],
      `the veto grade "${vetoes.grade}" must differ from the score grades`,
      { rule: 'vetoGradeClash', value: vetoes.grade },
    );
  }

  // Limit rows: one per credit-household grade, none for other grades.
  const gradeByCode = new Map(grades.map((g) => [g.code, g]));
  const rowFor = new Set<string>();
  limit.byGrade.forEach((row, i) => {
    const grade = gradeByCode.get(row.grade);
    if (grade === undefined)
      problem(
        ['limit', 'byGrade', i, 'grade'],
        `unknown grade "${row.grade}" (grades: ${grades.map((g) => g.code).join(', ')})`,
        { rule: 'unknownGrade', value: row.grade, allowed: grades.map((g) => g.code) },
      );
    else if (!grade.creditHousehold)
      problem(
        ['limit', 'byGrade', i, 'grade'],
        `grade "${row.grade}" is not a credit-household grade, so it gets no limit`,
        { rule: 'gradeNoCredit', value: row.grade },
      );
    if (rowFor.has(row.grade))
      problem(['limit', 'byGrade', i, 'grade'], `grade "${row.grade}" has two limit rows`, {
        rule: 'twoLimitRows',
        value: row.grade,
      });
    rowFor.add(row.grade);
    if (new Dec(row.cap).lt(row.base))
      problem(['limit', 'byGrade', i, 'cap'], `the cap ${row.cap} is below the base ${row.base}`, {
        rule: 'capBelowBase',
        value: row.cap,
        min: row.base,
      });
  });
  grades.forEach((grade, i) => {
    if (grade.creditHousehold && !rowFor.has(grade.code))
      problem(['grades', i], `credit-household grade "${grade.code}" has no row in limit.byGrade`, {
        rule: 'missingLimitRow',
        value: grade.code,
      });
  });

  // Gates refer to items; a categorical gate's words must be the item's levels.
  const partyLevels = new Set(village.items.partyOrganisation.levels.map((l) => l.code));
  village.gates.forEach((gate, i) => {
    if (gate.item === 'partyOrganisation') {
      gate.values.forEach((value, j) => {
        if (!partyLevels.has(value))
          problem(
            ['village', 'gates', i, 'values', j],
            `unknown party organisation level "${value}" (levels: ${[...partyLevels].join(', ')})`,
            { rule: 'unknownLevel', value, allowed: [...partyLevels] },
          );
      });
    }
  });
  const gateItems = new Set<string>();
  village.gates.forEach((gate, i) => {
    if (gateItems.has(gate.item))
      problem(['village', 'gates', i, 'item'], `two gates on "${gate.item}"`, {
        rule: 'twoGates',
        value: gate.item,
      });
    gateItems.add(gate.item);
  });

  village.ratings.forEach((rating, i) => {
    const previous = village.ratings[i - 1];
    if (previous !== undefined && rating.minScore >= previous.minScore) {
      problem(
        ['village', 'ratings', i, 'minScore'],
        `rating bands must be listed highest first with falling minScore: ${rating.code} (${rating.minScore}) follows ${previous.code} (${previous.minScore})`,
        { rule: 'ratingOrder', value: rating.code, previous: previous.code },
      );
    }
    if (rating.code === 'none')
      problem(
        ['village', 'ratings', i, 'code'],
        '"none" is the word for a village that is not a credit village; it cannot be a rating band',
        { rule: 'reservedNone', value: 'none' },
      );
  });

  checkReviewAndObjections(doc, problem);
  // Entities, townships and the county (docs/model.md §8–9).
  issues.push(...checkEntitySections(doc));

  return issues;
}

// Democratic review and objections (docs/model.md §13–14), since version 2. -------------------

function checkReviewAndObjections(
  doc: ModelDocument,
  problem: (path: Path, detail: string, params: IssueParams) => void,
): void {
  const { review, objections } = doc;
  if (review !== undefined) {
    const { quorum, vetoMajority } = review;
    if (quorum.numerator > quorum.denominator)
      problem(
        ['review', 'quorum', 'numerator'],
        `a quorum of ${quorum.numerator}/${quorum.denominator} is more than the whole panel and can never be met`,
        { rule: 'quorumTooBig', value: `${quorum.numerator}/${quorum.denominator}` },
      );
    if (vetoMajority.numerator >= vetoMajority.denominator)
      problem(
        ['review', 'vetoMajority', 'numerator'],
        `a veto needs more than ${vetoMajority.numerator}/${vetoMajority.denominator} of those present, which no count can reach`,
        { rule: 'vetoUnreachable', value: `${vetoMajority.numerator}/${vetoMajority.denominator}` },
      );
    // The median sorts marks on the scale: it must order every civility level, each once.
    const { scale } = review.aggregation;
    const levels = new Set(doc.score.civility.levels.map((l) => l.code));
    scale.forEach((level, i) => {
      if (!levels.has(level))
        problem(
          ['review', 'aggregation', 'scale', i],
          `unknown civility level "${level}" (levels: ${[...levels].join(', ')})`,
          { rule: 'unknownCivilityLevel', value: level, allowed: [...levels] },
        );
      else if (scale.indexOf(level) < i)
        problem(['review', 'aggregation', 'scale', i], `the level "${level}" is listed twice`, {
          rule: 'listedTwice',
          value: level,
        });
    });
    for (const level of levels)
      if (!scale.includes(level))
        problem(
          ['review', 'aggregation', 'scale'],
          `the civility level "${level}" is missing: the scale orders every level`,
          { rule: 'scaleIncomplete', value: level },
        );
  }
  if (objections !== undefined) {
    const days = objections.workingWeekdays;
    if (days.length === 0)
      problem(['objections', 'workingWeekdays'], 'at least one working weekday is needed', {
        rule: 'atLeastOne',
      });
    days.forEach((day, i) => {
      if (days.indexOf(day) < i)
        problem(['objections', 'workingWeekdays', i], `the weekday ${day} is listed twice`, {
          rule: 'listedTwice',
          value: String(day),
        });
    });
  }
}

// ---------------------------------------------------------------------------------------------

/** The highest score the household components can add up to. */
export function maxHouseholdScore(doc: ModelDocument): number {
  const { civility, netAssets, netIncome, debtRatio, creditRecord } = doc.score;
  return (
    civility.dimensions.length * maxOf(civility.levels.map((l) => l.points)) +
    maxBinPoints(netAssets) +
    maxBinPoints(netIncome) +
    Math.max(maxBinPoints(debtRatio), debtRatio.noDebt, debtRatio.noAssets) +
    maxOf(creditRecord.levels.map((l) => l.points))
  );
}

/** The highest points of a bin list (including `otherwise`). */
export function maxBinPoints(bins: Bins): number {
  return Math.max(bins.otherwise, ...bins.bins.map((b) => b.points));
}

function maxOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.max(...values);
}

/** How a check reports a problem: the path, the English detail, and the params messages need. */
export type Problem = (path: Path, detail: string, params: IssueParams) => void;

/** Bins all lower bounds listed highest first, or all upper bounds listed lowest first, none overlapping. */
export function checkBins(bins: Bins, path: Path, problem: Problem) {
  const list = bins.bins;
  const lower = list.filter((b) => b.when === '>=' || b.when === '>').length;
  if (lower !== 0 && lower !== list.length) {
    problem(
      [...path, 'bins'],
      'bins must be all lower bounds (">=", ">") listed highest first, or all upper bounds ("<=", "<") listed lowest first',
      { rule: 'binsMixed' },
    );
    return;
  }
  const descending = lower > 0;
  list.forEach((bin, i) => {
    const previous = list[i - 1];
    if (previous === undefined) return;
    const cmp = new Dec(bin.value).cmp(previous.value);
    const strictPrevious = previous.when === '>' || previous.when === '<';
    const inclusiveNow = bin.when === '>=' || bin.when === '<=';
    const ordered = descending ? cmp < 0 : cmp > 0;
    // "> x" followed by ">= x" still catches exactly x; any other repeat can never match.
    const tieAllowed = cmp === 0 && strictPrevious && inclusiveNow;
    if (!ordered && !tieAllowed) {
      const order = descending ? 'falling' : 'rising';
      problem(
        [...path, 'bins', i, 'value'],
        `bins must be listed in ${order} order of value; ${bin.when} ${bin.value} after ${previous.when} ${previous.value} overlaps it and can never match`,
        {
          rule: 'binsOrder',
          value: `${bin.when} ${bin.value}`,
          previous: `${previous.when} ${previous.value}`,
        },
      );
    }
  });
}

/** A money amount of the model that must be a whole number of fen (a rounding step, a ceiling). */
export function checkRounding(step: string, path: Path, problem: Problem) {
  if (new Dec(step).decimalPlaces() > 2)
    problem(
      path,
      `a money rounding step must be a whole number of fen (at most 2 decimals), got ${step}`,
      { rule: 'roundingStep', value: step, decimals: 2 },
    );
}
