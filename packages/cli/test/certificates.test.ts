import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  certificatePayload,
  defaultModel,
  evaluateBatch,
  parseTrustList,
  type TrustList,
  verifyCertificate,
} from '@credit-village/core';
import decodeQR from 'qr/decode.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeLabels } from '../src/certificate/labels.js';
import { certificatePage } from '../src/certificate/page.js';
import { entitySubjects } from '../src/certificate/subjects.js';
import { chinaToday } from '../src/options/date.js';
import { readVector, runCli, temporaryDirectory } from './helpers/cli.js';

// Rating certificates end to end through the built command: keys new, certify, verify.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
const at = (...parts: string[]) => join(temporary.path, ...parts);

type Json = Record<string, unknown>;
interface Line {
  kind: string;
  village?: string;
  id: string;
  code: string;
}

const ISSUER = '望江县信用村建设办公室';
const HEADS = [
  { name: '欧阳小明', idNumber: '340827199001011234' },
  { name: '王芳', idNumber: '34082719850505567X' },
  { name: '李建国' },
];

let privateD = '';
let trust: TrustList;

beforeAll(async () => {
  const run = await runCli([
    'keys',
    'new',
    '--kid',
    'wj-2024',
    '--out',
    at('key.json'),
    '--public-out',
    at('trust.json'),
    '--issuer',
    ISSUER,
  ]);
  expect(run.status, run.stderr).toBe(0);
  privateD = (JSON.parse(readFileSync(at('key.json'), 'utf8')) as { d: string }).d;
  const parsed = parseTrustList(JSON.parse(readFileSync(at('trust.json'), 'utf8')));
  if (!parsed.ok) throw new Error('the trust list written by keys new does not parse');
  trust = parsed.value;
});

function lines(dir: string): Line[] {
  return readFileSync(join(dir, 'certificates.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);
}

function certify(batch: string, outDir: string, ...extra: string[]) {
  return runCli([
    'certify',
    batch,
    '--key',
    at('key.json'),
    '--issuer',
    ISSUER,
    '--date',
    '2024-12-01',
    '--out-dir',
    outDir,
    ...extra,
  ]);
}

/** The golden batch with household heads (the vector has none), in a file. */
function batchWithHeads(): string {
  const doc = structuredClone(readVector('golden.json')) as {
    villages: (Json & { households: Json[] })[];
  };
  const village = doc.villages[0] as Json & { households: Json[] };
  village.name = '雅滩村';
  HEADS.forEach((head, i) => {
    Object.assign(village.households[i] as Json, { head });
  });
  const path = at('heads.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

describe('keys new', () => {
  it('writes the private key with mode 0600 and the trust list, and never prints the key', async () => {
    const run = await runCli([
      'keys',
      'new',
      '--kid',
      'k1',
      '--out',
      at('k1.json'),
      '--public-out',
      at('k1-trust.json'),
    ]);
    expect(run.status).toBe(0);
    expect(statSync(at('k1.json')).mode & 0o777).toBe(0o600);
    const key = JSON.parse(readFileSync(at('k1.json'), 'utf8')) as Json;
    expect(Object.keys(key)).toEqual(['kty', 'crv', 'kid', 'x', 'd']);
    expect(run.stdout + run.stderr).not.toContain(key.d as string);
    expect(run.stdout).toContain(key.x as string);
    expect(JSON.parse(readFileSync(at('k1-trust.json'), 'utf8'))).toEqual({
      keys: [{ kid: 'k1', x: key.x }],
    });
  });

  it('never overwrites a key file, and a refused trust list leaves no private key behind', async () => {
    const before = readFileSync(at('key.json'), 'utf8');
    const again = await runCli(['keys', 'new', '--kid', 'wj-2024', '--out', at('key.json')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('never overwritten');
    expect(readFileSync(at('key.json'), 'utf8')).toBe(before);

    const taken = await runCli([
      'keys',
      'new',
      '--kid',
      'k2',
      '--out',
      at('k2.json'),
      '--public-out',
      at('trust.json'),
    ]);
    expect(taken.status).toBe(2);
    expect(() => statSync(at('k2.json'))).toThrow();
    expect(again.stdout + again.stderr + taken.stdout + taken.stderr).not.toContain(privateD);
  });

  it('refuses a key id outside the grammar', async () => {
    const run = await runCli(['keys', 'new', '--kid', 'has space', '--out', at('k3.json')]);
    expect(run.status).toBe(2);
    expect(() => statSync(at('k3.json'))).toThrow();
  });
});

describe('certify and verify', () => {
  const out = at('golden', 'nested');

  it('certifies every credit household of the golden vector, in input order', async () => {
    const run = await certify(join('test', 'vectors', 'golden.json'), out);
    expect(run.status, run.stderr).toBe(0);
    const batch = readVector('golden.json');
    const expected = evaluateBatch(batch).villages.flatMap((v) =>
      v.households.filter((h) => h.creditHousehold).map((h) => ({ village: v.id, id: h.id })),
    );
    expect(expected.length).toBeGreaterThan(0);
    const issued = lines(out);
    expect(issued.map(({ kind, village, id }) => ({ kind, village, id }))).toEqual(
      expected.map((e) => ({ kind: 'household', ...e })),
    );
    expect(run.stdout).toContain(`已签发 ${expected.length} 份`);
    expect(run.stdout).toContain(join(out, 'certificates.ndjson'));
    for (const line of issued) {
      expect(verifyCertificate(line.code, trust, '2025-06-01').status).toBe('valid');
    }
    expect(run.stdout + run.stderr).not.toContain(privateD);
  });

  it('verify: every code of certificates.ndjson is valid (exit 0), one by one and as a file', async () => {
    const file = await runCli([
      'verify',
      join(out, 'certificates.ndjson'),
      '--trust',
      at('trust.json'),
      '--today',
      '2025-06-01',
    ]);
    expect(file.status, file.stderr).toBe(0);
    const count = lines(out).length;
    expect(file.stdout).toContain(`${count} certificates: ${count} valid, 0 invalid, 0 expired`);
    for (const line of lines(out)) {
      const one = await runCli([
        'verify',
        line.code,
        '--trust',
        at('trust.json'),
        '--today',
        '2025-06-01',
      ]);
      expect(one.status).toBe(0);
      expect(one.stdout).toContain('有效 VALID');
      expect(one.stdout).toContain(`户号 Household: ${line.id}`);
      expect(one.stdout).toContain(ISSUER);
    }
  });

  it('a forged limit is refused as a bad signature (exit 1) and the forged figure is not shown', async () => {
    const [prefix, body = '', signature] = (lines(out)[0] as Line).code.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Json;
    const forged = Buffer.from(JSON.stringify({ ...payload, limit: '963000.00' }), 'utf8');
    // Canonical again (the keys were already in order), so only the signature can catch it.
    const code = `${prefix}.${forged.toString('base64url')}.${signature}`;
    const run = await runCli([
      'verify',
      code,
      '--trust',
      at('trust.json'),
      '--today',
      '2025-06-01',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('无效 INVALID');
    expect(run.stdout).toContain('bad_signature');
    expect(run.stdout).not.toContain('963');
    const json = await runCli([
      'verify',
      code,
      '--trust',
      at('trust.json'),
      '--today',
      '2025-06-01',
      '--json',
    ]);
    expect(JSON.parse(json.stdout)).toEqual({
      today: '2025-06-01',
      status: 'invalid',
      reason: 'bad_signature',
      kid: 'wj-2024',
    });
  });

  it('any changed character is refused (exit 1)', async () => {
    const code = (lines(out)[1] as Line).code;
    for (const i of [5, Math.floor(code.length / 2), code.length - 1]) {
      const changed = `${code.slice(0, i)}${code[i] === 'A' ? 'B' : 'A'}${code.slice(i + 1)}`;
      const run = await runCli([
        'verify',
        changed,
        '--trust',
        at('trust.json'),
        '--today',
        '2025-06-01',
      ]);
      expect(run.status, `character ${i}`).toBe(1);
      expect(run.stdout).toContain('无效 INVALID');
    }
  });

  it('expired after the last valid day (exit 1), valid on it', async () => {
    const code = (lines(out)[0] as Line).code;
    const last = await runCli([
      'verify',
      code,
      '--trust',
      at('trust.json'),
      '--today',
      '2025-11-30',
    ]);
    expect(last.status).toBe(0);
    const after = await runCli([
      'verify',
      code,
      '--trust',
      at('trust.json'),
      '--today',
      '2025-12-01',
    ]);
    expect(after.status).toBe(1);
    expect(after.stdout).toContain('已过期 EXPIRED');
    expect(after.stdout).toContain('2025-11-30');
  });

  it('a key that is not in the trust list is an unknown key (exit 1)', async () => {
    const code = (lines(out)[0] as Line).code;
    const run = await runCli([
      'verify',
      code,
      '--trust',
      at('k1-trust.json'),
      '--today',
      '2025-06-01',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('unknown_key');
    expect(run.stdout).toContain('wj-2024');
  });

  it('a #/verify/ link is accepted; an unusable trust list or date is status 2', async () => {
    const code = (lines(out)[0] as Line).code;
    const link = await runCli([
      'verify',
      `https://credit.example.gov.cn/scorecard/#/verify/${code}`,
      '--trust',
      at('trust.json'),
      '--today',
      '2025-06-01',
    ]);
    expect(link.status).toBe(0);
    const privateAsTrust = await runCli(['verify', code, '--trust', at('key.json')]);
    expect(privateAsTrust.status).toBe(2);
    expect(privateAsTrust.stderr).toContain('PRIVATE key');
    expect(privateAsTrust.stdout + privateAsTrust.stderr).not.toContain(privateD);
    expect((await runCli(['verify', code, '--trust', at('missing.json')])).status).toBe(2);
    expect(
      (await runCli(['verify', code, '--trust', at('trust.json'), '--today', '2025-02-29'])).status,
    ).toBe(2);
  });
});

describe('the printable page', () => {
  const out = at('heads');
  const url = 'https://credit.example.gov.cn/scorecard/';

  it('holds one SVG QR per certificate, decoding to its verification link, and masked data only', async () => {
    const run = await certify(batchWithHeads(), out, '--all', '--verify-url', url);
    expect(run.status, run.stderr).toBe(0);
    const issued = lines(out);
    const doc = readVector('golden.json') as { villages: { households: unknown[] }[] };
    expect(issued.length).toBe(doc.villages.reduce((n, v) => n + v.households.length, 0));
    const page = readFileSync(join(out, 'golden-certificates.html'), 'utf8');
    expect(page).toContain('雅滩村 信用评级证书');
    expect(page).toContain('@page { size: A4');
    const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    const ofVillage = issued.filter((l) => l.village === 'golden');
    expect(svgs.length).toBe(ofVillage.length);
    svgs.forEach((svg, i) => {
      expect(decodeSvgQr(svg)).toBe(`${url}#/verify/${(ofVillage[i] as Line).code}`);
    });
    const everything = [
      page,
      readFileSync(join(out, 'certificates.ndjson'), 'utf8'),
      run.stdout,
      run.stderr,
    ].join('\n');
    for (const head of HEADS) {
      expect(everything).not.toContain(head.name);
      expect(everything).not.toContain(head.name.slice(1));
      if (head.idNumber !== undefined) expect(everything).not.toContain(head.idNumber);
    }
    expect(page).toContain('欧***');
    expect(page).toContain('3408**********1234');
    expect(page).toContain('AAA 优秀');
    expect(page).toContain('163,000.00 元');
    expect(everything).not.toContain(privateD);
  });

  it('--village limits the run; an unknown village is status 2', async () => {
    const one = await certify(
      join('test', 'vectors', 'golden.json'),
      at('one'),
      '--village',
      'golden',
    );
    expect(one.status).toBe(0);
    expect(lines(at('one')).every((l) => l.village === 'golden')).toBe(true);
    const none = await certify(
      join('test', 'vectors', 'golden.json'),
      at('none'),
      '--village',
      'nowhere',
    );
    expect(none.status).toBe(2);
  });

  it('an invalid record gets no certificate (exit 1); the valid ones do', async () => {
    const doc = structuredClone(readVector('golden.json')) as {
      villages: { households: Json[] }[];
    };
    const first = doc.villages[0]?.households[0] as Json;
    first.deposits = '1e3';
    mkdirSync(at('bad'), { recursive: true });
    writeFileSync(at('bad', 'batch.json'), JSON.stringify(doc));
    const run = await certify(at('bad', 'batch.json'), at('bad', 'out'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 invalid records got no certificate');
    const ids = lines(at('bad', 'out')).map((l) => l.id);
    expect(ids).not.toContain(first.id);
    expect(ids.length).toBeGreaterThan(0);
  });
});

/** Reads back the QR of one SVG written by the page (runs of `M x y.5hN` / `mdx 0hN`). */
function decodeSvgQr(svg: string): string {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const d = /<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const scale = 4;
  const width = size * scale;
  const data = new Uint8Array(width * width * 3).fill(255);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (cmd === 'm') x += Number(a);
    else {
      for (let i = 0; i < Number(a); i++, x++) {
        for (let py = y * scale; py < (y + 1) * scale; py++) {
          for (let px = x * scale; px < (x + 1) * scale; px++)
            data.fill(0, (py * width + px) * 3, (py * width + px) * 3 + 3);
        }
      }
    }
  }
  return decodeQR({ width, height: width, data }, { format: 'RGB' });
}

describe('pieces the command is made of', () => {
  it('entities slot in: credit entities from the result, named from their records, on a page', () => {
    const vector = readVector('entities.json') as { entities: Record<string, unknown>[] };
    const record = (id: string) => vector.entities.find((e) => e.id === id) ?? {};
    const batch = {
      evalYear: 2024,
      villages: [],
      entities: [
        {
          ...record('COOP1'),
          name: '望江县兴农农民专业合作社',
          village: 'v1',
          principal: { name: '欧阳小明' },
        },
        { ...record('VNAE'), name: '某家庭农场', village: 'v2' },
      ],
    };
    const result = evaluateBatch(batch);
    expect(result.entities?.map((e) => [e.id, e.grade, e.creditOnly, e.guaranteed])).toEqual([
      ['COOP1', 'AAA', '1000000.00', '660000.00'],
      ['VNAE', 'NR', '0.00', '0.00'],
    ]);
    const credit = entitySubjects(batch, result, {});
    expect(credit.map((s) => s.result.id)).toEqual(['COOP1']);
    expect(entitySubjects(batch, result, { all: true }).map((s) => s.result.id)).toEqual([
      'COOP1',
      'VNAE',
    ]);
    expect(
      entitySubjects(batch, result, { all: true, village: 'v2' }).map((s) => s.result.id),
    ).toEqual(['VNAE']);
    const subject = credit[0];
    if (subject === undefined) throw new Error('no entity');
    const payload = certificatePayload(subject.result, subject.record, {
      kid: 'wj-2024',
      issuer: ISSUER,
      model: result.model,
      evalYear: 2024,
      issued: '2024-12-01',
    });
    const page = certificatePage({
      title: '新型农业经营主体',
      village: null,
      certificates: [{ payload, qr: '<svg></svg>' }],
      gradeLabels: gradeLabels(defaultModel()),
    });
    for (const text of [
      '望江县兴农农民专业合作社',
      '农民专业合作社',
      '1,660,000.00 元',
      '其中纯信用',
      '1,000,000.00 元',
      '需担保',
      '660,000.00 元',
      'AAA 优秀',
    ]) {
      expect(page).toContain(text);
    }
    expect(page).not.toContain('欧阳小明');
  });

  it("today's date in China is UTC+8, whatever the machine's zone", () => {
    expect(chinaToday(Date.parse('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
    expect(chinaToday(Date.parse('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });

  it('verify reads codes from standard input', async () => {
    const codes = lines(at('golden', 'nested'))
      .map((l) => `${l.code}\n`)
      .join('');
    const run = await runCli(
      ['verify', '-', '--trust', at('trust.json'), '--today', '2025-06-01', '--json'],
      { input: codes },
    );
    expect(run.status).toBe(0);
    const verdicts = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; status: string });
    expect(verdicts.map((v) => v.status)).toEqual(
      codes
        .trim()
        .split('\n')
        .map(() => 'valid'),
    );
    expect(verdicts.map((v) => v.line)).toEqual(verdicts.map((_, i) => i + 1));
  });
});
