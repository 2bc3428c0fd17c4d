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
import { loadModel } from '../options/model.js';
import { entityReceiptLines } from '../report/entity-receipt.js';
import { issueText } from '../report/issue-text.js';
import { receiptLines } from '../report/receipt.js';

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
 * (said in the output).
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
  const fileYear = typeof wrapped?.evalYear === 'number' ? wrapped.evalYear : undefined;
  const evalYear = flags.evalYear ?? fileYear ?? new Date().getFullYear();
  const yearNote = (flags.evalYear ?? fileYear) ? '' : ' (this year; fix it with --eval-year)';
  if (isEntity) return explainEntityRecord(file, record, { model, evalYear }, flags, yearNote);
  try {
    const explanation = explainHousehold(record, { model, evalYear });
    const advice = nextGradeOptions(record, { model, evalYear });
    const text =
      flags.json === true
        ? `${JSON.stringify({ explanation, advice }, null, 2)}\n`
        : `${receiptLines(explanation, advice, yearNote).join('\n')}\n`;
    await writeText(process.stdout, text);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      `the household record in ${file} is not valid:`,
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
    const text =
      flags.json === true
        ? `${JSON.stringify({ explanation, advice }, null, 2)}\n`
        : `${entityReceiptLines(explanation, advice, options.model, yearNote).join('\n')}\n`;
    await writeText(process.stdout, text);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      `the entity record in ${file} is not valid:`,
      error.issues.map((i) => `  ${issueText(i)}`),
    );
  }
}

/** The duplicate-key paths under a top-level key, relative to it. */
function duplicatesOf(paths: readonly JsonPath[], key: string): JsonPath[] {
  return paths.filter((path) => path[0] === key && path.length > 1).map((path) => path.slice(1));
}
