import { EXIT } from '../exit-status.js';

let installed = false;

/**
 * Makes a closed standard output end the run at once, quietly and with status 0:
 * `credit-village evaluate big.ndjson --format ndjson | head -1` must not print a stack trace
 * when `head` exits. The reader asked for no more, and there is no one left to tell.
 * Any other failure to write standard output is reported in one line (status 2).
 *
 * Standard error carries only diagnostics (problems, the summary, progress): when it cannot be
 * written (`2>&1 | head -1` after `head` exits, `2>/dev/full`) they are dropped, and the run
 * goes on to write its results and end with the status its records give. A diagnostic nobody
 * can read must never change the outcome.
 */
export function endQuietlyOnBrokenPipe(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(EXIT.ok);
    process.stderr.write(`credit-village: cannot write to standard output: ${error.message}\n`);
    process.exit(EXIT.unusable);
  });
  process.stderr.on('error', () => {
    // Dropped: see above. Later writes to the broken stream fail the same way, and are dropped too.
  });
}
