/**
 * Certificates made in the tests with the core, as the office's `certify` makes them: a fresh
 * key pair per office (generated in the test, never a fixture), a household certificate of
 * golden.json's H1 (with a head whose name and id number the certificate must mask) and an
 * entity certificate, valid from any day for any number of days.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CertificatePayload,
  certificatePayload,
  defaultModel,
  type EntityCertificateSubject,
  evaluateBatch,
  generateKeyPair,
  modelStamp,
  type PrivateKey,
  signCertificate,
  type TrustList,
} from '@credit-village/core';

const VECTORS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'vectors');

/** The issuing office of the tests. */
export const ISSUER = '望江县信用村建设办公室';

/** H1's head, as the record would carry it: the certificate shows only 王** and 3408…1234. */
export const HEAD = { name: '王小明', idNumber: '340827198001011234' } as const;

/** An office with its key: the private key signs, the trust list is what banks load. */
export interface TestOffice {
  readonly privateKey: PrivateKey;
  readonly trustList: TrustList;
  /** The trust list file's text, as `keys new --public-out` writes it. */
  readonly trustText: string;
}

/** A new office key (`kid`), generated now. */
export function testOffice(kid = 'wj-test', issuer = ISSUER): TestOffice {
  const { privateKey, trustedKey } = generateKeyPair(kid);
  const trustList = { keys: [{ ...trustedKey, issuer }] };
  return { privateKey, trustList, trustText: `${JSON.stringify(trustList, null, 2)}\n` };
}

/** The calendar day `offset` days from today, in this machine's time zone (`YYYY-MM-DD`). */
export function dayFromToday(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** When a certificate was issued and for how long. */
export interface Validity {
  readonly issued: string;
  readonly validDays?: number;
}

/** Valid today: issued 10 days ago for a year. */
export const CURRENT: Validity = { issued: dayFromToday(-10), validDays: 365 };

/** Expired: issued in 2023 for 30 days. */
export const LAPSED: Validity = { issued: '2023-01-10', validDays: 30 };

/** A signed certificate: its code and what it says. */
export interface Signed {
  readonly code: string;
  readonly payload: CertificatePayload;
}

/** The certificate of household H1 of golden.json (grade AAA, limit 163,000.00). */
export function householdCertificate(office: TestOffice, validity: Validity = CURRENT): Signed {
  const batch = JSON.parse(readFileSync(join(VECTORS, 'golden.json'), 'utf8')) as {
    villages: { id: string; households: Record<string, unknown>[] }[];
  };
  const village = batch.villages[0];
  const record = village?.households.find((h) => h.id === 'H1');
  const result = evaluateBatch(batch).villages[0];
  const h1 = result !== undefined && 'households' in result ? result.households[0] : undefined;
  if (village === undefined || record === undefined || h1 === undefined) {
    throw new Error('golden.json has no H1');
  }
  const payload = certificatePayload(
    h1,
    { ...record, head: HEAD },
    {
      kid: office.privateKey.kid,
      issuer: ISSUER,
      model: evaluateBatch(batch).model,
      evalYear: 2024,
      issued: validity.issued,
      validDays: validity.validDays ?? 365,
      village: village.id,
    },
  );
  return { code: signCertificate(payload, office.privateKey), payload };
}

/** A cooperative's result: limit 1,660,000.00, of which 660,000.00 with a guarantee. */
export const COOPERATIVE: EntityCertificateSubject = {
  id: 'COOP1',
  type: 'cooperative',
  name: '望江县兴农农民专业合作社',
  grade: 'AAA',
  limit: '1660000.00',
  creditOnly: '1000000.00',
  guaranteed: '660000.00',
};

/** The certificate of an entity (by default {@link COOPERATIVE}). */
export function entityCertificate(
  office: TestOffice,
  validity: Validity = CURRENT,
  subject: EntityCertificateSubject = COOPERATIVE,
): Signed {
  const payload = certificatePayload(
    subject,
    {},
    {
      kid: office.privateKey.kid,
      issuer: ISSUER,
      model: modelStamp(defaultModel()),
      evalYear: 2024,
      issued: validity.issued,
      validDays: validity.validDays ?? 365,
    },
  );
  return { code: signCertificate(payload, office.privateKey), payload };
}

/**
 * A forged certificate: the payload of a genuine one with its limit raised (still canonical
 * JSON, so only the signature can tell), under the genuine signature.
 */
export function raisedLimit(code: string, limit = '963000.00'): string {
  const [prefix, body, signature] = code.split('.');
  const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as {
    limit: string;
  };
  payload.limit = limit;
  const forged = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${prefix}.${forged}.${signature}`;
}
