import { makeIssue, nonEmpty, type Result } from '../issues.js';
import type { ModelStamp } from '../model/model.js';
import { BOUNDS } from '../schema/bounds.js';
import type { MoneyText } from '../types/result.js';
import { CODE, KID, type Path, Reader, toFen } from './fields.js';

/** What every certificate payload carries (FORMATS.md, "Rating certificates"). */
interface PayloadCommon {
  /** The payload format: always 1. */
  readonly v: 1;
  /** The id of the key that signed it. */
  readonly kid: string;
  /** The office that issued it (`望江县信用村建设办公室`). */
  readonly issuer: string;
  /** The household's or entity's id. */
  readonly id: string;
  readonly grade: string;
  /** The credit limit in yuan, `"163000.00"`. */
  readonly limit: MoneyText;
  readonly evalYear: number;
  readonly model: ModelStamp;
  /** The first and last day of validity, inclusive, `YYYY-MM-DD`. */
  readonly issued: string;
  readonly validUntil: string;
}

/** A household's certificate: `name` and `idNumber` masked as in the public notice. */
export interface HouseholdCertificatePayload extends PayloadCommon {
  readonly kind: 'household';
  readonly village: string;
  readonly name?: string;
  readonly idNumber?: string;
}

/** An entity's certificate: its registered name (not personal data) and the limit's split. */
export interface EntityCertificatePayload extends PayloadCommon {
  readonly kind: 'entity';
  /** The model's entity type (`familyFarm`, `cooperative`, `largeHousehold`, `enterprise`). */
  readonly type: string;
  readonly name?: string;
  /** The part of the limit a bank may lend on credit alone. */
  readonly creditOnly: MoneyText;
  /** The part of the limit that needs a guarantee: `limit − creditOnly`. */
  readonly guaranteed: MoneyText;
}

/** The signed content of a rating certificate. */
export type CertificatePayload = HouseholdCertificatePayload | EntityCertificatePayload;

const COMMON = [
  'v',
  'kid',
  'issuer',
  'kind',
  'id',
  'grade',
  'limit',
  'evalYear',
  'model',
  'issued',
  'validUntil',
];
const HOUSEHOLD_KEYS = [...COMMON, 'village', 'name', 'idNumber'];
const ENTITY_KEYS = [...COMMON, 'type', 'name', 'creditOnly', 'guaranteed'];

/** `maskName`'s output: one character, then at least one `*`. */
const MASKED_NAME = /^.\*+$/su;
/** `maskIdNumber`'s output: all `*` (fewer than 10), or 4 characters, `*`s, 4 characters. */
const MASKED_ID_NUMBER = /^(\*{1,9}|.{4}\*{2,}.{4})$/su;
const MODEL_HASH = /^sha256:[0-9a-f]{64}$/;

/**
 * Reads a certificate payload (parsed JSON) strictly: `v` 1, a known `kind`, every field of the
 * right type and form (money as results write it, real `YYYY-MM-DD` dates, `validUntil` not
 * before `issued`, masked personal data, an entity's `creditOnly + guaranteed = limit`), and
 * no unknown fields. What {@link signCertificate} signs and what {@link verifyCertificate}
 * accepts are exactly the payloads this returns.
 */
export function parseCertificatePayload(value: unknown): Result<CertificatePayload> {
  const r = new Reader();
  const kind = (value as { kind?: unknown } | null)?.kind;
  const allowed = kind === 'entity' ? ENTITY_KEYS : HOUSEHOLD_KEYS;
  const doc = r.object(value, [], 'a certificate payload', allowed);
  if (doc === undefined) return failed(r);
  if (doc.v !== 1)
    r.add(['v'], doc.v === undefined ? 'required' : 'invalid_value', 'must be 1', {
      allowed: ['1'],
    });
  if (kind !== 'household' && kind !== 'entity') {
    r.add(
      ['kind'],
      kind === undefined ? 'required' : 'invalid_value',
      'must be "household" or "entity"',
      { allowed: ['household', 'entity'] },
    );
  }
  const common = {
    v: 1 as const,
    kid: r.string(doc.kid, ['kid'], { pattern: KID, expected: 'a key id' }),
    issuer: r.string(doc.issuer, ['issuer'], {
      pattern: /^\S(.*\S)?$/su,
      expected: 'no spaces at either end',
    }),
    id: r.string(doc.id, ['id'], {}),
    grade: r.string(doc.grade, ['grade'], { pattern: CODE, expected: 'a grade code such as AAA' }),
    limit: r.money(doc.limit, ['limit']),
    evalYear: r.integer(doc.evalYear, ['evalYear'], BOUNDS.minYear, BOUNDS.maxYear, 'year'),
    model: readModel(r, doc.model),
    issued: r.date(doc.issued, ['issued']),
    validUntil: r.date(doc.validUntil, ['validUntil']),
  };
  if (
    common.issued !== undefined &&
    common.validUntil !== undefined &&
    common.validUntil < common.issued
  ) {
    r.add(['validUntil'], 'invalid_value', 'must not be before "issued"', {
      rule: 'validUntilBeforeIssued',
    });
  }
  const payload = kind === 'entity' ? readEntity(r, doc, common.limit) : readHousehold(r, doc);
  if (nonEmpty(r.issues)) return { ok: false, issues: r.issues };
  return { ok: true, value: { ...common, ...payload } as CertificatePayload };
}

function readHousehold(r: Reader, doc: Record<string, unknown>) {
  const name = r.string(doc.name, ['name'], {
    optional: true,
    pattern: MASKED_NAME,
    expected: 'a masked name: its first character, then "*"',
  });
  const idNumber = r.string(doc.idNumber, ['idNumber'], {
    optional: true,
    pattern: MASKED_ID_NUMBER,
    expected: 'a masked id number: its first 4 and last 4 characters, "*" between',
  });
  return {
    kind: 'household' as const,
    village: r.string(doc.village, ['village'], {}),
    ...(name === undefined ? {} : { name }),
    ...(idNumber === undefined ? {} : { idNumber }),
  };
}

function readEntity(r: Reader, doc: Record<string, unknown>, limit: string | undefined) {
  const name = r.string(doc.name, ['name'], { optional: true });
  const creditOnly = r.money(doc.creditOnly, ['creditOnly']);
  const guaranteed = r.money(doc.guaranteed, ['guaranteed']);
  if (
    limit !== undefined &&
    creditOnly !== undefined &&
    guaranteed !== undefined &&
    toFen(creditOnly) + toFen(guaranteed) !== toFen(limit)
  ) {
    r.add(['guaranteed'], 'invalid_value', 'creditOnly + guaranteed must equal limit', {
      rule: 'guaranteedSum',
    });
  }
  return {
    kind: 'entity' as const,
    type: r.string(doc.type, ['type'], { pattern: CODE, expected: 'an entity type code' }),
    ...(name === undefined ? {} : { name }),
    creditOnly,
    guaranteed,
  };
}

function readModel(r: Reader, value: unknown): ModelStamp | undefined {
  const path: Path = ['model'];
  if (value === undefined) return r.add(path, 'required', 'required');
  const doc = r.object(value, path, 'the model stamp', ['id', 'version', 'hash']);
  if (doc === undefined) return undefined;
  const id = r.string(doc.id, [...path, 'id'], {});
  const version = r.integer(doc.version, [...path, 'version'], 0, Number.MAX_SAFE_INTEGER);
  const hash = r.string(doc.hash, [...path, 'hash'], {
    pattern: MODEL_HASH,
    expected: 'sha256: and 64 lowercase hex digits',
  });
  return id === undefined || version === undefined || hash === undefined
    ? undefined
    : { id, version, hash };
}

function failed<T>(r: Reader): Result<T> {
  return nonEmpty(r.issues)
    ? { ok: false, issues: r.issues }
    : {
        ok: false,
        issues: [
          makeIssue([], 'invalid_document', 'not a certificate payload', {
            expected: 'document',
            rule: 'certificatePayload',
          }),
        ],
      };
}
