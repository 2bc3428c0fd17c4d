/**
 * The component tests render the app and move between its pages as a user would, asserting on
 * each page at once: every page's code is loaded first, as the app does in the background once
 * it is up (main.tsx). The loading itself is tested in lazy-page.test.tsx. Loaded in a hook, not
 * here at the top: a test file's `vi.mock` must be in place before the pages' modules are read.
 */
import { beforeAll } from 'vitest';
import { preloadPages } from '../src/pages';

beforeAll(preloadPages);
