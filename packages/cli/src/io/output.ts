/**
 * Where results go: standard output or a file replaced atomically.
 * `write` waits for the destination to take the text (backpressure); `commit` makes the
 * output final; `abort` discards it (for a file: the temporary file is removed and an existing
 * file at the path is left untouched).
 */
export interface Output {
  /** How the output is named in messages: `results.json`, `standard output`. */
  readonly name: string;
  /** Text, or UTF-8 bytes already encoded (by a worker thread). */
  write(text: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}
