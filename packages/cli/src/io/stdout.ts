import type { Output } from './output.js';
import { writeText } from './write-text.js';

/** Standard output as an {@link Output} (a closed pipe is handled by `endQuietlyOnBrokenPipe`). */
export function stdoutOutput(): Output {
  return {
    name: 'standard output',
    write: (text) => writeText(process.stdout, text),
    commit: async () => {},
    abort: async () => {},
  };
}
