import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type BatchResult,
  type CertificatePayload,
  certificateLink,
  certificatePayload,
  evaluateBatch,
  InputError,
  type PrivateKey,
  readBatchEnvelope,
  signCertificate,
} from '@credit-village/core';
import { readPrivateKey } from '../certificate/key-files.js';
import { gradeLabels } from '../certificate/labels.js';
import { type CertificatePageInput, certificatePage } from '../certificate/page.js';
import { qrSvg } from '../certificate/qr-svg.js';
import { entitySubjects, householdSubjects, type Subject } from '../certificate/subjects.js';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { fsProblem } from '../io/fs-problem.js';
import { readJsonInput } from '../io/read-json.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { noticeFileBase } from '../notice/notice-file-name.js';
import { loadModel } from '../options/model.js';
import { issueText } from '../report/issue-text.js';
import { printLines, safeText } from '../report/safe-text.js';

/** The flags of `credit-village certify`. */
export interface CertifyFlags {
  readonly key: string;
  readonly issuer: string;
  readonly date: string;
  readonly validDays: number;
  readonly village?: string;
  readonly all?: boolean;
  readonly outDir?: string;
  readonly verifyUrl?: string;
  readonly model?: string;
  readonly evalYear?: number;
}

/** One issued certificate, ready for its page and for certificates.ndjson. */
interface Issued {
  readonly payload: CertificatePayload;
  readonly code: string;
  readonly qr: string;
}

/** A page written: its file and how many certificates it holds. */
interface Written {
  readonly file: string;
  readonly count: number;
}

/**
 * `credit-village certify <batch> --key <key.json> --issuer <name> --date <YYYY-MM-DD>`: evaluates
 * the batch (as `notice` does) and signs a rating certificate for every credit household and
 * credit entity (`--all`: every scored one). Writes a printable A4 page per village (and one
 * for the entities) with each certificate's QR code and fields, and `certificates.ndjson`, one
 * line `{ kind, village?, id, code }` per certificate in input order; prints how many it issued
 * and where. The private key is never printed or written anywhere. A page is written as soon
 * as its village is signed, so memory holds one village's QR codes at a time.
 *
 * Exit status: 0 all certified; 1 some records were invalid (or a subject could not be
 * certified) and got no certificate, the others did; 2 nothing usable (batch, key, flags).
 */
export async function certifyCommand(file: string, flags: CertifyFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const key = await readPrivateKey(flags.key);
  const batch = await readJsonInput(file, 'the batch document');
  const result = evaluate(batch, model, flags.evalYear);
  const villages = householdSubjects(readBatchEnvelope(batch, result.evalYear), result, flags);
  if (flags.village !== undefined && villages.length === 0) {
    throw new CliError(`no village with id ${JSON.stringify(flags.village)} in the batch`);
  }
  const dir = flags.outDir ?? '.';
  await makeDirectory(dir);
  const labels = gradeLabels(model);
  const problems: string[] = [];
  const names = new Set<string>();
  const lines: string[] = [];
  const pages: Written[] = [];
  const counts = { household: 0, entity: 0 };
  const publish = async (
    certificates: readonly Issued[],
    page: Omit<CertificatePageInput, 'certificates' | 'gradeLabels'>,
    base: string,
  ) => {
    if (certificates.length === 0) return;
    const path = join(dir, uniqueName(base, names));
    await writeFileAtomic(path, certificatePage({ ...page, certificates, gradeLabels: labels }));
    pages.push({ file: path, count: certificates.length });
    for (const { payload, code } of certificates) {
      counts[payload.kind]++;
      lines.push(ndjsonLine(payload, code));
    }
  };
  for (const village of villages) {
    await publish(
      issueAll(village.subjects, key, result, flags, problems),
      { title: village.name ?? village.id, village: village.id },
      `${noticeFileBase(village.id)}-certificates`,
    );
  }
  await publish(
    issueAll(entitySubjects(batch, result, flags), key, result, flags, problems),
    { title: '新型农业经营主体', village: null },
    'entities-certificates',
  );
  await writeFileAtomic(join(dir, 'certificates.ndjson'), lines.join(''));
  await report(dir, pages, counts);
  for (const village of result.villages) {
    if (village.id === null && village.households.length > 0 && flags.village === undefined) {
      problems.push(
        `${village.households.length} households of a village without a usable id got no certificate (a certificate names its village)`,
      );
    }
  }
  const invalid =
    result.summary.invalidHouseholds + result.summary.invalidVillages + entityErrors(result);
  if (invalid > 0) {
    problems.push(
      `${invalid} 条记录有误，未签发证书 (${invalid} invalid records got no certificate); run credit-village validate for details`,
    );
  }
  for (const line of problems) process.stderr.write(`credit-village: ${safeText(line)}\n`);
  return problems.length > 0 ? EXIT.invalidRecords : EXIT.ok;
}

function evaluate(
  batch: unknown,
  model: Awaited<ReturnType<typeof loadModel>>,
  evalYear?: number,
): BatchResult {
  try {
    return evaluateBatch(batch, { model, ...(evalYear === undefined ? {} : { evalYear }) });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      'cannot evaluate the batch:',
      error.issues.map((i) => `  ${issueText(i)}`),
    );
  }
}

/** Signs each subject's certificate; a subject that cannot be certified is a problem line. */
function issueAll(
  subjects: readonly Subject[],
  key: PrivateKey,
  result: BatchResult,
  flags: CertifyFlags,
  problems: string[],
): Issued[] {
  const out: Issued[] = [];
  for (const subject of subjects) {
    const where =
      subject.kind === 'household'
        ? `village ${subject.village}, household ${subject.result.id}`
        : `entity ${subject.result.id}`;
    let payload: CertificatePayload;
    try {
      payload = certificatePayload(subject.result, subject.record, {
        kid: key.kid,
        issuer: flags.issuer,
        model: result.model,
        evalYear: result.evalYear,
        issued: flags.date,
        validDays: flags.validDays,
        ...(subject.kind === 'household' ? { village: subject.village } : {}),
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(`${where}: no certificate: ${error.issues.map(issueText).join('; ')}`);
      continue;
    }
    const code = signCertificate(payload, key);
    const qr = qrSvg(certificateLink(code, flags.verifyUrl));
    if (qr === undefined) {
      problems.push(
        `${where}: no certificate: the code is too long for a QR code (shorten the ids or the issuer)`,
      );
      continue;
    }
    out.push({ payload, code, qr });
  }
  return out;
}

async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create the directory ${dir}: ${fsProblem(error)}`);
  }
}

/** A line of certificates.ndjson: `{ kind, village?, id, code }`. */
function ndjsonLine(payload: CertificatePayload, code: string): string {
  const line =
    payload.kind === 'household'
      ? { kind: payload.kind, village: payload.village, id: payload.id, code }
      : { kind: payload.kind, id: payload.id, code };
  return `${JSON.stringify(line)}\n`;
}

async function report(
  dir: string,
  pages: readonly Written[],
  counts: { readonly household: number; readonly entity: number },
): Promise<void> {
  const total = counts.household + counts.entity;
  const lines = [
    `已签发 ${total} 份信用评级证书（农户 ${counts.household}，经营主体 ${counts.entity}）` +
      ` / ${total} rating certificates issued (${counts.household} households, ${counts.entity} entities)`,
    `  ${join(dir, 'certificates.ndjson')}`,
    ...pages.map((p) => `  ${p.file}（${p.count} 份 certificates）`),
  ];
  await printLines(lines);
}

/** `name.html`, or `name-2.html`, … when two ids give the same file name. */
function uniqueName(base: string, taken: Set<string>): string {
  let name = `${base}.html`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.html`;
  taken.add(name.toLowerCase());
  return name;
}

/** Invalid entity records, once the evaluation reports them (FORMATS.md `entityErrors`). */
function entityErrors(result: BatchResult): number {
  const errors = (result as { entityErrors?: unknown }).entityErrors;
  return Array.isArray(errors) ? errors.length : 0;
}
