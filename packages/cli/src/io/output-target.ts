import { constants, fstatSync, type Stats } from 'node:fs';
import { access, lstat, readlink, realpath, stat } from 'node:fs/promises';
import { CliError } from '../cli-error.js';
import { fsProblem } from './fs-problem.js';

/**
 * What writing to a path means, decided before anything is written:
 *
 * - `new`: nothing is there; a regular file is created (atomically, with the usual mode of a
 *   new file: 0666 less the umask).
 * - `replace`: a regular file, reached directly or through symbolic links (`path` is the
 *   file itself, so a link stays a link and its target is replaced); it is replaced atomically
 *   and keeps its mode, and its owner and group where the user may set them.
 * - `direct`: a FIFO or a character device (`/dev/null`, a terminal): written in place, since
 *   renaming a file over it would destroy it rather than write to it.
 * - `stdout`: the command's own standard output when it is not a regular file (`/dev/stdout`
 *   on a pipe, a socket or a terminal): written there, as without `--output`.
 */
export type OutputTarget =
  | { readonly kind: 'new'; readonly path: string }
  | {
      readonly kind: 'replace';
      readonly path: string;
      readonly mode: number;
      readonly uid: number;
      readonly gid: number;
    }
  | { readonly kind: 'direct'; readonly path: string }
  | { readonly kind: 'stdout' };

/**
 * Looks at what is at `path` and says how to write it (see {@link OutputTarget}).
 *
 * @throws {CliError} for what is never written (nothing is changed): a directory, a block
 *   device, a socket, a symbolic link to nothing, a regular file the user could not write with
 *   the shell's `>` (a read-only file is not replaced behind its owner's back), or a path that
 *   cannot be looked at.
 */
export async function outputTarget(path: string): Promise<OutputTarget> {
  let stats: Stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'new', path };
    throw new CliError(`cannot write ${path}: ${fsProblem(error)}`);
  }
  let real = path;
  if (stats.isSymbolicLink()) {
    try {
      stats = await stat(path);
      // Only a regular file is replaced, so only its real path matters (a link to a pipe,
      // such as /dev/stdout, has none).
      if (stats.isFile()) real = await realpath(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new CliError(`cannot write ${path}: ${fsProblem(error)}`);
      const to = await readlink(path).catch(() => '?');
      throw new CliError(
        `cannot write ${path}: it is a symbolic link to ${to}, which does not exist (nothing was written)`,
      );
    }
  }
  if (stats.isFile()) {
    try {
      await access(real, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        throw new CliError(
          `${path} is read-only: it was not replaced (make it writable, or choose another file)`,
        );
      throw new CliError(`cannot write ${path}: ${fsProblem(error)}`);
    }
    return {
      kind: 'replace',
      path: real,
      mode: stats.mode & 0o7777,
      uid: stats.uid,
      gid: stats.gid,
    };
  }
  if (isStandardOutput(stats)) return { kind: 'stdout' };
  if (stats.isFIFO() || stats.isCharacterDevice()) return { kind: 'direct', path };
  throw new CliError(`cannot write ${path}: ${kindOf(stats)}, not a file (nothing was written)`);
}

/** Whether `stats` are those of this process's standard output (`/dev/stdout`, `/proc/self/fd/1`). */
function isStandardOutput(stats: Stats): boolean {
  try {
    const own = fstatSync(1);
    return own.dev === stats.dev && own.ino === stats.ino;
  } catch {
    return false;
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a directory';
  if (stats.isBlockDevice()) return 'it is a block device (a disk)';
  if (stats.isSocket()) return 'it is a socket';
  return 'it is not a regular file';
}
