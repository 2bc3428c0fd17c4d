/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same households, so every
 * run of the benchmark measures the same data.
 */

/**
 * @typedef {object} Rng
 * @property {() => number} next uniform in [0, 1)
 * @property {(low: number, high: number) => number} int an integer in [low, high]
 * @property {(p: number) => boolean} chance true with probability p
 * @property {<T>(items: readonly T[]) => T} pick one item, uniformly
 * @property {<T>(items: readonly (readonly [T, number])[]) => T} weighted one item by weight
 * @property {(median: number, spread: number) => number} logNormal median × e^(spread·z)
 */

/**
 * @param {number} seed a 32-bit integer
 * @returns {Rng}
 */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low, high) => low + Math.floor(next() * (high - low + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(items) {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1][0];
    },
    logNormal(median, spread) {
      // Sum of four uniforms: a cheap, bounded stand-in for a normal deviate.
      const z = (next() + next() + next() + next() - 2) * 1.7;
      return median * Math.exp(spread * z);
    },
  };
}
