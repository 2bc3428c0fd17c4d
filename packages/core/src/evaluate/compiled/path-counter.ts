import type { Result } from '../../issues.js';
import type { PathCounts } from './compile.js';

/**
 * Counts which path each record of a compiled model took, for households and entities alike, so
 * tests and benchmarks can prove the fast path ran. It also holds the one rule of the fallback:
 * a record the fast reader refused goes to the reference, and if the reference accepts it, the
 * fast reader missed a valid record (`readerMisses`, which must stay 0).
 */
export class PathCounter {
  fast = 0;
  outOfRange = 0;
  reference = 0;
  readerMisses = 0;

  /** The reference's result for a record the fast reader refused, counted. */
  refused<T>(result: Result<T>): Result<T> {
    this.reference++;
    if (result.ok) this.readerMisses++;
    return result;
  }

  /** The counts so far, as a plain object. */
  counts(): PathCounts {
    return {
      fast: this.fast,
      outOfRange: this.outOfRange,
      reference: this.reference,
      readerMisses: this.readerMisses,
    };
  }
}
