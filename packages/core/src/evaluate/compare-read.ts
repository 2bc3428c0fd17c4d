import { InputError, type Issue, makeIssue, nonEmpty } from '../issues.js';
import type { ModelStamp } from '../model/model.js';
import { describeType } from '../schema/decimal-text.js';
import type { MoneyText } from '../types/result.js';
import type { ComparisonScale } from './compare-scale.js';

type Path = readonly (string | number)[];

/** What a comparison keeps of a household result. */
export interface ComparedHousehold {
  readonly id: string;
  readonly grade: string;
  readonly score: number;
  readonly creditHousehold: boolean;
  readonly limit: MoneyText;
}

/** What a comparison keeps of a village result: small, so a county's earlier year fits in memory. */
export interface ComparedVillage {
  readonly id: string | null;
  readonly rating: string | null;
  readonly households: readonly ComparedHousehold[];
}

/** A limit as results write it: fen exact, never negative, at most ten billion yuan and change. */
const LIMIT = /^(0|[1-9][0-9]{0,14})\.[0-9]{2}$/;

/** The most issues one village reports (a village of bad records would list them all otherwise). */
const MAX_ISSUES = 50;

/**
 * Reads what a comparison uses of one village of a result document (or NDJSON result line),
 * checked against the scale of the model that made it: ids, the rating (a band of the model,
 * `none` or `null`), and each household's score (a whole number from 0 to the model's highest
 * score), grade (one of the model's), credit-household flag and limit (money).
 *
 * @param path where the village is in its document (`["villages", 3]`), for the issues.
 * @throws {InputError} naming the village, the household and the field of every problem.
 */
export function readComparedVillage(
  value: unknown,
  scale: ComparisonScale,
  model: ModelStamp,
  path: Path,
): ComparedVillage {
  const issues: Issue[] = [];
  const problem = (at: Path, code: Issue['code'], detail: string) => {
    if (issues.length < MAX_ISSUES) issues.push(makeIssue([...at], code, detail));
  };
  if (!isObject(value)) {
    problem(
      path,
      'invalid_type',
      `expected a village result (an object), got ${describeType(value)}`,
    );
    throw new InputError(issues as [Issue], 'not a village result');
  }
  const id = value.id;
  if (id !== null && typeof id !== 'string')
    problem(
      [...path, 'id'],
      'invalid_type',
      `expected a village id or null, got ${describeType(id)}`,
    );
  const villageName = typeof id === 'string' ? `village ${shown(id)}` : 'a village without id';
  const rating = value.rating;
  if (
    rating !== null &&
    (typeof rating !== 'string' || (rating !== 'none' && !scale.ratings.includes(rating)))
  )
    problem(
      [...path, 'rating'],
      'invalid_value',
      `${villageName}: the rating ${typeof rating === 'string' ? shown(rating) : describeType(rating)} is not one of model ${modelName(model)} (${[...scale.ratings, 'none'].join(', ')} or null)`,
    );
  const households: ComparedHousehold[] = [];
  if (!Array.isArray(value.households)) {
    problem(
      [...path, 'households'],
      'invalid_type',
      `${villageName}: expected its households (an array), got ${describeType(value.households)}`,
    );
  } else {
    const grades = new Set(scale.grades);
    for (const [i, h] of value.households.entries()) {
      const at = [...path, 'households', i];
      if (!isObject(h)) {
        problem(
          at,
          'invalid_type',
          `${villageName}: expected a household result, got ${describeType(h)}`,
        );
        continue;
      }
      const name = `${villageName}, household ${typeof h.id === 'string' ? shown(h.id) : `#${i}`}`;
      const { id: hid, grade, score, creditHousehold, limit } = h;
      if (typeof hid !== 'string')
        problem(
          [...at, 'id'],
          'invalid_type',
          `${name}: expected a household id, got ${describeType(hid)}`,
        );
      if (
        typeof score !== 'number' ||
        !Number.isInteger(score) ||
        score < 0 ||
        score > scale.maxScore
      )
        problem(
          [...at, 'score'],
          typeof score === 'number'
            ? score > scale.maxScore
              ? 'too_big'
              : 'invalid_value'
            : 'invalid_type',
          `${name}: the score ${typeof score === 'number' ? shown(String(score)) : describeType(score)} is not one model ${modelName(model)} gives (a whole number from 0 to ${scale.maxScore})`,
        );
      if (typeof grade !== 'string' || !grades.has(grade))
        problem(
          [...at, 'grade'],
          'invalid_value',
          `${name}: the grade ${typeof grade === 'string' ? shown(grade) : describeType(grade)} is not one of model ${modelName(model)} (${scale.grades.join(', ')})`,
        );
      if (typeof creditHousehold !== 'boolean')
        problem(
          [...at, 'creditHousehold'],
          'invalid_type',
          `${name}: expected true or false, got ${describeType(creditHousehold)}`,
        );
      if (typeof limit !== 'string' || !LIMIT.test(limit))
        problem(
          [...at, 'limit'],
          'invalid_decimal',
          `${name}: the limit is not an amount of money written with 2 decimals`,
        );
      if (issues.length === 0)
        households.push({
          id: hid as string,
          grade: grade as string,
          score: score as number,
          creditHousehold: creditHousehold as boolean,
          limit: limit as string,
        });
    }
  }
  if (nonEmpty(issues)) throw new InputError(issues, 'not a result of the model it names');
  return { id: id as string | null, rating: rating as string | null, households };
}

/**
 * Reads a result's model stamp `{ id, version, hash }`.
 *
 * @throws {InputError} when it is not one.
 */
export function readModelStamp(value: unknown, path: Path): ModelStamp {
  if (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.version === 'number' &&
    Number.isInteger(value.version) &&
    typeof value.hash === 'string' &&
    /^sha256:[0-9a-f]{64}$/.test(value.hash)
  )
    return { id: value.id, version: value.version, hash: value.hash };
  throw new InputError(
    [
      makeIssue(
        [...path],
        'invalid_value',
        'expected the model a result was evaluated with: { "id", "version", "hash": "sha256:…" }',
      ),
    ],
    'not a result document',
  );
}

/** `wangjiang-default v1`. */
export function modelName(model: ModelStamp): string {
  return `${shown(model.id)} v${model.version}`;
}

/** A text from a document as a message shows it: whole when short, cut when long. */
function shown(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
