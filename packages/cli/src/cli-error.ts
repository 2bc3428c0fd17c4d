/**
 * An expected failure that makes the whole run unusable (exit status 2): a file that cannot be
 * read, input that is not JSON, an output that cannot be written. `lines` are printed to
 * standard error as they are, after the message, with no stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly lines: readonly string[];

  constructor(message: string, lines: readonly string[] = []) {
    super(message);
    this.lines = lines;
  }
}
