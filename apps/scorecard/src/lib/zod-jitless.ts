/**
 * Turns off zod's JIT before the core builds its schemas. Zod probes for `new Function` when a
 * schema is built, and under this app's CSP (`script-src 'self'`, no eval) the browser reports
 * that probe as a violation even though zod catches it and falls back. Jitless is zod's
 * documented setting for such pages. Import this module before anything that imports the core.
 */
import { config } from 'zod';

config({ jitless: true });
