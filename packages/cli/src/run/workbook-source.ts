import { readFile } from 'node:fs/promises';
import type { Model, ParsedJson } from '@credit-village/core';
import { type BatchDocument, readWorkbook, type WorkbookLocations } from '@credit-village/workbook';
import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { inputName, readInputText } from '../io/input.js';
import { parseJsonText } from '../io/read-json.js';

/** The input formats a whole batch can be read from. */
export type BatchFormat = 'json' | 'ndjson' | 'xlsx';

/** A whole batch read into memory, and where its records came from when it was a workbook. */
export interface BatchInput {
  readonly name: string;
  readonly document: unknown;
  readonly locations?: WorkbookLocations;
}

/** The largest workbook read (its inflated size is limited separately, against zip bombs). */
export const MAX_WORKBOOK_BYTES = 256 * 1024 * 1024;

/** `--format` when given, else `.xlsx` and `.ndjson` by the file's extension, else JSON. */
export function formatOf(file: string, given: BatchFormat | undefined): BatchFormat {
  if (given !== undefined) return given;
  if (/\.xlsx$/i.test(file)) return 'xlsx';
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  return 'json';
}

/**
 * Reads a whole batch: a batch document, NDJSON lines gathered into one (townships, villages
 * and entities by their `kind`), or a collection workbook.
 *
 * @throws {CliError} when nothing can be read: an unreadable file, bad JSON, or a workbook with
 *   problems of its own, each listed with its sheet, row and column.
 */
export async function readBatchInput(
  file: string,
  format: BatchFormat,
  model: Model,
): Promise<BatchInput> {
  const name = inputName(file);
  if (format === 'xlsx') {
    const imported = readWorkbook(await readBytes(file), { model });
    if (!imported.ok) {
      throw new CliError(
        `${name}：工作簿有 ${imported.issues.length} 处问题，未作评定 (the workbook cannot be read as it is):`,
        imported.issues.map((issue) => `  ${issue.message}`),
      );
    }
    return { name, document: imported.document, locations: imported.locations };
  }
  const text = await readInputText(file);
  if (format === 'json') {
    return { name, document: withoutDuplicates(parseJsonText(text, name), name) };
  }
  return { name, document: gatherLines(name, text) };
}

/** NDJSON lines as one batch document; every line's `evalYear` must agree. */
function gatherLines(name: string, text: string): BatchDocument {
  const document: BatchDocument = { villages: [] };
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const value = withoutDuplicates(
      parseJsonText(line, `${name} line ${i + 1}`),
      `${name} line ${i + 1}`,
    );
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CliError(`${name} line ${i + 1} is not a JSON object`);
    }
    const { kind, evalYear, ...record } = value as Record<string, unknown>;
    if (evalYear !== undefined) {
      if (document.evalYear !== undefined && document.evalYear !== evalYear) {
        throw new CliError(
          `${name} line ${i + 1}: evalYear ${String(evalYear)} differs from an earlier line's ${String(document.evalYear)}; a batch has one evaluation year`,
        );
      }
      document.evalYear = evalYear;
    }
    if (kind === 'entity') {
      document.entities ??= [];
      document.entities.push(record);
    } else if (kind === 'township') {
      document.townships ??= [];
      document.townships.push(record);
    } else if (kind === undefined) document.villages.push(record);
    else
      throw new CliError(
        `${name} line ${i + 1}: unknown kind ${JSON.stringify(kind)} (entity, township, or none for a village)`,
      );
  }
  return document;
}

async function readBytes(file: string): Promise<Uint8Array> {
  const name = inputName(file);
  let bytes: Buffer;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        size += (chunk as Buffer).length;
        if (size > MAX_WORKBOOK_BYTES)
          throw new CliError(`${name} is larger than ${MAX_WORKBOOK_BYTES / 1048576} MB`);
        chunks.push(chunk as Buffer);
      }
      bytes = Buffer.concat(chunks);
    } else {
      bytes = await readFile(file);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${name}: ${fsProblem(error)}`);
  }
  if (bytes.length > MAX_WORKBOOK_BYTES)
    throw new CliError(`${name} is larger than ${MAX_WORKBOOK_BYTES / 1048576} MB`);
  if (bytes.length === 0) throw new CliError(`${name} is empty: there is nothing to evaluate`);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** The value of JSON text, which must not write a key twice: a conversion would keep only one. */
function withoutDuplicates(parsed: ParsedJson, name: string): unknown {
  if (parsed.duplicateKeys.length > 0)
    throw new CliError(
      `${name} writes a key twice (${parsed.duplicateKeys.map((path) => path.join('.')).join(', ')}); only one value could be kept, so fix it first`,
    );
  return parsed.value;
}
