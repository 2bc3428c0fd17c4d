import { openFileOutput } from './file-output.js';

/**
 * Writes a whole text file atomically: a temporary file beside it, renamed over the path once
 * complete, so a reader never sees half a file and a failed run leaves an earlier file intact.
 * The rules of `openFileOutput` apply (links followed, modes kept, FIFOs and devices written in
 * place, read-only files refused).
 *
 * @throws {CliError} when the file cannot be written.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const output = await openFileOutput(path);
  try {
    await output.write(text);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}
