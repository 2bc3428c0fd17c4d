import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// --output (and notice) on what is not a plain file: a FIFO, a character device, a symbolic
// link, a read-only file, a directory. Atomic replacement (a temporary file renamed over the
// path) is for regular files only; anything else is written directly or refused clearly.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
const golden = join(VECTORS, 'golden.json');
const county = join(REPO_ROOT, 'examples/county.json');
let expected = '';

beforeAll(async () => {
  expected = (await runCli(['evaluate', golden])).stdout;
});

function path(name: string): string {
  return join(temporary.path, name);
}

/** The names in a folder that look like our temporary files. */
function leftovers(dir = temporary.path): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

/** Reads a FIFO in a child process (`cat`), so a reader that never gets a writer cannot hang the test. */
function readFifo(fifo: string): { text: () => Promise<string>; stop: () => void } {
  const child = spawn('cat', [fifo]);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    text: async () => {
      await closed;
      return Buffer.concat(chunks).toString('utf8');
    },
    stop: () => child.kill('SIGKILL'),
  };
}

describe('--output on special files', () => {
  it('writes into a FIFO and leaves it a FIFO', async () => {
    const fifo = path('results.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = readFifo(fifo);
    const run = await runCli(['evaluate', golden, '--output', fifo]);
    reader.stop(); // a reader still waiting (the FIFO was replaced) gets nothing more
    expect(run.status, run.stderr).toBe(0);
    expect(await reader.text()).toBe(expected);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('writes into a character device (a null device of its own) and leaves it a device', async () => {
    const device = path('null-device');
    // mknod needs root, which the tests run as; the device is the kernel's null device (1, 3).
    const made = spawnSync('mknod', [device, 'c', '1', '3']);
    expect(made.status, String(made.stderr)).toBe(0);
    const run = await runCli(['evaluate', golden, '--output', device]);
    expect(run.status, run.stderr).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('writes through a link to standard output, leaving the link a link', async () => {
    const link = path('to-stdout');
    symlinkSync('/dev/stdout', link);
    const run = await runCli(['evaluate', golden, '--output', link]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(expected);
    expect(readlinkSync(link)).toBe('/dev/stdout');
    expect(leftovers()).toEqual([]);
  });

  it('refuses a directory (status 2), changing nothing', async () => {
    const dir = path('a-directory');
    mkdirSync(dir);
    const run = await runCli(['evaluate', golden, '--output', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is a directory/);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe('--output through a symbolic link', () => {
  it('follows a link to a regular file: the file is replaced, the link stays a link', async () => {
    const dir = path('linked');
    mkdirSync(dir);
    const target = join(dir, 'target.json');
    writeFileSync(target, 'old\n');
    const link = path('link.json');
    symlinkSync(target, link);
    const run = await runCli(['evaluate', golden, '--output', link]);
    expect(run.status, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe(expected);
    expect(leftovers()).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('follows a link to a FIFO and writes into the FIFO', async () => {
    const fifo = path('linked.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const link = path('fifo-link');
    symlinkSync(fifo, link);
    const reader = readFifo(fifo);
    const run = await runCli(['evaluate', golden, '--output', link]);
    reader.stop();
    expect(run.status, run.stderr).toBe(0);
    expect(await reader.text()).toBe(expected);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a link to nothing (status 2), leaving the link as it was', async () => {
    const link = path('dangling.json');
    symlinkSync(path('no-such-target.json'), link);
    const run = await runCli(['evaluate', golden, '--output', link]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/dangling\.json.*link to .*which does not exist/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(path('no-such-target.json'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

describe('--output keeps a file as its owner set it', () => {
  it.each([0o600, 0o640, 0o604])(
    'keeps the mode of a file (%i) with --include-personal',
    async (mode) => {
      const out = path(`personal-${mode.toString(8)}.json`);
      writeFileSync(out, 'old\n');
      chmodSync(out, mode);
      const run = await runCli(['evaluate', county, '--include-personal', '--output', out]);
      expect(run.status, run.stderr).toBe(0);
      expect(statSync(out).mode & 0o7777).toBe(mode);
      expect(readFileSync(out, 'utf8')).toContain('"head": {');
    },
  );

  it('keeps the owner and group of a file root replaces', async () => {
    const out = path('owned.json');
    writeFileSync(out, 'old\n');
    chownSync(out, 65534, 65534);
    const run = await runCli(['evaluate', golden, '--output', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(statSync(out)).toMatchObject({ uid: 65534, gid: 65534 });
  });

  it('refuses a read-only file (status 2) and leaves it untouched', async () => {
    // As root every file is writable: an ordinary user sees the file as read-only.
    const dir = path('shared');
    mkdirSync(dir);
    chmodSync(temporary.path, 0o711);
    chmodSync(dir, 0o777);
    const input = join(dir, 'golden.json');
    writeFileSync(input, readFileSync(golden));
    const out = join(dir, 'read-only.json');
    writeFileSync(out, 'the last good results\n');
    chmodSync(out, 0o444);
    chownSync(out, 65534, 65534);
    const run = await runCli(['evaluate', input, '--output', out], { uid: 65534, gid: 65534 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/read-only\.json is read-only/);
    expect(readFileSync(out, 'utf8')).toBe('the last good results\n');
    expect(statSync(out).mode & 0o7777).toBe(0o444);
    expect(leftovers(dir)).toEqual([]);
  });

  it('gives a new file the usual mode of a new file (0666 less the umask)', async () => {
    const out = path('new.json');
    const run = await runCli(['evaluate', golden, '--output', out]);
    expect(run.status).toBe(0);
    const umask = process.umask();
    expect(statSync(out).mode & 0o777).toBe(0o666 & ~umask);
  });
});

describe('a run that writes to a special file but then fails', () => {
  it('writes nothing into a FIFO when the input is unusable (status 2)', async () => {
    const fifo = path('unused.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = readFifo(fifo);
    const child = spawn(process.execPath, [BIN, 'evaluate', '-', '--output', fifo]);
    child.stdin.end('not json');
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    reader.stop();
    expect(status).toBe(2);
    expect(await reader.text()).toBe('');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
