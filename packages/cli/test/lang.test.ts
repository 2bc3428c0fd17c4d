import { describe, expect, it } from 'vitest';
import { reportLanguage } from '../src/report/issue-language.js';
import { runCli, VECTORS } from './helpers/cli.js';

const INVALID = `${VECTORS}/invalid.json`;

/** Latin words left once quoted values (「…」) and the ids the lines name are taken out. */
function englishWords(text: string): string[] {
  const unquoted = text.replace(/「[^」]*」/g, '').replace(/"[^"]*"/g, '');
  const words = unquoted.replace(/m²/g, '').match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  return words.filter(
    (w) => !/^(V\d|b-[a-z0-9-]+|bad-[a-z0-9-]+|H\d+|[A-Z]{1,3}\d*|JSON|ok-[a-z0-9-]+)$/.test(w),
  );
}

describe('the language of problem lines', () => {
  it('--lang zh names fields and says problems in a clerk’s words, with no English sentence', async () => {
    const run = await runCli(['validate', INVALID, '--lang', 'zh']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(10);
    expect(run.stdout).toContain('房屋 1 › 面积（m²）：最多 2 位小数，填写的是「120.555」');
    expect(run.stdout).toContain('未通过：');
    for (const line of lines) expect(englishWords(line), line).toEqual([]);
  });

  it('--lang en keeps the JSON paths integrators read', async () => {
    const run = await runCli(['validate', INVALID, '--lang', 'en']);
    expect(run.stdout).toContain('houses[0].areaM2: at most 2 decimal places, got "120.555"');
    expect(run.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('follows the locale when --lang is not given', async () => {
    const zh = await runCli(['validate', INVALID], {
      env: { CREDIT_VILLAGE_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' },
    });
    expect(zh.stdout).toContain('最多 2 位小数');
    const en = await runCli(['validate', INVALID], {
      env: { CREDIT_VILLAGE_LANG: '', LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' },
    });
    expect(en.stdout).toContain('at most 2 decimal places');
  });

  it('decides by LC_ALL, LC_MESSAGES, LANG in that order; C and POSIX defer to the system', () => {
    expect(reportLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(reportLanguage({ LANG: 'zh_TW.Big5' })).toBe('zh');
    expect(reportLanguage({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(reportLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(reportLanguage({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(reportLanguage({ CREDIT_VILLAGE_LANG: 'zh', LANG: 'en_US.UTF-8' })).toBe('zh');
    const system = /^zh/.test(Intl.DateTimeFormat().resolvedOptions().locale) ? 'zh' : 'en';
    expect(reportLanguage({ LANG: 'C.UTF-8' })).toBe(system);
    expect(reportLanguage({})).toBe(system);
  });

  it('an unusable file is said in Chinese too, without quoting it', async () => {
    const run = await runCli(['validate', '-', '--lang', 'zh'], {
      input: '{"evalYear": 2024, "villages": [王小明]}',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不是有效的 JSON（第 33 列附近）');
    expect(run.stderr).not.toContain('王');
  });
});
