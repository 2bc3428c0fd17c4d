import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR } from './vectors-dir.js';

/**
 * The repository keeps its own copy of the published test vectors so that a clone passes on its
 * own. When the reference folder sits beside the repository (`../shared/vectors`, as on the
 * team's machines and in CI), the copy must be byte-identical to it: a vector added or changed
 * there and not here fails this test instead of being silently missed.
 */
const REFERENCE = fileURLToPath(new URL('../../shared/vectors/', import.meta.url));

describe('the repository copy of the test vectors', () => {
  it('holds the vectors', () => {
    const names = readdirSync(VECTORS_DIR);
    expect(names).toContain('golden.json');
    expect(names).toContain('golden.expected.json');
  });

  it('is byte-identical to the reference vectors when they are present', (context) => {
    if (!existsSync(REFERENCE)) {
      console.warn(
        `vectors-copy: ${REFERENCE} does not exist (a clone on its own), so the copy in test/vectors was not compared with it`,
      );
      context.skip();
      return;
    }
    const reference = readdirSync(REFERENCE).sort();
    const copy = readdirSync(VECTORS_DIR).sort();
    expect(copy).toEqual(reference);
    for (const name of reference) {
      const same = readFileSync(join(REFERENCE, name)).equals(
        readFileSync(join(VECTORS_DIR, name)),
      );
      expect(same, `test/vectors/${name} differs from the reference copy`).toBe(true);
    }
  });
});
