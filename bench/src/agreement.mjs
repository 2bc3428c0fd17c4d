/**
 * Agreement between variants: the five headline fields of a household result (gross, net,
 * score, grade, limit), an oracle that keeps them compactly for every household, and tallies
 * of differences with a few examples.
 */
import { fenText } from './variants/exact-int.mjs';

export const FIELDS = ['gross', 'net', 'score', 'grade', 'limit'];
const DECISIONS = new Set(['score', 'grade', 'limit']);
const GRADE_CODES = ['AAA', 'AA', 'A', 'B', 'C', 'NR'];

/**
 * @typedef {{ gross: string, net: string, score: number, grade: string, limit: string }} Headline
 */

/** The headline fields of a result in the core's shape (money as 2-decimal strings). */
export function headline(r) {
  return {
    gross: r.assets.gross,
    net: r.assets.net,
    score: r.score,
    grade: r.grade,
    limit: r.limit,
  };
}

/** Headline fields from numbers in yuan (zen-engine, json-rules-engine). */
export function headlineOfNumbers({ gross, net, score, grade, limit }) {
  const money = (x) => (typeof x === 'number' ? x.toFixed(2) : String(x));
  return { gross: money(gross), net: money(net), score, grade, limit: money(limit) };
}

const toFen = (text) => Math.round(Number(text) * 100);

/** Headline fields of every household, from an exact variant, in typed arrays. */
export class Oracle {
  /** @param {number} n */
  constructor(n) {
    this.gross = new Float64Array(n);
    this.net = new Float64Array(n);
    this.limit = new Float64Array(n);
    this.score = new Uint8Array(n);
    this.grade = new Uint8Array(n);
  }

  /** @param {number} i @param {Headline} h */
  set(i, h) {
    this.gross[i] = toFen(h.gross);
    this.net[i] = toFen(h.net);
    this.limit[i] = toFen(h.limit);
    this.score[i] = h.score;
    this.grade[i] = GRADE_CODES.indexOf(h.grade);
  }

  /** @param {number} i @returns {Headline} */
  get(i) {
    return {
      gross: fenText(this.gross[i]),
      net: fenText(this.net[i]),
      score: this.score[i],
      grade: GRADE_CODES[this.grade[i]],
      limit: fenText(this.limit[i]),
    };
  }
}

/** Counts results that differ from an expected one on any headline field. */
export class Tally {
  /**
   * @param {string} variant
   * @param {string} against what the results are compared with
   */
  constructor(variant, against) {
    this.variant = variant;
    this.against = against;
    this.compared = 0;
    this.differ = 0;
    /** @type {Record<string, number>} */
    this.byField = {};
    /** @type {{ decision?: string, money?: string }} one difference of each kind */
    this.example = {};
  }

  /** Up to two examples: one that changes the score, grade or limit, one in money alone. */
  get examples() {
    return [this.example.decision, this.example.money].filter((e) => e !== undefined);
  }

  /**
   * @param {string} id
   * @param {Headline} got
   * @param {Headline} want
   */
  add(id, got, want) {
    this.compared++;
    const fields = FIELDS.filter((f) => got[f] !== want[f]);
    if (fields.length === 0) return;
    this.differ++;
    for (const f of fields) this.byField[f] = (this.byField[f] ?? 0) + 1;
    const kind = fields.some((f) => DECISIONS.has(f)) ? 'decision' : 'money';
    if (this.example[kind] === undefined) {
      const detail = fields.map((f) => `${f} ${got[f]} (expected ${want[f]})`).join(', ');
      this.example[kind] = `${id}: ${detail}`;
    }
  }

  /** One line: "float vs reference: 12 of 50,000 differ (gross 9, limit 3)". */
  summary() {
    const fields = Object.entries(this.byField)
      .map(([f, k]) => `${f} ${k.toLocaleString('en-US')}`)
      .join(', ');
    const count = `${this.differ.toLocaleString('en-US')} of ${this.compared.toLocaleString('en-US')}`;
    return `${this.variant} vs ${this.against}: ${count} differ${fields ? ` (${fields})` : ''}`;
  }
}
