import {
  explainEntity,
  explainHousehold,
  InputError,
  type JsonPath,
  type Model,
  nextEntityGradeOptions,
  nextGradeOptions,
  ParsedJson,
} from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { readJsonInput } from '../io/read-json.js';
import { writeText } from '../io/write-text.js';
import { chinaYear } from '../options/date.js';
import { loadModel } from '../options/model.js';
import { entityReceiptLines } from '../report/entity-receipt.js';
import { issueText } from '../report/issue-text.js';
import { receiptLines } from '../report/receipt.js';
import { printLines } from '../report/safe-text.js';

/** The flags of `credit-village explain`. */
export interface ExplainFlags {
  readonly model?: string;
  readonly evalYear?: number;
  readonly json?: boolean;
}

/**
 * `credit-village explain <household.json | entity.json>`: the full calculation receipt of one
 * household or entity (docs/model.md §8) and the smallest changes that would reach the next
 * grade. The file holds a record, or `{ "evalYear": 2024, "household": { … } }` /
 * `{ "evalYear": 2024, "entity": { … } }`; a bare record is an entity when it has a `mainLine`
 * or a `registeredYear`. The year is `--eval-year`, else the file's, else the current year
 * in China (said in the output).
 *
 * @throws {CliError} when the file or the record is unusable (status 2).
 */
export async function explainCommand(file: string, flags: ExplainFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const parsed = await readJsonInput(file, 'the record');
  const input = parsed.value;
  const key = wrapperKey(input);
  const wrapped =
    key === undefined ? undefined : (input as { evalYear?: unknown } & Record<string, unknown>);
  const isEntity = key === 'entity' || (key === undefined && looksLikeEntity(input));
  // Keys written twice inside the record are the record's errors; around it, the file's.
  const record =
    wrapped === undefined || key === undefined
      ? parsed
      : new ParsedJson(wrapped[key], duplicatesOf(parsed.duplicateKeys, key));
  const outside = parsed.duplicateKeys.filter((path) => key !== undefined && path[0] !== key);
  if (outside.length > 0)
    throw new CliError(
      `${file} writes a key twice: ${outside.map((path) => path.join('.')).join(', ')}; only one value can count`,
    );
  // A year beside the record is used whatever it holds (the core checks it): a malformed one
  // is an error, never silently replaced by the current year. --eval-year overrides it.
  const inFile = wrapped !== undefined && 'evalYear' in wrapped;
  const evalYear = (flags.evalYear ?? (inFile ? wrapped.evalYear : chinaYear())) as number;
  const yearNote =
    flags.evalYear === undefined && !inFile
      ? ' (the current year in China: none was given; choose one with --eval-year)'
      : '';
  if (isEntity) return explainEntityRecord(file, record, { model, evalYear }, flags, yearNote);
  try {
    const explanation = explainHousehold(record, { model, evalYear });
    const advice = nextGradeOptions(record, { model, evalYear });
    if (flags.json === true)
      await writeText(process.stdout, `${JSON.stringify({ explanation, advice }, null, 2)}\n`);
    else await printLines(receiptLines(explanation, advice, yearNote));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const aboutYear = error.issues.every((i) => i.path[0] === 'evalYear');
    throw new CliError(
      aboutYear
        ? `the evaluation year in ${file} is not usable (or give --eval-year):`
        : `the household record in ${file} is not valid:`,
      error.issues.map((i) => `  ${issueText(i)}`),
    );
  }
}

/** `household` or `entity` when the file wraps its record in that key. */
function wrapperKey(input: unknown): 'household' | 'entity' | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  if ('household' in input) return 'household';
  if ('entity' in input) return 'entity';
  return undefined;
}

/** A bare entity record: fields only an entity has. */
function looksLikeEntity(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    ('mainLine' in input || 'registeredYear' in input)
  );
}

/** The receipt and advice of an entity record (docs/model.md §8). */
async function explainEntityRecord(
  file: string,
  record: unknown,
  options: { readonly model: Model; readonly evalYear: number },
  flags: ExplainFlags,
  yearNote: string,
): Promise<ExitStatus> {
  try {
    const explanation = explainEntity(record, options);
    const advice = nextEntityGradeOptions(record, options);
    if (flags.json === true)
      await writeText(process.stdout, `${JSON.stringify({ explanation, advice }, null, 2)}\n`);
    else await printLines(entityReceiptLines(explanation, advice, options.model, yearNote));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const aboutYear = error.issues.every((i) => i.path[0] === 'evalYear');
    throw new CliError(
      aboutYear
        ? `the evaluation year in ${file} is not usable (or give --eval-year):`
        : `the entity record in ${file} is not valid:`,
      error.issues.map((i) => `  ${issueText(i)}`),
    );
  }
}

/** The duplicate-key paths under a top-level key, relative to it. */
function duplicatesOf(paths: readonly JsonPath[], key: string): JsonPath[] {
  return paths.filter((path) => path[0] === key && path.length > 1).map((path) => path.slice(1));
}
