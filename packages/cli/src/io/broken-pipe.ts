import { EXIT } from '../exit-status.js';

let installed = false;

/**
 * Makes a closed standard output end the run at once, quietly and with status 0:
 * `credit-village evaluate big.ndjson --format ndjson | head -1` must not print a stack trace
 * when `head` exits. The reader asked for no more, and there is no one left to tell.
 * Any other failure to write standard output is reported in one line (status 2).
 */
export function endQuietlyOnBrokenPipe(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(EXIT.ok);
    process.stderr.write(`credit-village: cannot write to standard output: ${error.message}\n`);
    process.exit(EXIT.unusable);
  });
}
