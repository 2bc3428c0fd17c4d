import type { VillageTally } from '@credit-village/core';

/**
 * Messages between the command and its worker threads. Workers get raw NDJSON chunks (whole
 * lines) and send back each village already rendered: its output line, its problem lines and
 * the tally the summary needs, so only small data and text cross threads.
 */

/** Set up once per worker (its `workerData`). */
export interface WorkerSetup {
  /** The model document; the worker parses it again and checks the hash matches. */
  readonly modelDocument: unknown;
  readonly modelHash: string;
  readonly evalYear: number | undefined;
  readonly includePersonal: boolean;
  readonly reference: boolean;
}

/** A chunk of the input: whole lines, the first one being line `firstLine`. */
export interface ChunkRequest {
  readonly seq: number;
  readonly firstLine: number;
  readonly bytes: Uint8Array;
}

/** One evaluated line, rendered. */
export interface RenderedLine {
  readonly line: number;
  readonly kind: 'village' | 'entity' | 'township';
  /** The village id the line claims in the batch (the main thread checks repeats). */
  readonly claim: string | null;
  /** The township a village names (the main thread checks it is in the batch). */
  readonly township: string | null;
  readonly text: string;
  readonly problems: readonly string[];
  /** A village's tally; null for an entity or township line. */
  readonly tally: VillageTally | null;
  readonly households: number;
  /** An entity or township line left for the main thread to evaluate, in input order. */
  readonly deferred: boolean;
}

/** A rendered line as it crosses threads: its output is a slice of the chunk's bytes. */
export interface EncodedLine extends Omit<RenderedLine, 'text'> {
  readonly start: number;
  readonly end: number;
}

/**
 * The rendered lines of a chunk. Their output is UTF-8 encoded by the worker into one buffer
 * that is transferred, not copied, so the main thread neither copies nor encodes text.
 */
export interface ChunkReply {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly lines: readonly EncodedLine[];
}

/** A worker that could not start (say, the model failed to parse) or failed on a chunk. */
export interface WorkerFailure {
  readonly seq: number;
  readonly failure: string;
}
