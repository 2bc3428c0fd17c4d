import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultModel, ISSUE_CODES, jsonSchema, type SchemaKind } from '@credit-village/core';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The user documentation must keep up with the code: every field name of every JSON Schema the
 * core exports appears in the document that describes it, as a code span; every model hash
 * quoted is the default model's; every relative link and anchor of the docs and READMEs
 * resolves; every command of the program, with each of its flags and its exit statuses, is in
 * section 14 of `docs/formats.md`; every issue code is in its section 7. Each failure names
 * what is missing.
 */
const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));

/**
 * Which document describes each schema kind. A `Record` over `SchemaKind`, so a kind added to
 * the core without a line here is a type error (the repo's tests are type-checked).
 */
const DOCUMENT_OF: Record<SchemaKind, string> = {
  batch: 'formats.md',
  village: 'formats.md',
  household: 'formats.md',
  entity: 'formats.md',
  township: 'formats.md',
  result: 'formats.md',
  model: 'model.md',
  objections: 'formats.md',
  ledger: 'formats.md',
};

/** Keywords of JSON Schema whose value is one subschema, or a list of them. */
const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];
const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas (only `properties` names are fields). */
const SUBSCHEMA_MAPS = ['$defs', 'definitions', 'patternProperties', 'dependentSchemas'];

/** Every property name in a JSON Schema, at any depth. */
function propertyNames(schema: unknown, names = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return names;
  const node = schema as Record<string, unknown>;
  const properties = node.properties;
  if (typeof properties === 'object' && properties !== null) {
    for (const [name, sub] of Object.entries(properties)) {
      names.add(name);
      propertyNames(sub, names);
    }
  }
  for (const key of SUBSCHEMA) propertyNames(node[key], names);
  for (const key of SUBSCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) for (const sub of list) propertyNames(sub, names);
  }
  for (const key of SUBSCHEMA_MAPS) {
    const map = node[key];
    if (typeof map === 'object' && map !== null)
      for (const sub of Object.values(map)) propertyNames(sub, names);
  }
  return names;
}

/** The contents of every inline code span (`` `name` ``) of a Markdown text. */
function codeSpans(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string));
}

function readDoc(name: string): string {
  return readFileSync(join(DOCS, name), 'utf8');
}

/** Every file under `docs/`, recursively, as a path relative to it. */
function docFiles(dir = DOCS, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? docFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe('the helpers', () => {
  it('find property names at every depth, and only property names', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'array', items: { type: 'object', properties: { b: { type: 'string' } } } },
        c: { anyOf: [{ type: 'null' }, { type: 'object', properties: { d: {} } }] },
      },
      required: ['a', 'notAProperty'],
      $defs: { e: { properties: { f: {} } } },
    };
    expect([...propertyNames(schema)].sort()).toEqual(['a', 'b', 'c', 'd', 'f']);
  });

  it('read code spans, and nothing outside them', () => {
    const spans = codeSpans('the `houses` field and `areaM2`; plain areaM3 and ``');
    expect(spans.has('houses')).toBe(true);
    expect(spans.has('areaM2')).toBe(true);
    expect(spans.has('areaM3')).toBe(false);
  });
});

describe('docs/ describes every field of the exported JSON Schemas', () => {
  for (const [kind, document] of Object.entries(DOCUMENT_OF) as [SchemaKind, string][]) {
    it(`${kind}: every property name is a code span in docs/${document}`, () => {
      const names = propertyNames(jsonSchema(kind));
      // The walk must have found the schema's fields at all (a schema shape the walker misses
      // would make this test pass vacuously).
      expect(names.size).toBeGreaterThan(kind === 'ledger' ? 8 : 10);
      const spans = codeSpans(readDoc(document));
      const missing = [...names].filter((name) => !spans.has(name)).sort();
      expect(missing, `fields of the ${kind} schema not documented in docs/${document}`).toEqual(
        [],
      );
    });
  }

  it('walks into nested schemas (a field deep in each schema is found)', () => {
    expect(propertyNames(jsonSchema('household')).has('areaM2')).toBe(true);
    expect(propertyNames(jsonSchema('batch')).has('yearBuilt')).toBe(true);
    expect(propertyNames(jsonSchema('result')).has('limitBoundBy')).toBe(true);
    expect(propertyNames(jsonSchema('model')).has('rentPerMu')).toBe(true);
  });
});

describe('docs/ stands alone', () => {
  it('no file under docs/ points at the reference folder outside the repository', () => {
    const files = docFiles();
    expect(files).toContain('formats.md');
    // The folder's name is assembled so that this file itself names no path outside the repository.
    const outside = ['..', 'shared'].join('/');
    const offending = files.filter((file) => readFileSync(join(DOCS, file)).includes(outside));
    expect(offending).toEqual([]);
  });
});

describe('docs/ quote the default model as it is', () => {
  it("every model hash the docs and the README quote is the default model's hash", () => {
    const texts = [...docFiles().map((file) => readFileSync(join(DOCS, file), 'utf8'))];
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const hashes = texts.flatMap((text) => text.match(/sha256:[0-9a-f]{64}/g) ?? []);
    expect(hashes.length).toBeGreaterThan(0);
    expect(new Set(hashes)).toEqual(new Set([defaultModel().hash]));
    // The README shortens it to its first 8 digits.
    for (const short of readme.match(/sha256:[0-9a-f]{8}…/g) ?? [])
      expect(short).toBe(`${defaultModel().hash.slice(0, 15)}…`);
  });
});

/** The repository's root, and the Markdown files whose links are checked. */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LINKED_FILES = [
  'README.md',
  ...docFiles()
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
  ...['core', 'workbook', 'cli'].flatMap((pkg) => [
    `packages/${pkg}/README.md`,
    `packages/${pkg}/CHANGELOG.md`,
  ]),
];

/** Markdown without its fenced code blocks (their lines kept empty, so line numbers hold). */
function withoutFences(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line;
    })
    .join('\n');
}

/** Every inline link or image target of a Markdown text, outside code, with its line. */
function linkTargets(markdown: string): { target: string; line: number }[] {
  const lines = withoutFences(markdown).split('\n');
  return lines.flatMap((text, i) =>
    [...text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({
      target: m[1] as string,
      line: i + 1,
    })),
  );
}

/**
 * GitHub's anchor of a heading: its text as rendered (code marks, emphasis and link targets
 * dropped), lower-cased, every character but letters, marks, digits, `_`, `-` and spaces
 * removed, spaces turned into hyphens; a repeated anchor gets `-1`, `-2`, ….
 */
function headingSlugs(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const slugs = new Set<string>();
  for (const line of withoutFences(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading === null) continue;
    const text = (heading[1] as string)
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .toLowerCase();
    const base = text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/** Why a relative link of `file` does not resolve, or `undefined` when it does. */
function brokenLink(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto:: not checked here
  const hash = target.indexOf('#');
  const path = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
  const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
  const resolved = path === '' ? join(ROOT, file) : join(ROOT, dirname(file), path);
  if (!existsSync(resolved)) return `${relative(ROOT, resolved)} does not exist`;
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith('.md')) return `#${anchor} points into a file that is not Markdown`;
  return headingSlugs(readFileSync(resolved, 'utf8')).has(anchor)
    ? undefined
    : `no heading of ${relative(ROOT, resolved)} has the anchor #${anchor}`;
}

describe('the link helpers', () => {
  it("make GitHub's anchors, repeats numbered", () => {
    const slugs = headingSlugs(
      [
        '# Title',
        '## 5. `assets`: key-asset value (重点资产价值)',
        '## 11. Worked examples H1–H9 and V1–V4',
        '### 16.4 The objections report (`objections --json`, `trackObjections`)',
        '## 13. `township` and `county`: credit townships (信用乡镇、信用县)',
        '## Notes',
        '## Notes',
        '```md',
        '## Not a heading',
        '```',
      ].join('\n'),
    );
    expect([...slugs]).toEqual([
      'title',
      '5-assets-key-asset-value-重点资产价值',
      '11-worked-examples-h1h9-and-v1v4',
      '164-the-objections-report-objections---json-trackobjections',
      '13-township-and-county-credit-townships-信用乡镇信用县',
      'notes',
      'notes-1',
    ]);
  });

  it('find links outside code only, and judge them', () => {
    const text = 'See [a](docs/model.md#3-rounding) and `[b](nowhere.md)`.\n```\n[c](gone.md)\n```';
    expect(linkTargets(text)).toEqual([{ target: 'docs/model.md#3-rounding', line: 1 }]);
    expect(brokenLink('README.md', 'docs/model.md#3-rounding')).toBeUndefined();
    expect(brokenLink('README.md', 'docs/model.md#99-nothing')).toMatch(/no heading/);
    expect(brokenLink('README.md', 'docs/nothing.md')).toMatch(/does not exist/);
    expect(brokenLink('docs/formats.md', 'model.md')).toBeUndefined();
    expect(brokenLink('README.md', 'https://example.com/x#y')).toBeUndefined();
  });
});

describe('every relative link and anchor of the documentation resolves', () => {
  for (const file of LINKED_FILES) {
    it(file, () => {
      const links = linkTargets(readFileSync(join(ROOT, file), 'utf8'));
      const broken = links.flatMap(({ target, line }) => {
        const why = brokenLink(file, target);
        return why === undefined ? [] : [`${file}:${line}: ${target}: ${why}`];
      });
      expect(broken).toEqual([]);
    });
  }

  it('checks a fair number of links (the walk found them at all)', () => {
    const count = LINKED_FILES.reduce(
      (n, file) => n + linkTargets(readFileSync(join(ROOT, file), 'utf8')).length,
      0,
    );
    expect(count).toBeGreaterThan(40);
  });
});

/** What the test reads of a commander command. */
interface CommandShape {
  name(): string;
  readonly commands: readonly CommandShape[];
  readonly options: readonly { readonly short?: string; readonly long?: string }[];
}

/** Every command that runs (leaves: `model show`, not `model`), with its path of names. */
function leafCommands(
  command: CommandShape,
  prefix: readonly string[] = [],
): { readonly path: string; readonly command: CommandShape }[] {
  return command.commands.flatMap((sub) => {
    const path = [...prefix, sub.name()];
    return sub.commands.length === 0
      ? [{ path: path.join(' '), command: sub }]
      : leafCommands(sub, path);
  });
}

/** The text of a Markdown section: from its heading to the next heading of its level or higher. */
function section(markdown: string, heading: RegExp): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start === -1) return '';
  const level = (/^#+/.exec(lines[start] as string)?.[0] ?? '#').length;
  const end = lines.findIndex(
    (line, i) => i > start && /^#+\s/.test(line) && (/^#+/.exec(line)?.[0].length ?? 0) <= level,
  );
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

/** Whether a flag (`--model`, `-m`) is written in a text as a flag, not inside a longer one. */
function mentionsFlag(text: string, flag: string): boolean {
  const escaped = flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w-])${escaped}(?![\\w-])`).test(text);
}

describe('docs/formats.md section 14 describes every command of the program', () => {
  let program: CommandShape;
  const formats = readDoc('formats.md');
  const commandLine = section(formats, /^## 14\. /);
  const exitTable = section(commandLine, /^### 14\.1 /);

  beforeAll(async () => {
    // Loaded from the source, so the test follows the code without a build. The specifier is
    // computed, so the type-check of the repository's tests does not walk into the command.
    const url = new URL('../packages/cli/src/program.ts', import.meta.url).href;
    const { createProgram } = (await import(url)) as {
      createProgram(done: (status: number) => void): CommandShape;
    };
    program = createProgram(() => {});
  }, 120_000);

  it('finds the commands and the section at all', () => {
    expect(leafCommands(program).length).toBeGreaterThanOrEqual(15);
    expect(commandLine).toMatch(/^## 14\. The command line/);
    expect(exitTable).toMatch(/^### 14\.1 /);
  });

  it('the helpers find a flag only as a flag', () => {
    expect(mentionsFlag('`--model <file>`', '--model')).toBe(true);
    expect(mentionsFlag('`--model-a <file>`', '--model')).toBe(false);
    expect(mentionsFlag('`-m`, `--model`', '-m')).toBe(true);
    expect(mentionsFlag('a well-made thing', '-m')).toBe(false);
  });

  it('every command has a subsection of section 14 naming it, with each of its flags', () => {
    const problems = leafCommands(program).flatMap(({ path, command }) => {
      const name = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const text = section(commandLine, new RegExp(`^### 14\\.\\d+ .*\`${name}\``));
      if (text === '') return [`${path}: no "### 14.n" heading names \`${path}\``];
      return command.options.flatMap((option) =>
        [option.short, option.long]
          .filter((flag): flag is string => flag !== undefined)
          .filter((flag) => !mentionsFlag(text, flag))
          .map((flag) => `${path}: ${flag} is not in its subsection`),
      );
    });
    expect(problems).toEqual([]);
  });

  it("every command's exit statuses are in the table of section 14.1", () => {
    const rows = exitTable.split('\n').filter((line) => line.startsWith('| `'));
    const missing = leafCommands(program)
      .map(({ path }) => path)
      .filter((path) => !rows.some((row) => row.split('|')[1]?.includes(`\`${path}\``)));
    expect(missing).toEqual([]);
  });

  it("the program's own options are in section 14", () => {
    const flags = program.options.flatMap((option) =>
      [option.short, option.long].filter((flag): flag is string => flag !== undefined),
    );
    expect(flags).toContain('--lang');
    const missing = [...flags, '--help', '-h'].filter((flag) => !mentionsFlag(commandLine, flag));
    expect(missing).toEqual([]);
  });
});

describe('docs/formats.md section 7 lists every issue code', () => {
  it('each code of ISSUE_CODES has a row in the table of codes', () => {
    const issues = section(readDoc('formats.md'), /^## 7\. /);
    const rows = new Set(
      issues
        .split('\n')
        .map((line) => /^\| `([a-z_]+)` +\|/.exec(line)?.[1])
        .filter((code): code is string => code !== undefined),
    );
    expect(rows.size).toBeGreaterThan(20);
    expect(ISSUE_CODES.filter((code) => !rows.has(code))).toEqual([]);
  });
});
