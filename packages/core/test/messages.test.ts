import {
  BatchEvaluator,
  checkHousehold,
  defaultModel,
  defaultModelDocument,
  evaluateBatch,
  FIELD_LABELS,
  fieldLabel,
  fieldLabelParts,
  followUp,
  ISSUE_CODES,
  type Issue,
  issueLine,
  issueMessage,
  jsonSchema,
  type Lang,
  parsePrivateKey,
  type RecordKind,
  readVillageLine,
  safeEvaluateBatch,
  safeParseJson,
  safeParseModel,
  safeReadBatchEnvelope,
  safeTrackObjections,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../src/json/error-offset.js';
import { readVector } from './vectors.js';

const golden = readVector('golden.json') as {
  villages: { households: Record<string, unknown>[] }[];
};
const h1 = golden.villages[0]?.households[0] as Record<string, unknown>;

/** An issue as found by the library, with the kind of record its path starts from. */
interface Found {
  readonly issue: Issue;
  readonly record: RecordKind;
}

function household(record: unknown, evalYear = 2024): Found[] {
  const checked = checkHousehold(record, { evalYear });
  return checked.ok ? [] : checked.issues.map((issue) => ({ issue, record: 'household' }));
}

/** Every issue of a batch: village problems from the village, record problems from the record. */
function batchIssues(document: unknown): Found[] {
  const result = evaluateBatch(document);
  return result.villages.flatMap((village) =>
    village.errors.flatMap((error) =>
      error.issues.map(
        (issue): Found => ({ issue, record: error.index === undefined ? 'village' : 'household' }),
      ),
    ),
  );
}

const village = (households: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'v',
  householdsTotal: 10,
  partyOrganisation: 'good',
  households,
  ...extra,
});

/** Issues of every code, each produced by the library from a bad input (none written by hand). */
function issuesOfEveryKind(): Found[] {
  const found: Found[] = [
    ...household({}),
    ...household({ ...h1, deposit: '5' }),
    ...household({ ...h1, land: [], deposits: 'abc', collectiveShares: '1,000' }),
    ...household({ ...h1, houses: [{ structure: 'brick', areaM2: '120.555', yearBuilt: 2030 }] }),
    ...household({ ...h1, livestock: { pig: 2.5, sheep: '二十', cattle: '20' } }),
    ...household({ ...h1, deposits: '-5', members: -1, debts: { bankLoans: '99999999999' } }),
    ...household({ ...h1, houses: [{ structure: 'simple', areaM2: '0', yearBuilt: 1800 }] }),
    ...household({ ...h1, vetoes: Array.from({ length: 101 }, () => 'V1') }),
    ...household({ ...h1, id: '' }),
    ...household({ ...h1, id: ' H1' }),
    ...household({
      ...h1,
      creditRecord: 'excellent',
      civility: { ...(h1.civility as object), honesty: 'great' },
    }),
  ];
  found.push(
    ...batchIssues({
      evalYear: 2024,
      villages: [
        village([h1, { ...h1 }]),
        village([h1], { loans: { balance: '100', nonPerforming: '200' }, householdsTotal: 1 }),
        village([h1, { ...h1, id: 'H2' }], { id: 'w', householdsTotal: 1 }),
      ],
    }),
  );
  const duplicate = safeParseJson(
    JSON.stringify({ evalYear: 2024, villages: [village([h1])] }).replace(
      '"householdsTotal":10',
      '"householdsTotal":10,"householdsTotal":11',
    ),
  );
  if (duplicate.ok) found.push(...batchIssues(duplicate.value));
  const json = safeParseJson('{"evalYear": 2024,\n "villages": [x]}');
  if (!json.ok) found.push(...json.issues.map((issue): Found => ({ issue, record: 'batch' })));
  const envelope = safeReadBatchEnvelope([]);
  if (!envelope.ok)
    found.push(...envelope.issues.map((issue): Found => ({ issue, record: 'batch' })));
  const noYear = readVillageLine(JSON.stringify(village([h1])), 3);
  if (noYear.kind === 'rejected') {
    const result = new BatchEvaluator().line(noYear);
    for (const error of result.errors)
      found.push(
        ...error.issues.map(
          (issue): Found => ({
            issue,
            record: error.index === undefined ? 'village' : 'household',
          }),
        ),
      );
  }
  const { civility: _, ...withoutCivility } = h1;
  // Democratic review without a quorum, and objections that cannot be (§15–16 of formats.md).
  found.push(
    ...household({
      ...withoutCivility,
      review: { panelSize: 9, marks: [{ reviewer: 'r1', civility: h1.civility }] },
    }),
  );
  const results = evaluateBatch({ evalYear: 2024, villages: [village([h1])] });
  const tracked = safeTrackObjections(
    results,
    {
      notice: { date: '2024-12-01', days: 7 },
      objections: [
        { village: 'nowhere', household: 'H1', filed: '2024-12-02', by: 'household', grounds: 'x' },
        { village: 'v', household: 'H1', filed: '2025-01-02', by: 'household', grounds: 'x' },
        {
          village: 'v',
          household: 'H1',
          filed: '2024-12-03',
          by: 'villager',
          grounds: 'x',
          resolution: { date: '2024-12-02', outcome: 'upheld' },
        },
      ],
    },
    '2024-12-20',
  );
  if (tracked.ok)
    for (const error of tracked.value.errors)
      found.push(...error.issues.map((issue): Found => ({ issue, record: 'objection' })));
  // Credit ledger lines that cannot be (docs/formats.md §13).
  const line = { lender: 'rcb', granted: '1000', used: '0', validUntil: '2025-12-31' };
  const followed = followUp(results, {
    asOf: '2024-12-31',
    lines: [
      { ...line, village: 'v', household: 'H1', used: '1000.01' },
      line,
      { ...line, village: 'v', household: 'H1', entity: 'E1' },
      { ...line, village: 'v', household: 'H1', validUntil: '2025-02-30' },
    ],
  });
  for (const error of followed.errors)
    found.push(...error.issues.map((issue): Found => ({ issue, record: 'ledgerLine' })));
  // Townships and entities (formats.md §15): a village naming no township of the batch, more
  // villages than registered, more borrowers in arrears than borrowers, and entities under a
  // model without an entity scorecard.
  const townships = evaluateBatch({
    evalYear: 2024,
    villages: [
      village([h1], { id: 'a', township: 't1' }),
      village([h1], { id: 'b', township: 't1' }),
      village([h1], { id: 'c', township: 'nowhere' }),
    ],
    townships: [{ id: 't1', villagesTotal: 1, borrowers: 2, borrowersInArrears: 3 }],
  });
  for (const v of townships.villages)
    for (const error of v.errors)
      found.push(
        ...error.issues.map(
          (issue): Found => ({
            issue,
            record: error.index === undefined ? 'village' : 'household',
          }),
        ),
      );
  for (const t of townships.townships ?? [])
    for (const error of t.errors)
      found.push(...error.issues.map((issue): Found => ({ issue, record: 'township' })));
  const { entity: _e, township: _t, county: _c, ...withoutEntities } = defaultModel().document;
  const householdsOnly = safeParseModel({
    ...withoutEntities,
    examples: withoutEntities.examples?.filter((e) => e.household !== undefined),
  });
  if (householdsOnly.ok) {
    const unsupported = safeEvaluateBatch(
      { evalYear: 2024, villages: [village([h1])], entities: [] },
      { model: householdsOnly.value },
    );
    if (!unsupported.ok)
      found.push(...unsupported.issues.map((issue): Found => ({ issue, record: 'batch' })));
  }
  const doc = structuredClone(defaultModelDocument()) as unknown as {
    assets: { houses: { structures: { code: string }[] } };
    examples: { expect: { score?: number } }[];
  };
  const first = doc.assets.houses.structures[0];
  if (first !== undefined) doc.assets.houses.structures.push({ ...first });
  const model = safeParseModel(doc);
  if (!model.ok) found.push(...model.issues.map((issue): Found => ({ issue, record: 'model' })));
  const examples = structuredClone(defaultModelDocument()) as unknown as typeof doc;
  const example = examples.examples[0];
  if (example !== undefined) example.expect.score = 1;
  const withExample = safeParseModel(examples);
  if (!withExample.ok)
    found.push(...withExample.issues.map((issue): Found => ({ issue, record: 'model' })));
  const key = parsePrivateKey({
    kty: 'OKP',
    crv: 'Ed25519',
    kid: 'k',
    x: 'short',
    d: 'A'.repeat(43),
  });
  if (!key.ok) found.push(...key.issues.map((issue): Found => ({ issue, record: 'model' })));
  const mismatch = parsePrivateKey({
    kty: 'OKP',
    crv: 'Ed25519',
    kid: 'k',
    x: 'B'.repeat(42) + 'A',
    d: 'A'.repeat(43),
  });
  if (!mismatch.ok)
    found.push(...mismatch.issues.map((issue): Found => ({ issue, record: 'model' })));
  return found;
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Latin words left in a Chinese message once quoted values (「…」, which repeat what was typed)
 * are taken out: formats and standards keep their names.
 */
function englishWords(text: string): string[] {
  const unquoted = text.replace(/「[^」]*」/g, '').replace(/"[^"]*"/g, '');
  const allowed = new Set([
    // The model's own codes, which clerks use too (V1 失信被执行人, AAA).
    ...defaultModel().document.vetoes.codes.map((v) => v.code),
    ...defaultModel().document.grades.map((g) => g.code),
    'JSON',
    'UTF',
    'YYYY',
    'MM',
    'DD',
    'base64url',
    'Ed25519',
    'null',
    'true',
    'false',
    'm²',
  ]);
  return (unquoted.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((word) => !allowed.has(word));
}

describe('messages from issue codes', () => {
  const found = issuesOfEveryKind();

  it('the bad inputs above produce every issue code the library has', () => {
    expect(new Set(found.map((f) => f.issue.code))).toEqual(new Set(ISSUE_CODES));
  });

  for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
    it(`renders every issue in ${lang} from its code and params, never from its English message`, () => {
      for (const { issue, record } of found) {
        const message = issueMessage(issue, { lang, record });
        expect(message, issue.code).not.toBe('');
        expect(message).not.toBe(issue.message);
        expect(issueLine(issue, { lang, record })).not.toBe(issue.message);
        if (lang === 'zh') {
          expect(message, issue.message).toMatch(CJK);
          expect(englishWords(issueLine(issue, { lang, record })), issue.message).toEqual([]);
        } else {
          // Chinese is left only in the values quoted from the input.
          expect(message.replace(/"[^"]*"/g, ''), issue.message).not.toMatch(CJK);
        }
      }
    });
  }

  it('renders an issue without params too (a code alone says enough to act), never its message', () => {
    for (const code of ISSUE_CODES) {
      const issue: Issue = { path: ['deposits'], code, message: 'the message' };
      const message = issueMessage(issue, { lang: 'zh' });
      expect(message, code).toMatch(CJK);
      expect(englishWords(message), code).toEqual([]);
      expect(issueMessage(issue, { lang: 'en' }), code).not.toContain('the message');
    }
  });

  it('says a bad amount in clerk words with the field name and unit', () => {
    const [issue] = household({
      ...h1,
      houses: [{ structure: 'brickConcrete', areaM2: '120.555', yearBuilt: 2014 }],
    }).map((f) => f.issue);
    expect(issue).toBeDefined();
    if (issue === undefined) return;
    expect(issueLine(issue, { lang: 'zh' })).toBe(
      '房屋 1 › 面积（m²）：最多 2 位小数，填写的是「120.555」',
    );
    expect(issueLine(issue, { lang: 'en' })).toBe(
      'House 1 › Floor area (m²): at most 2 decimal places, got "120.555"',
    );
  });

  it('names allowed words by the model labels, never by their codes', () => {
    const [issue] = household({
      ...h1,
      houses: [{ structure: 'brick', areaM2: '100', yearBuilt: 2014 }],
    }).map((f) => f.issue);
    if (issue === undefined) throw new Error('no issue');
    const zh = issueLine(issue, { lang: 'zh' });
    expect(zh).toBe('房屋 1 › 结构：应为 钢混、砖混、砖木、简易 之一，填写的是「brick」');
    expect(zh).not.toContain('brickConcrete');
    const missing = household({ ...h1, creditRecord: undefined }).map((f) =>
      issueLine(f.issue, { lang: 'zh' }),
    );
    expect(missing).toEqual([
      '信用记录：必填，请选择 24个月内无逾期、1–2次逾期已还清、3次以上逾期或当前逾期 之一',
    ]);
  });

  it('says a count written as text as a clerk would understand it', () => {
    const lines = household({ ...h1, livestock: { sheep: '二十', pig: '20' } }).map((f) =>
      issueLine(f.issue, { lang: 'zh' }),
    );
    expect(lines).toEqual([
      '畜禽存栏 › 生猪（头）：应写成数字 20，不加引号',
      '畜禽存栏 › 羊（只）：应填写整数，填写的是文字「二十」',
    ]);
  });

  it('offers the misspelt field by its name', () => {
    const [issue] = household({ ...h1, deposit: '5' }).map((f) => f.issue);
    if (issue === undefined) throw new Error('no issue');
    expect(issueMessage(issue, { lang: 'zh' })).toContain('是否应为「存款（元）」？');
    expect(issueMessage(issue, { lang: 'en' })).toContain('Did you mean "Deposits (yuan)"?');
  });

  it('names an NDJSON line and where its JSON breaks, without quoting the line', () => {
    const line = readVillageLine('{"id": "v", "households": [ 王小明 ]}', 7);
    if (line.kind !== 'rejected') throw new Error('not rejected');
    const message = issueMessage(line.issues[0], { lang: 'zh', record: 'village' });
    expect(message).toBe('第 7 行：不是有效的 JSON（第 29 列附近）');
    expect(message).not.toContain('王');
  });
});

describe('the vectors’ invalid records in Chinese', () => {
  const found = batchIssues(readVector('invalid.json'));

  it('has problems to say', () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it('says every problem with no English sentence in it', () => {
    for (const { issue, record } of found) {
      const line = issueLine(issue, { lang: 'zh', record });
      expect(line, issue.message).toMatch(CJK);
      expect(englishWords(line), `${issue.message} → ${line}`).toEqual([]);
    }
  });
});

describe('field labels', () => {
  it('names fields with their units and the model’s words', () => {
    expect(fieldLabel(['houses', 0, 'areaM2'], { lang: 'zh' })).toBe('房屋 1 › 面积（m²）');
    expect(fieldLabel(['livestock', 'sheep'], { lang: 'zh' })).toBe('畜禽存栏 › 羊（只）');
    expect(fieldLabel(['livestock', 'cattle'], { lang: 'zh' })).toBe('畜禽存栏 › 牛（头）');
    expect(fieldLabel(['civility', 'honesty'], { lang: 'zh' })).toBe('乡风文明评议 › 诚实守信');
    expect(fieldLabel(['civility', 'honesty'], { lang: 'en' })).toBe('Civility review › Honesty');
    expect(fieldLabel(['loans', 'nonPerforming'], { lang: 'zh', record: 'village' })).toBe(
      '农户贷款 › 不良贷款（元）',
    );
    expect(
      fieldLabel(['villages', 2, 'households', 0, 'houses', 1, 'yearBuilt'], {
        lang: 'zh',
        record: 'batch',
      }),
    ).toBe('村 3 › 农户记录 1 › 房屋 2 › 建成年份');
    expect(fieldLabelParts(['machines', 0, 'price'], { lang: 'en' })).toEqual([
      'Machine 1',
      'Price (yuan)',
    ]);
    expect(fieldLabel(['deposit'], { lang: 'zh' })).toBe('「deposit」');
  });

  it('names every field of the household, village and batch formats in both languages', () => {
    const paths: (string | number)[][] = [];
    const walk = (schema: unknown, path: (string | number)[]) => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as { properties?: Record<string, unknown>; items?: unknown };
      if (path.length > 0) paths.push(path);
      if (path.at(-1) === 'meta') return;
      for (const [key, child] of Object.entries(s.properties ?? {})) walk(child, [...path, key]);
      if (s.items !== undefined) walk(s.items, [...path, 0]);
    };
    walk(jsonSchema('batch'), []);
    expect(paths.length).toBeGreaterThan(60);
    for (const lang of ['zh', 'en'] as const) {
      for (const path of paths) {
        const parts = fieldLabelParts(path, { lang, record: 'batch' });
        // A key no table names would be shown quoted, as written.
        for (const part of parts) expect(part, path.join('.')).not.toMatch(/^[「"]/);
      }
    }
  });

  it('has both languages for every entry of every table', () => {
    for (const [kind, table] of Object.entries(FIELD_LABELS)) {
      for (const [pattern, entry] of Object.entries(table)) {
        if ('zh' in entry) {
          expect(entry.zh, `${kind} ${pattern}`).toMatch(CJK);
          expect(entry.en, `${kind} ${pattern}`).toMatch(/^[A-Z]/);
        }
      }
    }
  });
});

describe('where a text stops being JSON', () => {
  it('finds no fault in JSON text, and one in any text JSON.parse refuses (law: agrees with JSON.parse)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((t) => `${t.slice(0, -1)}`),
        ),
        (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          const offset = jsonErrorOffset(text);
          expect(offset === -1).toBe(parses);
          if (!parses) expect(offset).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('points at the character that breaks it', () => {
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('[1]')).toBe(-1);
  });
});
