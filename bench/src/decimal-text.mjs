/**
 * Decimal fields as collection teams send them: a JSON number, a string with two decimals, or
 * the shortest string ("3001", "3001.5"). All three are valid input (docs/formats.md, Numbers).
 */

/**
 * @param {number} h the amount in hundredths (fen for money), an integer
 * @returns {string} `"-1234.05"`
 */
export function fixed2(h) {
  const a = Math.abs(h);
  const frac = a % 100;
  return `${h < 0 ? '-' : ''}${(a - frac) / 100}.${frac < 10 ? '0' : ''}${frac}`;
}

/**
 * @param {number} h the amount in hundredths, an integer
 * @returns {string} `"1234"`, `"1234.5"` or `"1234.05"`
 */
export function shortest(h) {
  const a = Math.abs(h);
  const frac = a % 100;
  if (frac === 0) return `${h < 0 ? '-' : ''}${(a - frac) / 100}`;
  if (frac % 10 === 0) return `${h < 0 ? '-' : ''}${(a - frac) / 100}.${frac / 10}`;
  return fixed2(h);
}

/**
 * One decimal field in a random one of the three spellings.
 *
 * @param {import('./rng.mjs').Rng} rng
 * @param {number} h the amount in hundredths, an integer
 * @returns {number | string}
 */
export function decimal(rng, h) {
  const r = rng.next();
  if (r < 0.4) return h / 100;
  if (r < 0.7) return fixed2(h);
  return shortest(h);
}

/**
 * An amount of yuan in fen as collected: mostly whole hundreds, sometimes whole yuan, now and
 * then with fen.
 *
 * @param {import('./rng.mjs').Rng} rng
 * @param {number} yuan
 * @returns {number} fen
 */
export function collected(rng, yuan) {
  const r = rng.next();
  if (r < 0.6) return Math.round(yuan / 100) * 10_000;
  if (r < 0.85) return Math.round(yuan) * 100;
  return Math.round(yuan * 100);
}
