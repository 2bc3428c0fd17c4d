import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultModel, jsonSchema, type SchemaKind } from '@credit-village/core';
import { describe, expect, it } from 'vitest';

/**
 * The user documentation in `docs/` must keep up with the formats: every field name of every
 * JSON Schema the core exports appears in the document that describes it, as a code span. A
 * field added to a schema without a word in the docs fails here, naming the field.
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
    const offending = files.filter((file) => readFileSync(join(DOCS, file)).includes('../shared'));
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
