#!/usr/bin/env node
/**
 * Copies the repository's example data into the package before it is packed, so that
 * `credit-village examples <folder>` works wherever the command is installed. The copy is
 * git-ignored; the repository's `examples/` stays the one source.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { EXAMPLE_FILES } from '../dist/example-files.js';

const from = new URL('../../../examples/', import.meta.url);
const to = new URL('../examples/', import.meta.url);
rmSync(to, { recursive: true, force: true });
mkdirSync(to);
for (const name of EXAMPLE_FILES) copyFileSync(new URL(name, from), new URL(name, to));
