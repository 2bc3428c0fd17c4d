/**
 * Words for a failed file operation, for a person rather than a programmer:
 * `no such file`, `permission denied`, ... Falls back to the system's message.
 */
export function fsProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EFBIG':
      return 'the file would be larger than this user or file system allows';
    case 'EPIPE':
      return 'its reader has gone (broken pipe)';
    case 'ENXIO':
      return 'no process is reading it, or it cannot be opened for writing';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
