import { InputError, makeIssue } from '../issues.js';
import type { ModelStamp } from '../model/model.js';
import { maskIdNumber, maskName } from '../notice/mask.js';
import { addDays, isIsoDate } from '../notice/text.js';
import type { HouseholdResult, MoneyText } from '../types/result.js';
import { type CertificatePayload, parseCertificatePayload } from './payload.js';

/**
 * What a certificate needs of an entity's result (MODEL.md §8): any value of this shape will do,
 * so the entity results of the evaluation plug in as they are.
 */
export interface EntityCertificateSubject {
  readonly id: string;
  readonly type: string;
  /** The registered name; when absent it is read from the entity's input record. */
  readonly name?: string;
  readonly grade: string;
  readonly limit: MoneyText;
  readonly creditOnly: MoneyText;
  readonly guaranteed: MoneyText;
}

/** Options of {@link certificatePayload}. */
export interface CertificateOptions {
  /** The id of the key that will sign. */
  readonly kid: string;
  /** The issuing office, as printed on the certificate. */
  readonly issuer: string;
  /** The evaluation's model stamp (`result.model`). */
  readonly model: ModelStamp;
  readonly evalYear: number;
  /** The day of issue, `YYYY-MM-DD`: the first day of validity. */
  readonly issued: string;
  /** How many days it is valid, the day of issue included (default 365); 1 to 3660. */
  readonly validDays?: number;
  /** The household's village id (households only). */
  readonly village?: string;
}

/** The longest validity: ten years. */
const MAX_VALID_DAYS = 3660;

/**
 * The certificate payload of one evaluated subject, ready for {@link signCertificate}.
 *
 * - A household result (`HouseholdResult`) with its input record: the record's `head.name` and
 *   `head.idNumber` (or a bare `{ name, idNumber }`) are masked with {@link maskName} and
 *   {@link maskIdNumber}, exactly as in the public notice, and left out when absent.
 *   `options.village` is required.
 * - An entity result (any {@link EntityCertificateSubject}, recognised by its `creditOnly`):
 *   its registered name, from the result or else the record's `name`, unmasked.
 *
 * `validUntil` is `issued + validDays − 1`: 365 days from 2024-12-01 end on 2025-11-30.
 *
 * @throws {InputError} listing every problem when the options or the subject cannot make a
 *   valid payload (a bad date, a missing village, an id over 200 characters, …).
 * @example
 * const payload = certificatePayload(result.villages[0].households[0], record, {
 *   kid: 'wj-2024', issuer: '望江县信用村建设办公室', model: result.model,
 *   evalYear: result.evalYear, issued: '2024-12-01', village: 'wj-yatan-01' });
 */
export function certificatePayload(
  result: HouseholdResult | EntityCertificateSubject,
  record: unknown,
  options: CertificateOptions,
): CertificatePayload {
  const validDays = options.validDays ?? 365;
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > MAX_VALID_DAYS) {
    throw new InputError(
      [
        makeIssue(
          ['validDays'],
          'invalid_value',
          `must be a whole number of days from 1 to ${MAX_VALID_DAYS}`,
        ),
      ],
      'invalid certificate options',
    );
  }
  const common = {
    v: 1,
    kid: options.kid,
    issuer: options.issuer,
    id: result.id,
    grade: result.grade,
    limit: result.limit,
    evalYear: options.evalYear,
    model: { id: options.model.id, version: options.model.version, hash: options.model.hash },
    issued: options.issued,
    validUntil: isIsoDate(options.issued) ? addDays(options.issued, validDays - 1) : options.issued,
  };
  const draft = isEntity(result)
    ? {
        ...common,
        kind: 'entity',
        type: result.type,
        ...optional('name', result.name ?? stringField(record, 'name')),
        creditOnly: result.creditOnly,
        guaranteed: result.guaranteed,
      }
    : {
        ...common,
        kind: 'household',
        village: options.village,
        ...optional('name', maskName(personal(record, 'name'))),
        ...optional('idNumber', maskIdNumber(personal(record, 'idNumber'))),
      };
  const parsed = parseCertificatePayload(draft);
  if (!parsed.ok) throw new InputError(parsed.issues, 'cannot make a certificate payload');
  return parsed.value;
}

function isEntity(
  result: HouseholdResult | EntityCertificateSubject,
): result is EntityCertificateSubject {
  return 'creditOnly' in result;
}

/** A personal field of a household record's `head`, or of a bare `{ name, idNumber }`. */
function personal(record: unknown, key: 'name' | 'idNumber'): string | undefined {
  return stringField(objectField(record, 'head') ?? record, key);
}

function objectField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'object' && field !== null ? field : undefined;
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

/** `{ [key]: value }` for a non-empty string, else nothing (the payload leaves the key out). */
function optional(key: string, value: string | undefined): Record<string, string> {
  return value === undefined || value === '' ? {} : { [key]: value };
}
