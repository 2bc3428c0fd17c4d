import { readFile } from 'node:fs/promises';
import {
  type CertificateVerdict,
  certificateCodeFrom,
  defaultModel,
  verifyCertificate,
} from '@credit-village/core';
import { readTrustList } from '../certificate/key-files.js';
import { gradeLabels } from '../certificate/labels.js';
import { verdictLines } from '../certificate/verdict-text.js';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { fsProblem } from '../io/fs-problem.js';
import { readInputText } from '../io/input.js';
import { writeText } from '../io/write-text.js';
import { chinaToday } from '../options/date.js';
import { printLines } from '../report/safe-text.js';

/** The flags of `credit-village verify`. */
export interface VerifyFlags {
  readonly trust: string;
  readonly today?: string;
  readonly json?: boolean;
}

/** One code to check, and the line of the file it came from. */
interface Candidate {
  readonly line?: number;
  readonly code: string;
}

/**
 * `credit-village verify <code | file> --trust <trust.json>`: checks certificate codes offline
 * against the trusted public keys. The argument is a code, a verification link
 * (`…#/verify/<code>`), or a file (`-` for standard input) with one code or link per line, or
 * the lines of `certificates.ndjson`. Prints, in Chinese and English, valid / invalid (why) /
 * expired with the certificate's fields; `--json` prints one JSON object per code instead.
 * `--today` defaults to today's date in China (UTC+8).
 *
 * Exit status: 0 every code valid; 1 some invalid or expired; 2 unusable trust list, file or flags.
 */
export async function verifyCommand(argument: string, flags: VerifyFlags): Promise<ExitStatus> {
  const trust = await readTrustList(flags.trust);
  const today = flags.today ?? chinaToday();
  const candidates = await candidatesOf(argument);
  const labels = gradeLabels(defaultModel());
  const verdicts = candidates.map((c) => ({
    ...c,
    verdict: verifyCertificate(c.code, trust, today),
  }));
  const text = flags.json === true ? jsonText(verdicts, today) : humanText(verdicts, today, labels);
  if (flags.json === true) await writeText(process.stdout, text);
  else await printLines(text.replace(/\n$/, '').split('\n'));
  return verdicts.every((v) => v.verdict.status === 'valid') ? EXIT.ok : EXIT.invalidRecords;
}

/**
 * The codes to check. A code or link is taken as it is; any other argument names a file. A
 * text that is neither a file nor a code is still checked, so it is reported as malformed.
 */
async function candidatesOf(argument: string): Promise<Candidate[]> {
  const code = certificateCodeFrom(argument);
  if (argument !== '-' && (/^CV[0-9]*\./.test(code) || argument.includes('#/verify/'))) {
    return [{ code }];
  }
  let text: string;
  try {
    text = argument === '-' ? await readInputText('-') : await readFile(argument, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      process.stderr.write(
        `credit-village: ${argument} 不是证书码，也没有这个文件 is not a certificate code, and no such file\n`,
      );
      return [{ code }];
    }
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${argument}: ${fsProblem(error)}`);
  }
  const candidates: Candidate[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line !== '') candidates.push({ line: i + 1, code: codeOfLine(line) });
  });
  if (candidates.length === 0) throw new CliError(`${argument} holds no certificate code`);
  return candidates;
}

/** A line of certificates.ndjson gives its `code`; any other line is a code or a link. */
function codeOfLine(line: string): string {
  if (!line.startsWith('{')) return certificateCodeFrom(line);
  try {
    const value = JSON.parse(line) as { code?: unknown };
    return typeof value.code === 'string' ? certificateCodeFrom(value.code) : line;
  } catch {
    return line;
  }
}

type Checked = Candidate & { readonly verdict: CertificateVerdict };

function humanText(
  checked: readonly Checked[],
  today: string,
  labels: ReturnType<typeof gradeLabels>,
): string {
  const blocks = checked.map((c) => {
    const lines = verdictLines(c.verdict, today, labels);
    return c.line === undefined
      ? lines
      : [`第 ${c.line} 行 line ${c.line}:`, ...lines.map((l) => `  ${l}`)];
  });
  if (checked.length > 1) {
    const count = (status: string) => checked.filter((c) => c.verdict.status === status).length;
    const [valid, invalid, expired] = [count('valid'), count('invalid'), count('expired')];
    blocks.push([
      `共 ${checked.length} 份：有效 ${valid}，无效 ${invalid}，过期 ${expired}` +
        ` / ${checked.length} certificates: ${valid} valid, ${invalid} invalid, ${expired} expired (today ${today})`,
    ]);
  }
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

function jsonText(checked: readonly Checked[], today: string): string {
  return checked
    .map(
      ({ line, verdict }) =>
        `${JSON.stringify({ ...(line === undefined ? {} : { line }), today, ...verdict })}\n`,
    )
    .join('');
}
