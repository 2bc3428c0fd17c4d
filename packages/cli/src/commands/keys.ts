import { type FileHandle, open, unlink } from 'node:fs/promises';
import { generateKeyPair, InputError, type TrustList } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { fsProblem } from '../io/fs-problem.js';
import { issueText } from '../report/issue-text.js';
import { printLines } from '../report/safe-text.js';

/** The flags of `credit-village keys new`. */
export interface KeysNewFlags {
  readonly kid: string;
  readonly out: string;
  readonly publicOut?: string;
  readonly issuer?: string;
}

/**
 * `credit-village keys new --kid <kid> --out <key.json> [--public-out <trust.json>]`: a new
 * Ed25519 signing key. The private key file is created exclusively with mode 0600: an existing
 * file is never overwritten, and the key is never printed. The trust list (the public key, to
 * hand to banks) is created the same way. Standard output names the files and the public key.
 *
 * @throws {CliError} when the key id is not valid or a file exists or cannot be written (status 2).
 */
export async function keysNewCommand(flags: KeysNewFlags): Promise<ExitStatus> {
  let pair: ReturnType<typeof generateKeyPair>;
  try {
    pair = generateKeyPair(flags.kid);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      'cannot make the key:',
      error.issues.map((i) => `  ${issueText(i)}`),
    );
  }
  const trustList: TrustList = {
    keys: [{ ...pair.trustedKey, ...(flags.issuer === undefined ? {} : { issuer: flags.issuer }) }],
  };
  // Both files are claimed before either is written, so a refusal leaves nothing behind.
  const privateFile = await createNew(flags.out, 0o600, 'the private key');
  let publicFile: FileHandle | undefined;
  try {
    if (flags.publicOut !== undefined) {
      publicFile = await createNew(flags.publicOut, 0o644, 'the trust list');
    }
    await fill(privateFile, `${JSON.stringify(pair.privateKey, null, 2)}\n`, 0o600);
    if (publicFile !== undefined) await fill(publicFile, `${JSON.stringify(trustList, null, 2)}\n`);
  } catch (error) {
    await privateFile.close().catch(() => {});
    await publicFile?.close().catch(() => {});
    await unlink(flags.out).catch(() => {});
    if (flags.publicOut !== undefined && publicFile !== undefined) {
      await unlink(flags.publicOut).catch(() => {});
    }
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write the key files: ${fsProblem(error)}`);
  }
  const lines = [
    `已生成签发密钥 New signing key: ${pair.trustedKey.kid}`,
    `  私钥 Private key: ${flags.out}（仅本人可读 mode 0600；请离线保管，切勿外传 keep it offline, never share it）`,
    flags.publicOut === undefined
      ? '  信任列表 Trust list: 未写出 not written (use --public-out <trust.json>)'
      : `  信任列表 Trust list: ${flags.publicOut}（发给银行和担保公司 hand it to the banks and the guarantee company）`,
    `  公钥 Public key (x): ${pair.trustedKey.x}`,
  ];
  await printLines(lines);
  return EXIT.ok;
}

/** Creates `path` only if nothing is there (`wx`): a key file is never overwritten. */
async function createNew(path: string, mode: number, what: string): Promise<FileHandle> {
  try {
    return await open(path, 'wx', mode);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') {
      throw new CliError(`${path} already exists: ${what} is never overwritten`, [
        '  choose another file name, or move the old file away yourself if it is really no longer needed',
      ]);
    }
    throw new CliError(`cannot create ${what} ${path}: ${fsProblem(error)}`);
  }
}

async function fill(handle: FileHandle, text: string, mode?: number): Promise<void> {
  // The mode given to open is narrowed by the umask; set it exactly.
  if (mode !== undefined) await handle.chmod(mode);
  await handle.writeFile(text, 'utf8');
  await handle.sync();
  await handle.close();
}
