import type * as z from 'zod';
import { formatPath, type Issue, type IssueCode } from '../issues.js';
import { allowedKeysOf } from './fields.js';

type Path = (string | number)[];

/**
 * Turns zod's issues into ours: one issue per unknown key at the key's own path, stable codes,
 * and messages that start with the field's path. `prefix` is prepended to every path.
 */
export function translateIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: Path = [],
): Issue[] {
  const out: Issue[] = [];
  for (const raw of zodIssues) {
    const path: Path = [...prefix, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (raw.code === 'unrecognized_keys') {
      const allowed = allowedKeysOf(raw.message) ?? [];
      for (const key of raw.keys) {
        const keyPath = [...path, key];
        out.push(issue(keyPath, 'unknown_key', unknownKeyDetail(key, allowed)));
      }
      continue;
    }
    out.push(issue(path, ...codeAndDetail(raw)));
  }
  return out;
}

function codeAndDetail(raw: z.core.$ZodIssue): [IssueCode, string] {
  switch (raw.code) {
    case 'custom': {
      const code = (raw.params as { code?: IssueCode } | undefined)?.code ?? 'invalid_value';
      return [code, raw.message];
    }
    case 'invalid_type':
      return [raw.message.startsWith('required') ? 'required' : 'invalid_type', raw.message];
    case 'too_big':
      return [raw.origin === 'array' ? 'too_many_items' : 'too_big', raw.message];
    case 'too_small':
      return ['too_small', raw.message];
    case 'invalid_value':
      return ['invalid_value', `must be one of ${raw.values.map(String).join(', ')}`];
    default:
      return ['invalid_value', raw.message];
  }
}

function issue(path: Path, code: IssueCode, detail: string): Issue {
  return { path, code, message: `${formatPath(path)}: ${detail}` };
}

function unknownKeyDetail(key: string, allowed: readonly string[]): string {
  const near = closest(key, allowed);
  const hint = near === undefined ? '' : ` Did you mean "${near}"?`;
  const list = allowed.length > 0 ? ` Allowed here: ${allowed.join(', ')}.` : '';
  return `unknown field; it would be ignored, so it is an error.${hint}${list}`;
}

/** The allowed key nearest to `key` by edit distance, if it is a plausible misspelling. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  const lower = key.toLowerCase();
  for (const candidate of allowed) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 99;
}

/** A standalone issue, formatted like the translated ones. */
export function makeIssue(path: Path, code: IssueCode, detail: string): Issue {
  return issue(path, code, detail);
}
