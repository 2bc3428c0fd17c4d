/**
 * Where results go: standard output or a file (replaced atomically, or written in place when
 * it is a FIFO or a device). `write` waits for the destination to take the text
 * (backpressure); `commit` makes the output final; `abort` discards it (for a file replaced
 * atomically: the temporary file is removed and an existing file at the path is left
 * untouched; what was written to standard output or in place stays written).
 */
export interface Output {
  /** How the output is named in messages: `results.json`, `standard output`. */
  readonly name: string;
  /** Text, or UTF-8 bytes already encoded (by a worker thread). */
  write(text: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * An output file, committed in two steps when several files must appear together: `prepare`
 * completes it (written, flushed to disk, its mode set) without putting it in place, so a
 * failure of any file leaves every earlier one as it was; `commit` then puts it in place.
 */
export interface FileOutput extends Output {
  prepare(): Promise<void>;
}
