import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root (`packages/cli/test/helpers` is four levels below it). */
export const REPO_ROOT = resolve(here, '../../../..');

/** The repository's copy of the test vectors. */
export const VECTORS = resolve(REPO_ROOT, 'test/vectors');

/** The built command: tests assume `npm run build` has run. */
export const BIN = resolve(REPO_ROOT, 'packages/cli/bin/credit-village.js');

/** What a run of the command gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `credit-village …` to its end, feeding `input` to standard input when given. */
export function runCli(
  args: readonly string[],
  options: {
    readonly input?: string | Buffer;
    readonly cwd?: string;
    readonly env?: Readonly<Record<string, string>>;
    /** Run as this user (tests of permissions, when the tests run as root). */
    readonly uid?: number;
    readonly gid?: number;
  } = {},
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      // English problem lines unless a test asks otherwise, whatever the machine's locale.
      env: { ...process.env, NO_COLOR: '1', CREDIT_VILLAGE_LANG: 'en', ...options.env },
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolvePromise({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** Reads a vector file (`golden.json`, `invalid.expected.json`, …) as JSON. */
export function readVector(name: string): unknown {
  return JSON.parse(readFileSync(join(VECTORS, name), 'utf8'));
}

/** A fresh temporary directory, and a function that removes it. */
export function temporaryDirectory(): { readonly path: string; readonly remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'credit-village-cli-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A batch document's villages as NDJSON, each line carrying the document's `evalYear`. */
export function toNdjson(document: { evalYear: number; villages: readonly unknown[] }): string {
  return document.villages
    .map(
      (village) => `${JSON.stringify({ evalYear: document.evalYear, ...(village as object) })}\n`,
    )
    .join('');
}

/** The result lines of an NDJSON run, parsed. */
export function parseLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
