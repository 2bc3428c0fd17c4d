import { InvalidArgumentError } from 'commander';

/** The most worker threads `--workers` accepts. */
export const MAX_WORKERS = 64;

/**
 * Parses `--workers`: a whole number from 1 to 64.
 *
 * @throws {InvalidArgumentError} otherwise (commander reports it; status 2).
 */
export function parseWorkers(text: string): number {
  const n = /^[0-9]{1,3}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= MAX_WORKERS)) {
    throw new InvalidArgumentError(
      `the number of worker threads is a whole number from 1 to ${MAX_WORKERS}.`,
    );
  }
  return n;
}
