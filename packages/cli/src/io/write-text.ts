import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Writes text (or UTF-8 bytes) to a stream and, when the stream's buffer is full, waits until it drains, so a
 * long run's memory stays flat however slow the reader is.
 *
 * @throws the stream's error when it fails while draining.
 */
export async function writeText(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
