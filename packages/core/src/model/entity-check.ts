import type { Issue } from '../issues.js';
import { makeIssue } from '../issues.js';
import { Dec } from '../money/decimal.js';
import {
  checkBins,
  checkRounding,
  maxBinPoints,
  type Path,
  type Problem,
  uniqueCodes,
} from './check.js';
import type { ModelDocument } from './document.js';
import type { EntityParameters, TownshipParameters } from './entity-document.js';

/**
 * The consistency of the entity, township and county sections (docs/model.md §8–9): unique
 * codes, ordered bins, one scale threshold per main line and none for an unknown line, a cap for
 * every entity type in every limit row, shares that count village ratings, bands that name a
 * share. Returns every problem found.
 */
export function checkEntitySections(doc: ModelDocument): Issue[] {
  const issues: Issue[] = [];
  const problem: Problem = (path, detail, params) =>
    issues.push(makeIssue(path, 'invalid_model', detail, params));
  if (doc.entity !== undefined) checkEntity(doc, doc.entity, problem);
  if (doc.township !== undefined && doc.county === undefined)
    problem(['county'], 'required with "township": the credit-county conditions', {
      rule: 'requiredWith',
      value: 'township',
    });
  if (doc.county !== undefined && doc.township === undefined)
    problem(['township'], 'required with "county": the township shares, gates and bands', {
      rule: 'requiredWith',
      value: 'county',
    });
  if (doc.township !== undefined) checkTownship(doc, doc.township, problem);
  return issues;
}

/** The codes of an entity or township list: unique, and at least one. */
function unique(
  entries: readonly { code: string }[],
  path: Path,
  what: string,
  problem: Problem,
): Set<string> {
  const seen = uniqueCodes(entries, path, what, problem);
  if (entries.length === 0) problem(path, `at least one ${what} is needed`, { rule: 'atLeastOne' });
  return seen;
}

function checkEntity(doc: ModelDocument, entity: EntityParameters, problem: Problem): void {
  const at = (...path: Path): Path => ['entity', ...path];
  const c = entity.components;
  const types = unique(entity.types, at('types'), 'entity type', problem);
  const lines = unique(entity.mainLines, at('mainLines'), 'main line', problem);
  unique(
    c.standing.demonstration.levels,
    at('components', 'standing', 'demonstration', 'levels'),
    'demonstration level',
    problem,
  );
  unique(
    c.creditRecord.levels,
    at('components', 'creditRecord', 'levels'),
    'credit record level',
    problem,
  );
  const grades = new Set([...doc.grades.map((g) => g.code), doc.vetoes.grade]);
  const principal = c.linkage.principalHouseholdGrade.levels;
  const principalSeen = new Set<string>();
  principal.forEach((level, i) => {
    const path = at('components', 'linkage', 'principalHouseholdGrade', 'levels', i, 'code');
    if (!grades.has(level.code))
      problem(path, `unknown household grade "${level.code}" (grades: ${[...grades].join(', ')})`, {
        rule: 'unknownGrade',
        value: level.code,
        allowed: [...grades],
      });
    if (principalSeen.has(level.code))
      problem(path, `grade "${level.code}" appears twice`, {
        rule: 'duplicateCode',
        value: level.code,
      });
    principalSeen.add(level.code);
  });
  if (entity.vetoes.codes.length > 0)
    unique(entity.vetoes.codes, at('vetoes', 'codes'), 'entity veto code', problem);

  checkBins(c.standing.years, at('components', 'standing', 'years'), problem);
  checkBins(c.scale, at('components', 'scale'), problem);
  checkBins(c.debtRatio, at('components', 'debtRatio'), problem);
  checkBins(c.surplus, at('components', 'surplus'), problem);
  checkBins(c.stability.lease, at('components', 'stability', 'lease'), problem);
  checkBins(c.linkage.householdsDriven, at('components', 'linkage', 'householdsDriven'), problem);

  // The scale thresholds: one per main line, none for a line the model does not list.
  const thresholdFor = new Set<string>();
  c.scale.thresholds.forEach((threshold, i) => {
    const path = at('components', 'scale', 'thresholds', i, 'line');
    if (!lines.has(threshold.line))
      problem(
        path,
        `unknown main line "${threshold.line}" (lines: ${[...lines].join(', ')}); a threshold needs a line of entity.mainLines`,
        { rule: 'unknownCode', value: threshold.line, allowed: [...lines] },
      );
    else if (thresholdFor.has(threshold.line))
      problem(path, `main line "${threshold.line}" has two thresholds`, {
        rule: 'listedTwice',
        value: threshold.line,
      });
    thresholdFor.add(threshold.line);
  });
  for (const line of lines)
    if (!thresholdFor.has(line))
      problem(
        at('components', 'scale', 'thresholds'),
        `main line "${line}" has no scale threshold`,
        { rule: 'missingEntry', value: line },
      );

  // Limit rows: one per credit grade, each with a cap for every entity type.
  const creditGrades = new Map(doc.grades.map((g) => [g.code, g.creditHousehold]));
  const rowFor = new Set<string>();
  entity.limit.byGrade.forEach((row, i) => {
    const path = at('limit', 'byGrade', i);
    const credit = creditGrades.get(row.grade);
    if (credit === undefined)
      problem(
        [...path, 'grade'],
        `unknown grade "${row.grade}" (grades: ${doc.grades.map((g) => g.code).join(', ')})`,
        { rule: 'unknownGrade', value: row.grade, allowed: doc.grades.map((g) => g.code) },
      );
    else if (!credit)
      problem(
        [...path, 'grade'],
        `grade "${row.grade}" is not a credit grade, so it gets no limit`,
        { rule: 'gradeNoCredit', value: row.grade },
      );
    if (rowFor.has(row.grade))
      problem([...path, 'grade'], `grade "${row.grade}" has two limit rows`, {
        rule: 'twoLimitRows',
        value: row.grade,
      });
    rowFor.add(row.grade);
    const capFor = new Set<string>();
    row.caps.forEach((cap, j) => {
      if (!types.has(cap.type))
        problem(
          [...path, 'caps', j, 'type'],
          `unknown entity type "${cap.type}" (types: ${[...types].join(', ')})`,
          { rule: 'unknownCode', value: cap.type, allowed: [...types] },
        );
      else if (capFor.has(cap.type))
        problem([...path, 'caps', j, 'type'], `type "${cap.type}" has two caps`, {
          rule: 'listedTwice',
          value: cap.type,
        });
      capFor.add(cap.type);
      if (new Dec(cap.cap).lt(row.base))
        problem([...path, 'caps', j, 'cap'], `the cap ${cap.cap} is below the base ${row.base}`, {
          rule: 'capBelowBase',
          value: cap.cap,
          min: row.base,
        });
    });
    for (const type of types)
      if (!capFor.has(type))
        problem(
          [...path, 'caps'],
          `no cap for entity type "${type}": every limit row needs a cap for every type`,
          { rule: 'missingEntry', value: type },
        );
  });
  doc.grades.forEach((grade) => {
    if (grade.creditHousehold && !rowFor.has(grade.code))
      problem(
        at('limit', 'byGrade'),
        `credit grade "${grade.code}" has no row in entity.limit.byGrade`,
        { rule: 'missingLimitRow', value: grade.code },
      );
  });
  checkRounding(entity.limit.rounding.step, at('limit', 'rounding', 'step'), problem);
  checkRounding(entity.limit.creditOnlyCeiling, at('limit', 'creditOnlyCeiling'), problem);

  const maxScore = maxEntityScore(entity);
  doc.grades.forEach((grade, i) => {
    if (grade.minScore > maxScore)
      problem(
        ['grades', i, 'minScore'],
        `grade ${grade.code} needs ${grade.minScore} points but the entity scorecard's highest possible score is ${maxScore}`,
        { rule: 'gradeUnreachable', value: grade.code, min: grade.minScore, max: maxScore },
      );
  });
}

/** The highest score the seven entity components can add up to. */
export function maxEntityScore(entity: EntityParameters): number {
  const c = entity.components;
  const top = (values: readonly number[]) => (values.length === 0 ? 0 : Math.max(...values));
  return (
    maxBinPoints(c.standing.years) +
    top(c.standing.demonstration.levels.map((l) => l.points)) +
    maxBinPoints(c.scale) +
    Math.max(maxBinPoints(c.debtRatio), c.debtRatio.noDebt, c.debtRatio.noAssets) +
    maxBinPoints(c.surplus) +
    top(c.creditRecord.levels.map((l) => l.points)) +
    Math.max(maxBinPoints(c.stability.lease), c.stability.lease.noLease) +
    c.stability.insured +
    c.stability.salesContracts +
    maxBinPoints(c.linkage.householdsDriven) +
    Math.max(
      c.linkage.principalHouseholdGrade.otherwise,
      top(c.linkage.principalHouseholdGrade.levels.map((l) => l.points)),
    )
  );
}

function checkTownship(doc: ModelDocument, township: TownshipParameters, problem: Problem): void {
  const ratings = new Set(doc.village.ratings.map((r) => r.code));
  const shares = new Set<string>();
  township.shares.forEach((share, i) => {
    if (shares.has(share.id))
      problem(['township', 'shares', i, 'id'], `share "${share.id}" appears twice`, {
        rule: 'listedTwice',
        value: share.id,
      });
    shares.add(share.id);
    if (share.ratings.length === 0)
      problem(['township', 'shares', i, 'ratings'], 'a share counts at least one village rating', {
        rule: 'atLeastOne',
      });
    share.ratings.forEach((rating, j) => {
      if (!ratings.has(rating))
        problem(
          ['township', 'shares', i, 'ratings', j],
          `unknown village rating "${rating}" (ratings: ${[...ratings].join(', ')})`,
          { rule: 'unknownCode', value: rating, allowed: [...ratings] },
        );
    });
  });
  if (township.shares.length === 0)
    problem(['township', 'shares'], 'at least one share is needed', { rule: 'atLeastOne' });
  const gates = new Set<string>();
  township.gates.forEach((gate, i) => {
    if (gates.has(gate.id))
      problem(['township', 'gates', i, 'id'], `two gates "${gate.id}"`, {
        rule: 'listedTwice',
        value: gate.id,
      });
    gates.add(gate.id);
  });
  const bands = new Set<string>();
  township.ratings.forEach((band, i) => {
    if (band.code === 'none')
      problem(
        ['township', 'ratings', i, 'code'],
        '"none" is the word for a township that is not a credit township; it cannot be a rating band',
        { rule: 'reservedNone', value: 'none' },
      );
    if (bands.has(band.code))
      problem(['township', 'ratings', i, 'code'], `rating "${band.code}" appears twice`, {
        rule: 'duplicateCode',
        value: band.code,
      });
    bands.add(band.code);
    if (!shares.has(band.share))
      problem(
        ['township', 'ratings', i, 'share'],
        `unknown share "${band.share}" (shares: ${[...shares].join(', ')})`,
        { rule: 'unknownCode', value: band.share, allowed: [...shares] },
      );
  });
}
