import { batchToWorkbook } from '@credit-village/workbook';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { openFileOutput } from '../io/file-output.js';
import { stdoutOutput } from '../io/stdout.js';
import { loadModel } from '../options/model.js';
import { safeText } from '../report/safe-text.js';
import { type BatchFormat, readBatchInput } from '../run/workbook-source.js';
import { writeBytes } from './template.js';

/** The flags of `credit-village convert`. */
export interface ConvertFlags {
  readonly to: BatchFormat;
  readonly format?: BatchFormat;
  readonly output?: string;
  readonly model?: string;
  readonly evalYear?: number;
}

/**
 * `credit-village convert <in> --to json|ndjson|xlsx`: the same batch in another format,
 * without evaluating it. NDJSON has one line per township (`"kind": "township"`, first), village
 * (with `evalYear`) and entity (`"kind": "entity"`). What a workbook cannot hold (`meta`, a
 * household's `review`, empty objects) is listed on standard error.
 *
 * @returns 0 when everything was converted, 1 when some parts could not be held (listed).
 * @throws {CliError} when the input cannot be read (status 2).
 */
export async function convertCommand(file: string, flags: ConvertFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const input = await readBatchInput(file, flags.format ?? formatFromName(file), model);
  const document = (
    typeof input.document === 'object' && input.document !== null && !Array.isArray(input.document)
      ? { ...input.document }
      : input.document
  ) as Record<string, unknown>;
  if (flags.evalYear !== undefined) document.evalYear = flags.evalYear;
  if (flags.to === 'xlsx') {
    const written = batchToWorkbook(document, { model });
    await writeBytes(written.bytes, flags.output);
    for (const line of lostLines(written.lost)) process.stderr.write(`${safeText(line)}\n`);
    return written.lost.length > 0 ? EXIT.invalidRecords : EXIT.ok;
  }
  const text = flags.to === 'json' ? `${JSON.stringify(document, null, 2)}\n` : ndjson(document);
  await writeText(text, flags.output);
  return EXIT.ok;
}

function formatFromName(file: string): BatchFormat {
  if (/\.xlsx$/i.test(file)) return 'xlsx';
  if (/\.(ndjson|jsonl)$/i.test(file)) return 'ndjson';
  return 'json';
}

function ndjson(document: Record<string, unknown>): string {
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const lines: string[] = [];
  for (const township of list(document.townships))
    lines.push(JSON.stringify({ kind: 'township', ...township }));
  for (const village of list(document.villages)) {
    lines.push(
      JSON.stringify(
        document.evalYear === undefined ? village : { evalYear: document.evalYear, ...village },
      ),
    );
  }
  // An entity's line carries the year as a village's does: its registration year is checked against it.
  for (const entity of list(document.entities))
    lines.push(
      JSON.stringify(
        document.evalYear === undefined
          ? { kind: 'entity', ...entity }
          : { kind: 'entity', evalYear: document.evalYear, ...entity },
      ),
    );
  return lines.map((line) => `${line}\n`).join('');
}

async function writeText(text: string, path: string | undefined): Promise<void> {
  const output = path === undefined ? stdoutOutput() : await openFileOutput(path);
  try {
    await output.write(text);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}

/** How many places of one kind of loss are named before the rest are counted. */
const NAMED = 5;

/**
 * What a workbook could not hold, one line per kind of loss: its places (the first few named,
 * the rest counted), so a county with `meta` on 279 households reads as one line, not 279.
 */
export function lostLines(
  lost: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
    readonly en: string;
  }[],
): string[] {
  const byKind = new Map<string, string[]>();
  for (const item of lost) {
    const kind = `${item.message} (${item.en})`;
    const places = byKind.get(kind) ?? [];
    places.push(item.path.join('.'));
    byKind.set(kind, places);
  }
  return [...byKind].map(([kind, places]) => {
    const named = places.slice(0, NAMED).join(', ');
    const more =
      places.length > NAMED ? ` 等共 ${places.length} 处 (${places.length} places in all)` : '';
    return `${kind}：${named}${more}`;
  });
}
