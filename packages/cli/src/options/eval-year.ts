import { InvalidArgumentError } from 'commander';

/**
 * Parses `--eval-year`: a whole number. Its range (1900 to 2100) is the core's to check, so
 * the message for an out-of-range year is the same everywhere.
 *
 * @throws {InvalidArgumentError} for anything but digits (commander reports it; status 2).
 */
export function parseEvalYear(text: string): number {
  if (!/^[0-9]{1,6}$/.test(text.trim())) {
    throw new InvalidArgumentError('the evaluation year is a whole number such as 2024.');
  }
  return Number(text);
}
