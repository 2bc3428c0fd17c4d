import { openAtomicOutput } from './atomic-output.js';
import { openDirectOutput } from './direct-output.js';
import type { FileOutput } from './output.js';
import { outputTarget } from './output-target.js';
import { stdoutOutput } from './stdout.js';

/**
 * Opens a file the command writes (`--output`, the notice's files) by the rules of
 * {@link outputTarget}: a regular file (new, or reached through symbolic links) is written to
 * a temporary file and renamed into place on commit, keeping the mode of the file it replaces;
 * a FIFO or a character device is written in place, and the command's own standard output
 * (`/dev/stdout` on a pipe) through its stream; anything else is refused before any work.
 *
 * @throws {CliError} when the path is refused or cannot be opened.
 */
export async function openFileOutput(path: string): Promise<FileOutput> {
  const target = await outputTarget(path);
  switch (target.kind) {
    case 'new':
      return openAtomicOutput(path, target.path);
    case 'replace':
      return openAtomicOutput(path, target.path, target);
    case 'direct':
      return openDirectOutput(path, target.path);
    case 'stdout':
      return { ...stdoutOutput(), prepare: async () => {} };
  }
}
