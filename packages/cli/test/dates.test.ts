import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, type CliRun, REPO_ROOT, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// The dates a clerk sees: "today" and "this year" are China's (UTC+8), whatever the machine's
// clock zone; a notice period is plain calendar arithmetic within the evaluation years.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

/** 2024-12-31 20:00 UTC: already 2025-01-01 04:00 in China. */
const NEW_YEAR_IN_CHINA = Date.UTC(2024, 11, 31, 20, 0, 0);

/** Runs the command with its clock stopped at `now` (a module preloaded with --import). */
function runAt(now: number, args: readonly string[], tz = 'UTC'): Promise<CliRun> {
  const clock = `const t = ${now}; const Real = Date; globalThis.Date = class extends Real { constructor(...a) { super(...(a.length > 0 ? a : [t])); } static now() { return t; } };`;
  const preload = `data:text/javascript,${encodeURIComponent(clock)}`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', preload, BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, TZ: tz },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

describe('today in China', () => {
  it("the notice starts on China's date when no --date is given, in any clock zone", async () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Shanghai']) {
      const dir = join(temporary.path, tz.replace('/', '-'));
      const golden = join(VECTORS, 'golden.json');
      const run = await runAt(
        NEW_YEAR_IN_CHINA,
        ['notice', golden, '--village', 'golden', '--out-dir', dir],
        tz,
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('period 2025-01-01 to 2025-01-07');
    }
  });

  it("explain without a year uses China's current year, and says so", async () => {
    const household = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/household.json'), 'utf8'));
    const bare = join(temporary.path, 'bare-household.json');
    writeFileSync(bare, JSON.stringify(household.household ?? household));
    const run = await runAt(NEW_YEAR_IN_CHINA, ['explain', bare], 'America/New_York');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/evaluation year 2025 \(the current year in China/);
  });
});

describe('notice --date', () => {
  it.each([
    ['9999-12-31', '7'],
    ['2100-12-30', '7'],
    ['1899-12-31', '7'],
  ])(
    'refuses a period that leaves 1900 to 2100 (%s, %s days): status 2, no year 10000',
    async (date, days) => {
      const run = await runCli([
        'notice',
        join(VECTORS, 'golden.json'),
        '--village',
        'golden',
        '--date',
        date,
        '--days',
        days,
        '--out-dir',
        temporary.path,
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/between 1900-01-01 and 2100-12-31/);
      expect(run.stdout + run.stderr).not.toMatch(/10000/);
    },
  );
});
