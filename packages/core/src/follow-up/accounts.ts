/**
 * The active lines of each subject, summed per lender, exactly. Most subjects have one lender:
 * its sums live in typed columns (whole fen in doubles, exact below 2^53); a subject's further
 * lenders, and any sum that would pass 2^53 fen, live in a side map as BigInt. So memory is a
 * few dozen bytes a subject, whatever the ledger's length, and no sum is ever rounded.
 */

/** One lender's active lines to one subject. */
export interface LenderSums {
  readonly lender: number;
  readonly granted: bigint;
  readonly used: bigint;
}

const NONE = -1;
/** The first lender's sums moved to the side map (they passed 2^53 fen). */
const MOVED = -2;

export class Accounts {
  /** Each subject's first lender (its number), {@link NONE} or {@link MOVED}. */
  readonly #lender: Int32Array;
  readonly #granted: Float64Array;
  readonly #used: Float64Array;
  /** Each subject's first active line (its index in the ledger). */
  readonly #first: Float64Array;
  /** Further lenders' sums (and moved ones), by subject, then lender. */
  readonly #more = new Map<number, Map<number, { granted: bigint; used: bigint }>>();

  constructor(subjects: number) {
    this.#lender = new Int32Array(subjects).fill(NONE);
    this.#granted = new Float64Array(subjects);
    this.#used = new Float64Array(subjects);
    this.#first = new Float64Array(subjects);
  }

  /** Adds an active line of `lender` to `subject`: amounts in whole fen (each < 2^53). */
  add(subject: number, lender: number, granted: number, used: number, line: number): void {
    const first = this.#lender[subject] as number;
    if (first === NONE) {
      this.#lender[subject] = lender;
      this.#granted[subject] = granted;
      this.#used[subject] = used;
      this.#first[subject] = line;
      return;
    }
    // The first active line is the one earliest in the ledger, whatever order lines come in.
    if (line < (this.#first[subject] as number)) this.#first[subject] = line;
    if (first === lender) {
      const g = (this.#granted[subject] as number) + granted;
      const u = (this.#used[subject] as number) + used;
      // Both sums are exact while they stay safe integers (used ≤ granted, so g bounds u).
      if (g <= Number.MAX_SAFE_INTEGER) {
        this.#granted[subject] = g;
        this.#used[subject] = u;
        return;
      }
      this.#lender[subject] = MOVED;
      this.#addMore(
        subject,
        lender,
        BigInt(this.#granted[subject] as number),
        BigInt(this.#used[subject] as number),
      );
    }
    this.#addMore(subject, lender, BigInt(granted), BigInt(used));
  }

  #addMore(subject: number, lender: number, granted: bigint, used: bigint): void {
    let lenders = this.#more.get(subject);
    if (lenders === undefined) {
      lenders = new Map();
      this.#more.set(subject, lenders);
    }
    const sums = lenders.get(lender);
    if (sums === undefined) lenders.set(lender, { granted, used });
    else {
      sums.granted += granted;
      sums.used += used;
    }
  }

  /** Whether the subject has an active line. */
  has(subject: number): boolean {
    return this.#lender[subject] !== NONE;
  }

  /** The index of the subject's first active line (it must have one). */
  firstLine(subject: number): number {
    return this.#first[subject] as number;
  }

  /** Each lender's sums for the subject (none when it has no active line). */
  lenders(subject: number): LenderSums[] {
    const first = this.#lender[subject] as number;
    if (first === NONE) return [];
    const out: LenderSums[] = [];
    if (first !== MOVED)
      out.push({
        lender: first,
        granted: BigInt(this.#granted[subject] as number),
        used: BigInt(this.#used[subject] as number),
      });
    const more = this.#more.get(subject);
    // The first lender is never in the side map unless its sums were moved there whole.
    if (more !== undefined) for (const [lender, sums] of more) out.push({ lender, ...sums });
    return out;
  }
}
