import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './helpers/cli.js';

// Every command describes itself, with examples, and help is not an error (status 0).

describe('--help', () => {
  it('lists the commands, examples and exit statuses', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: credit-village \[options\] \[command\]/);
    for (const command of ['evaluate', 'validate', 'model', 'schema']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit status: 0 every record valid; 1 some household');
  });

  it.each([
    [
      ['evaluate'],
      [
        '<file>',
        '--model <file>',
        '--eval-year <year>',
        '--format <format>',
        '--output <file>',
        '--include-personal',
        '| head -1',
      ],
    ],
    [['validate'], ['<file>', '--model <file>', '--eval-year <year>', '--format <format>']],
    [['model'], ['show', 'check']],
    [
      ['model', 'show'],
      ['--model <file>', '--document-only'],
    ],
    [
      ['model', 'check'],
      ['<file>', 'Exit status: 0 a valid model'],
    ],
    [['schema'], ['<kind>', 'batch', 'household', 'village', 'model', 'result']],
  ])('describes %j with its options and examples', async (command, mentions) => {
    const run = await runCli([...command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: credit-village ${command.join(' ')} `));
    expect(run.stdout).toContain('Examples:');
    for (const text of mentions) expect(run.stdout).toContain(text);
  });

  it('works as `help <command>` too', async () => {
    const run = await runCli(['help', 'evaluate']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--include-personal');
  });

  it('is shown, with status 2, when no command is given', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: credit-village');
  });
});

describe('--version', () => {
  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as {
      version: string;
    };
    const run = await runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });
});
