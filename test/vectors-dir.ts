import { fileURLToPath } from 'node:url';

/**
 * The test vectors every package's tests read: the repository's own copy in `test/vectors/`
 * (data only, the files exactly as published). `vectors-copy.test.ts` keeps it identical to the
 * reference folder when that folder is present.
 */
export const VECTORS_DIR = fileURLToPath(new URL('./vectors/', import.meta.url));
