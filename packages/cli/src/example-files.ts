import { existsSync } from 'node:fs';

/** The example files the command ships with, and `credit-village examples` writes out. */
export const EXAMPLE_FILES = [
  'county.json',
  'county.ndjson',
  'county-with-mistakes.json',
  'household.json',
  'review-village.json',
  'objections.json',
  'ledger.json',
] as const;

/**
 * Where the example files are: inside the installed package (copied there when it is packed),
 * or, when the command runs from the repository, the repository's own `examples/`.
 */
export function exampleFolder(): URL | undefined {
  const candidates = [
    new URL('../examples/', import.meta.url),
    new URL('../../../examples/', import.meta.url),
  ];
  return candidates.find((url) => EXAMPLE_FILES.every((name) => existsSync(new URL(name, url))));
}
