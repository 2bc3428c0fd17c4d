import {
  type CertificatePayload,
  certificateCodeFrom,
  certificateLink,
  certificatePayload,
  defaultModel,
  type EntityCertificateSubject,
  evaluateHousehold,
  generateKeyPair,
  InputError,
  modelStamp,
  type PrivateKey,
  parseCertificatePayload,
  parsePrivateKey,
  parseTrustList,
  signCertificate,
  type TrustList,
  verifyCertificate,
} from '@credit-village/core';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';
import { decodeBase64url, encodeBase64url } from '../src/certificate/base64url.js';
import { canonicalBytes } from '../src/certificate/canonical.js';
import { EVAL_YEAR, household } from './arbitraries.js';

// RFC 8032 §7.1, TEST 1–3: secret key, public key, message, signature (hex).
const RFC8032 = [
  {
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
] as const;

/** A private key document from raw secret bytes (test keys are fixed, so runs replay). */
function keyFrom(kid: string, secretHex: string): PrivateKey {
  const d = hexToBytes(secretHex);
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    kid,
    x: encodeBase64url(ed25519.getPublicKey(d)),
    d: encodeBase64url(d),
  };
}

const KEY = keyFrom('wj-2024', RFC8032[0].secret);
const OTHER = keyFrom('wj-2024', RFC8032[1].secret);
const TRUST: TrustList = { keys: [{ kid: KEY.kid, x: KEY.x, issuer: '望江县信用村建设办公室' }] };
const MODEL = modelStamp(defaultModel());
const ISSUER = '望江县信用村建设办公室';

/** A code over arbitrary bytes, signed by `key` as the office would sign canonical ones. */
function rawCode(bytes: Uint8Array, key: PrivateKey = KEY, prefix = 'CV1'): string {
  const d = decodeBase64url(key.d) as Uint8Array;
  return `${prefix}.${encodeBase64url(bytes)}.${encodeBase64url(ed25519.sign(bytes, d))}`;
}

function payloadPart(code: string): CertificatePayload {
  const bytes = decodeBase64url(code.split('.')[1] ?? '') as Uint8Array;
  return JSON.parse(new TextDecoder().decode(bytes)) as CertificatePayload;
}

const nameChars = fc.constantFrom(...'王李张欧阳小明华丽𠀋ab ');
const head = fc.record(
  {
    name: fc.string({ unit: nameChars, maxLength: 6 }),
    idNumber: fc.string({ unit: fc.constantFrom(...'0123456789X'), maxLength: 20 }),
  },
  { requiredKeys: [] },
);
const isoDay = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2090-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** A payload built from a random household evaluated by the core. */
const householdPayload = fc
  .record({
    record: household(),
    head: fc.option(head, { nil: undefined }),
    village: fc.string({ minLength: 1, maxLength: 12 }),
    issued: isoDay,
    validDays: fc.integer({ min: 1, max: 3660 }),
  })
  .map(({ record, head, village, issued, validDays }) => {
    const withHead = head === undefined ? record : { ...record, head };
    const result = evaluateHousehold(withHead, { evalYear: EVAL_YEAR });
    return certificatePayload(result, withHead, {
      kid: KEY.kid,
      issuer: ISSUER,
      model: MODEL,
      evalYear: EVAL_YEAR,
      issued,
      validDays,
      village,
    });
  });

describe('the libraries are wired right (known answers)', () => {
  it.each(RFC8032.map((v, i) => [i + 1, v] as const))('Ed25519 RFC 8032 TEST %i', (_, v) => {
    const secret = hexToBytes(v.secret);
    const message = hexToBytes(v.message);
    expect(bytesToHex(ed25519.getPublicKey(secret))).toBe(v.public);
    expect(bytesToHex(ed25519.sign(message, secret))).toBe(v.signature);
    expect(
      ed25519.verify(hexToBytes(v.signature), message, hexToBytes(v.public), { zip215: false }),
    ).toBe(true);
  });

  it('base64url spells the RFC 8037 A.1 key (RFC 8032 TEST 1) and parsePrivateKey accepts it', () => {
    expect(KEY.d).toBe('nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A');
    expect(KEY.x).toBe('11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo');
    expect(parsePrivateKey(KEY)).toEqual({ ok: true, value: KEY });
  });

  it('RFC 8785 §3.2.2: numbers, escapes and literals serialise as the RFC prints them', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    const expected =
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}';
    expect(new TextDecoder().decode(canonicalBytes(input))).toBe(expected);
    // € is the three UTF-8 bytes e2 82 ac.
    expect(bytesToHex(canonicalBytes({ s: '€' }))).toBe('7b2273223a22e282ac227d');
  });

  it('RFC 8785 §3.2.3: properties sort by UTF-16 code units', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
        '"1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
        '"\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    // Read the order off the text: JSON.parse would put the integer-like key "1" first again.
    const text = new TextDecoder().decode(canonicalBytes(input));
    expect(text).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });
});

describe('base64url', () => {
  it('decode_inverts_encode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('encode_inverts_decode: every accepted text is the one spelling of its bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'AQgw_-zZ09+/=. '), maxLength: 12 }),
        (text) => {
          const bytes = decodeBase64url(text);
          if (bytes !== undefined) expect(encodeBase64url(bytes)).toBe(text);
        },
      ),
    );
  });

  it('refuses padding, foreign characters, a dangling character and non-zero unused bits', () => {
    expect(decodeBase64url('AA')).toEqual(new Uint8Array([0]));
    for (const bad of ['AA==', 'AA=', 'A+', 'A/', 'AA A', 'A', 'AAAAA', 'AB', 'AAB', 'ÀA']) {
      expect(decodeBase64url(bad), bad).toBeUndefined();
    }
  });
});

describe('sign and verify', () => {
  it('round_trip: a certificate of any evaluated household verifies, with its payload', () => {
    fc.assert(
      fc.property(householdPayload, (payload) => {
        const code = signCertificate(payload, KEY);
        expect(code).toMatch(/^CV1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
        expect(verifyCertificate(code, TRUST, payload.issued)).toEqual({
          status: 'valid',
          payload,
          key: TRUST.keys[0],
        });
        expect(payloadPart(code)).toEqual(payload);
      }),
    );
  });

  it('masks personal data exactly as the public notice does, and leaves absent data out', () => {
    fc.assert(
      fc.property(household(), head, (record, h) => {
        const withHead = { ...record, head: h };
        const result = evaluateHousehold(withHead, { evalYear: EVAL_YEAR });
        const payload = certificatePayload(result, withHead, options('v1'));
        if (payload.kind !== 'household') throw new Error('expected a household payload');
        const name = (h.name ?? '').trim();
        const id = (h.idNumber ?? '').trim();
        if (name === '') expect(payload).not.toHaveProperty('name');
        else
          expect(payload.name).toBe(
            `${[...name][0]}${'*'.repeat(Math.max(1, [...name].length - 1))}`,
          );
        if (id === '') expect(payload).not.toHaveProperty('idNumber');
        else expect(payload.idNumber?.length).toBe(id.length);
        if (id.length >= 10)
          expect(payload.idNumber).toBe(
            `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`,
          );
        expect([payload.grade, payload.limit, payload.id]).toEqual([
          result.grade,
          result.limit,
          result.id,
        ]);
      }),
    );
  });

  it('signing_is_deterministic', () => {
    fc.assert(
      fc.property(householdPayload, (payload) => {
        expect(signCertificate(payload, KEY)).toBe(signCertificate({ ...payload }, KEY));
      }),
      { numRuns: runs(20) },
    );
  });

  it('any_changed_character_of_the_code_is_refused', () => {
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.='];
    fc.assert(
      fc.property(householdPayload, fc.nat(), fc.nat(), (payload, at, by) => {
        const code = signCertificate(payload, KEY);
        const i = at % code.length;
        const original = code[i] as string;
        const others = alphabet.filter((c) => c !== original);
        const changed = `${code.slice(0, i)}${others[by % others.length]}${code.slice(i + 1)}`;
        expect(verifyCertificate(changed, TRUST, payload.issued).status).toBe('invalid');
      }),
      { numRuns: runs(300) },
    );
  });

  it('any_changed_byte_of_the_payload_is_refused', () => {
    fc.assert(
      fc.property(
        householdPayload,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (payload, at, xor) => {
          const [, body = '', signature = ''] = signCertificate(payload, KEY).split('.');
          const bytes = decodeBase64url(body) as Uint8Array;
          const i = at % bytes.length;
          bytes[i] = (bytes[i] as number) ^ xor;
          const verdict = verifyCertificate(
            `CV1.${encodeBase64url(bytes)}.${signature}`,
            TRUST,
            payload.issued,
          );
          expect(verdict.status).toBe('invalid');
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('any_changed_byte_of_the_signature_is_refused_as_a_bad_signature', () => {
    fc.assert(
      fc.property(
        householdPayload,
        fc.nat(63),
        fc.integer({ min: 1, max: 255 }),
        (payload, i, xor) => {
          const [, body = '', signature = ''] = signCertificate(payload, KEY).split('.');
          const bytes = decodeBase64url(signature) as Uint8Array;
          bytes[i] = (bytes[i] as number) ^ xor;
          const verdict = verifyCertificate(
            `CV1.${body}.${encodeBase64url(bytes)}`,
            TRUST,
            payload.issued,
          );
          expect(verdict).toEqual({ status: 'invalid', reason: 'bad_signature', kid: KEY.kid });
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('a_non_canonical_payload_is_refused_even_with_a_valid_signature_over_its_bytes', () => {
    const spellings: ((p: CertificatePayload) => string)[] = [
      // keys out of order
      (p) => JSON.stringify(Object.fromEntries(Object.entries(p).reverse())),
      // white space
      (p) => JSON.stringify(JSON.parse(new TextDecoder().decode(canonicalBytes(p))), null, 1),
      (p) => ` ${new TextDecoder().decode(canonicalBytes(p))}`,
      // a character escaped that needs no escape
      (p) =>
        new TextDecoder().decode(canonicalBytes(p)).replace('"issuer":"望', '"issuer":"\\u671b'),
      (p) => new TextDecoder().decode(canonicalBytes(p)).replace('"kind":"h', '"kind":"\\u0068'),
      // a number spelt otherwise
      (p) => new TextDecoder().decode(canonicalBytes(p)).replace('"v":1', '"v":1.0'),
      // a key twice (the last one wins in JSON.parse)
      (p) => new TextDecoder().decode(canonicalBytes(p)).replace('"v":1', '"v":2,"v":1'),
    ];
    fc.assert(
      fc.property(householdPayload, fc.constantFrom(...spellings.keys()), (payload, which) => {
        const text = (spellings[which] as (p: CertificatePayload) => string)(payload);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(payload)));
        const bytes = utf8ToBytes(text);
        expect(bytesToHex(bytes)).not.toBe(bytesToHex(canonicalBytes(payload)));
        expect(verifyCertificate(rawCode(bytes), TRUST, payload.issued)).toEqual({
          status: 'invalid',
          reason: 'not_canonical',
        });
      }),
    );
  });

  it('valid on the last day, expired the day after, whatever the validity', () => {
    fc.assert(
      fc.property(householdPayload, (payload) => {
        const code = signCertificate(payload, KEY);
        expect(verifyCertificate(code, TRUST, payload.validUntil).status).toBe('valid');
        const next = new Date(Date.parse(`${payload.validUntil}T00:00:00Z`) + 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(verifyCertificate(code, TRUST, next)).toEqual({
          status: 'expired',
          payload,
          key: TRUST.keys[0],
        });
      }),
    );
  });

  it('365 days from 2024-12-01 end on 2025-11-30; one day is the day of issue only', () => {
    const result = evaluateHousehold(sample(), { evalYear: EVAL_YEAR });
    expect(certificatePayload(result, {}, options('v1')).validUntil).toBe('2025-11-30');
    const oneDay = certificatePayload(result, {}, { ...options('v1'), validDays: 1 });
    expect(oneDay.validUntil).toBe(oneDay.issued);
    // 2024 is a leap year: 366 days from 2024-01-01 end on 2024-12-31.
    const leap = certificatePayload(
      result,
      {},
      { ...options('v1'), issued: '2024-01-01', validDays: 366 },
    );
    expect(leap.validUntil).toBe('2024-12-31');
  });
});

describe('refusals', () => {
  const payload = () =>
    certificatePayload(evaluateHousehold(sample(), { evalYear: EVAL_YEAR }), {}, options('v1'));

  it('an unknown key id', () => {
    const code = signCertificate(
      { ...payload(), kid: 'other-office' },
      { ...KEY, kid: 'other-office' },
    );
    expect(verifyCertificate(code, TRUST, '2025-01-01')).toEqual({
      status: 'invalid',
      reason: 'unknown_key',
      kid: 'other-office',
    });
  });

  it('the right key id with the wrong key (forged with another key)', () => {
    const code = signCertificate(payload(), OTHER);
    expect(verifyCertificate(code, TRUST, '2025-01-01')).toEqual({
      status: 'invalid',
      reason: 'bad_signature',
      kid: KEY.kid,
    });
  });

  it('a signature one byte short or long, or a part missing or extra', () => {
    const [, body = '', signature = ''] = signCertificate(payload(), KEY).split('.');
    const sig = decodeBase64url(signature) as Uint8Array;
    for (const bad of [
      `CV1.${body}.${encodeBase64url(sig.slice(0, 63))}`,
      `CV1.${body}.${encodeBase64url(new Uint8Array([...sig, 0]))}`,
      `CV1.${body}`,
      `CV1.${body}.${signature}.`,
      `CV1..${signature}`,
      `cv1.${body}.${signature}`,
      '',
      'not a certificate',
    ]) {
      expect(verifyCertificate(bad, TRUST, '2025-01-01'), bad.slice(0, 20)).toEqual({
        status: 'invalid',
        reason: 'malformed',
      });
    }
  });

  it('version 2, in the payload or in the prefix, even when correctly signed', () => {
    const v2 = { ...payload(), v: 2 };
    expect(verifyCertificate(rawCode(canonicalBytes(v2)), TRUST, '2025-01-01')).toEqual({
      status: 'invalid',
      reason: 'unsupported_version',
    });
    expect(
      verifyCertificate(rawCode(canonicalBytes(payload()), KEY, 'CV2'), TRUST, '2025-01-01'),
    ).toEqual({
      status: 'invalid',
      reason: 'unsupported_version',
    });
  });

  it('payload bytes that are not UTF-8, not JSON or not an object', () => {
    for (const bytes of [
      new Uint8Array([0xff, 0xfe]),
      utf8ToBytes('{"v":1'),
      utf8ToBytes('[1]'),
      utf8ToBytes('1'),
    ]) {
      expect(verifyCertificate(rawCode(bytes), TRUST, '2025-01-01')).toEqual({
        status: 'invalid',
        reason: 'malformed',
      });
    }
  });

  it('a signed, canonical payload with a bad field lists every problem', () => {
    const bad = { ...payload(), limit: '-0.00', issued: '2023-02-29', name: '王小明', extra: true };
    const verdict = verifyCertificate(rawCode(canonicalBytes(bad)), TRUST, '2025-01-01');
    expect(verdict.status).toBe('invalid');
    if (verdict.status !== 'invalid') return;
    expect(verdict.reason).toBe('invalid_payload');
    expect(verdict.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['extra', 'unknown_key'],
      ['limit', 'invalid_decimal'],
      ['issued', 'invalid_value'],
      ['name', 'invalid_value'],
    ]);
    // An unmasked name is refused, and no message repeats it.
    expect(JSON.stringify(verdict)).not.toContain('小明');
  });

  it('the verification day must be a calendar date', () => {
    const code = signCertificate(payload(), KEY);
    for (const day of ['2025-02-29', '2025-1-01', '20250101', '']) {
      expect(() => verifyCertificate(code, TRUST, day)).toThrow(InputError);
    }
  });
});

describe('payload rules', () => {
  const base = () =>
    certificatePayload(evaluateHousehold(sample(), { evalYear: EVAL_YEAR }), {}, options('v1'));

  it.each([
    ['limit', '100.5'],
    ['limit', '0100.00'],
    ['limit', 100],
    ['limit', '10000000000.01'],
    ['evalYear', 2024.5],
    ['evalYear', '2024'],
    ['validUntil', '2024-11-30'],
    ['issued', '2024-13-01'],
    ['kid', 'has space'],
    ['issuer', ' 望江'],
    ['issuer', '望江\u0007'],
    ['grade', ''],
    ['village', undefined],
    ['idNumber', '340827199001011234'],
    ['kind', 'township'],
    ['model', { id: 'm', version: 1, hash: 'sha256:ABC' }],
  ])('%s = %j is refused', (field, value) => {
    const parsed = parseCertificatePayload({ ...base(), [field]: value });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.some((i) => i.path[0] === field)).toBe(true);
  });

  it('the builder never makes a payload the parser refuses: it throws instead', () => {
    const result = evaluateHousehold(sample(), { evalYear: EVAL_YEAR });
    expect(() =>
      certificatePayload(result, {}, { ...options('v1'), village: undefined as unknown as string }),
    ).toThrow(InputError);
    expect(() =>
      certificatePayload(result, {}, { ...options('v1'), issued: '2024-02-30' }),
    ).toThrow(InputError);
    expect(() => certificatePayload(result, {}, { ...options('v1'), validDays: 0 })).toThrow(
      InputError,
    );
  });

  it('signCertificate refuses a payload that names another key', () => {
    expect(() => signCertificate({ ...base(), kid: 'someone-else' }, KEY)).toThrow(InputError);
  });
});

describe('entities', () => {
  const entity: EntityCertificateSubject = {
    id: 'COOP1',
    type: 'cooperative',
    grade: 'AAA',
    limit: '1660000.00',
    creditOnly: '1000000.00',
    guaranteed: '660000.00',
  };

  it('an entity certificate carries its registered name (unmasked) and the split limit', () => {
    const payload = certificatePayload(
      entity,
      { name: '望江县兴农农民专业合作社', principal: { name: '王小明' } },
      options(),
    );
    expect(payload).toMatchObject({
      kind: 'entity',
      name: '望江县兴农农民专业合作社',
      creditOnly: '1000000.00',
      guaranteed: '660000.00',
    });
    expect(payload).not.toHaveProperty('village');
    expect(JSON.stringify(payload)).not.toContain('小明');
    const code = signCertificate(payload, KEY);
    expect(verifyCertificate(code, TRUST, '2025-01-01')).toEqual({
      status: 'valid',
      payload,
      key: TRUST.keys[0],
    });
  });

  it('creditOnly + guaranteed must equal the limit', () => {
    expect(() => certificatePayload({ ...entity, guaranteed: '660000.01' }, {}, options())).toThrow(
      InputError,
    );
  });
});

describe('keys and trust lists', () => {
  it('generateKeyPair makes a fresh key that signs what its trust entry verifies', () => {
    const a = generateKeyPair('wj-2025');
    const b = generateKeyPair('wj-2025');
    expect(a.privateKey.d).not.toBe(b.privateKey.d);
    expect(parsePrivateKey(a.privateKey)).toEqual({ ok: true, value: a.privateKey });
    const trust = parseTrustList({ keys: [a.trustedKey] });
    expect(trust.ok).toBe(true);
    if (!trust.ok) return;
    const payload = certificatePayload(
      evaluateHousehold(sample(), { evalYear: EVAL_YEAR }),
      {},
      { ...options('v1'), kid: 'wj-2025' },
    );
    expect(
      verifyCertificate(signCertificate(payload, a.privateKey), trust.value, '2025-01-01').status,
    ).toBe('valid');
    expect(
      verifyCertificate(signCertificate(payload, b.privateKey), trust.value, '2025-01-01').status,
    ).toBe('invalid');
    expect(() => generateKeyPair('bad kid')).toThrow(InputError);
  });

  it('a private key whose x is not its d, or with a bad field, is refused without echoing the key', () => {
    const mixed = parsePrivateKey({ ...KEY, x: OTHER.x });
    expect(mixed.ok ? [] : mixed.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['x', 'key_mismatch'],
    ]);
    const broken = parsePrivateKey({ ...KEY, kty: 'EC', d: `${KEY.d}A`, extra: 1 });
    expect(broken.ok ? [] : broken.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['extra', 'unknown_key'],
      ['kty', 'invalid_value'],
      ['d', 'invalid_encoding'],
    ]);
    expect(JSON.stringify(broken)).not.toContain(KEY.d);
    expect(parsePrivateKey(null).ok).toBe(false);
  });

  it('a trust list: at least one key, each a usable point, no key id twice, no unknown field', () => {
    const identity = encodeBase64url(new Uint8Array([1, ...new Array(31).fill(0)]));
    const parsed = parseTrustList({
      keys: [
        { kid: 'a', x: KEY.x },
        { kid: 'a', x: OTHER.x },
        { kid: 'b', x: identity },
        { kid: 'c', x: KEY.x.slice(1) },
        { kid: 'd', x: KEY.x, note: 'x' },
      ],
    });
    expect(parsed.ok ? [] : parsed.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['keys.1.kid', 'duplicate_id'],
      ['keys.2.x', 'key_mismatch'],
      ['keys.3.x', 'invalid_encoding'],
      ['keys.4.note', 'unknown_key'],
    ]);
    expect(parseTrustList({ keys: [] }).ok).toBe(false);
    expect(parseTrustList({}).ok).toBe(false);
    expect(parseTrustList({ keys: [{ kid: 'a', x: KEY.x, issuer: '望江县' }] })).toEqual({
      ok: true,
      value: { keys: [{ kid: 'a', x: KEY.x, issuer: '望江县' }] },
    });
  });
});

describe('codes in links', () => {
  it('a verification link carries the code after #/verify/', () => {
    fc.assert(
      fc.property(householdPayload, (payload) => {
        const code = signCertificate(payload, KEY);
        const link = certificateLink(code, 'https://credit.example.gov.cn/scorecard/');
        expect(link).toBe(`https://credit.example.gov.cn/scorecard/#/verify/${code}`);
        expect(certificateCodeFrom(` ${link}\n`)).toBe(code);
        expect(certificateCodeFrom(code)).toBe(code);
        expect(certificateLink(code)).toBe(code);
      }),
      { numRuns: runs(10) },
    );
  });
});

function options(village?: string) {
  return {
    kid: KEY.kid,
    issuer: ISSUER,
    model: MODEL,
    evalYear: EVAL_YEAR,
    issued: '2024-12-01',
    ...(village === undefined ? {} : { village }),
  };
}

function sample(): Record<string, unknown> {
  return {
    id: 'H1',
    deposits: '200000.00',
    income: { net: '60000.00', operating: '30000.00' },
    civility: Object.fromEntries(
      defaultModel().document.score.civility.dimensions.map((d) => [d.code, 'good']),
    ),
    creditRecord: 'none',
  };
}
