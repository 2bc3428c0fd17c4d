import { readFile, stat } from 'node:fs/promises';
import {
  type Issue,
  type PrivateKey,
  parsePrivateKey,
  parseTrustList,
  type Result,
  type TrustList,
} from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { stripBom } from '../io/input.js';
import { parseJsonText } from '../io/read-json.js';
import { issueText } from '../report/issue-text.js';

/**
 * Reads the office's private key file. Problems are reported by field and kind only: no
 * message repeats the file's content, so the key never reaches a terminal or a log. A file
 * that other users can read is used, with a warning on standard error.
 *
 * @throws {CliError} when the file cannot be read, is not JSON or not a valid private key.
 */
export async function readPrivateKey(path: string): Promise<PrivateKey> {
  const key = await readKeyDocument(path, 'the private key', parsePrivateKey);
  try {
    const { mode } = await stat(path);
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      process.stderr.write(
        `credit-village: 警告 warning: 私钥文件 ${path} 其他用户可读 (mode ${(mode & 0o777).toString(8)}); ` +
          `请执行 run: chmod 600 ${path}\n`,
      );
    }
  } catch {
    // Read a moment ago; a failing stat only loses the warning.
  }
  return key;
}

/**
 * Reads a trust list file (the public keys a verifier trusts).
 *
 * @throws {CliError} when the file cannot be read, is not JSON or not a valid trust list.
 */
export function readTrustList(path: string): Promise<TrustList> {
  return readKeyDocument(path, 'the trust list', parseTrustList);
}

async function readKeyDocument<T>(
  path: string,
  what: string,
  parse: (value: unknown) => Result<T>,
): Promise<T> {
  let text: string;
  try {
    text = stripBom(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read ${what} ${path}: ${fsProblem(error)}`);
  }
  const json = parseJsonText(text, `${what} ${path}`);
  if (json.duplicateKeys.length > 0)
    throw new CliError(
      `${what} ${path} writes a key twice (${json.duplicateKeys.map((p) => p.join('.')).join(', ')}): it cannot be trusted`,
    );
  const parsed = parse(json.value);
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue: Issue) => `  ${issueText(issue)}`);
    if (parse === parseTrustList && isPrivateKeyDocument(json.value)) {
      lines.unshift(
        '  this is a PRIVATE key file, not a trust list: keep it offline and hand out only the trust list (keys new --public-out)',
      );
    }
    throw new CliError(`${what} ${path} is not usable:`, lines);
  }
  return parsed.value;
}

function isPrivateKeyDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'd');
}
