import { InvalidArgumentError } from 'commander';

/** The longest validity `--valid-days` accepts: ten years, as the core does. */
const MAX_VALID_DAYS = 3660;

/**
 * Parses `--valid-days`: a whole number of days from 1 to 3660, the day of issue included.
 *
 * @throws {InvalidArgumentError} otherwise.
 */
export function parseValidDays(text: string): number {
  const n = /^[0-9]{1,4}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= MAX_VALID_DAYS)) {
    throw new InvalidArgumentError(
      `the validity is a whole number of days from 1 to ${MAX_VALID_DAYS}.`,
    );
  }
  return n;
}

/**
 * Parses `--issuer`: the office's name as printed on every certificate; spaces at either end
 * are dropped, control characters refused.
 *
 * @throws {InvalidArgumentError} when empty, longer than 200 characters or unprintable.
 */
export function parseIssuer(text: string): string {
  const issuer = text.trim();
  if (issuer === '' || issuer.length > 200 || /[\p{Cc}\p{Cs}]/u.test(issuer)) {
    throw new InvalidArgumentError(
      "the issuer is the office's name, 1 to 200 printable characters, such as 望江县信用村建设办公室.",
    );
  }
  return issuer;
}

/**
 * Parses `--verify-url`: the web scorecard's address, an `http:` or `https:` URL without a
 * `#` part (the QR code appends `#/verify/<code>`).
 *
 * @throws {InvalidArgumentError} otherwise.
 */
export function parseVerifyUrl(text: string): string {
  const url = text.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (
    parsed === undefined ||
    (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') ||
    url.includes('#') ||
    /[\s\p{Cc}]/u.test(url)
  ) {
    throw new InvalidArgumentError(
      'the verify URL is an http(s) address without "#", such as https://credit.example.gov.cn/scorecard/.',
    );
  }
  return url;
}
