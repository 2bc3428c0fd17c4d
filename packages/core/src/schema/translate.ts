import type * as z from 'zod';
import {
  type Issue,
  type IssueCode,
  type IssueParams,
  makeIssue,
  nonEmpty,
  type Result,
} from '../issues.js';

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
    if (raw.code === 'custom') {
      const { code = 'invalid_value', ...params } = (raw.params ?? {}) as IssueParams & {
        code?: IssueCode;
      };
      if (code === 'unknown_key') {
        out.push(unknownKey(path, params.allowed ?? []));
        continue;
      }
      out.push(makeIssue(path, code, raw.message, hasFacts(params) ? params : undefined));
      continue;
    }
    out.push(fromZod(path, raw));
  }
  return out;
}

/** zod's own issues (objects, arrays, literals): schemas are parsed with `reportInput`. */
function fromZod(path: Path, raw: z.core.$ZodIssue): Issue {
  const input = (raw as { input?: unknown }).input;
  switch (raw.code) {
    case 'invalid_type': {
      const expected = raw.expected === 'array' ? 'array' : 'object';
      return input === undefined
        ? makeIssue(path, 'required', raw.message, { expected, got: 'nothing' })
        : makeIssue(path, 'invalid_type', raw.message, { expected });
    }
    case 'too_big':
      return raw.origin === 'array'
        ? makeIssue(path, 'too_many_items', raw.message, {
            expected: 'array',
            max: Number(raw.maximum),
            ...(Array.isArray(input) ? { count: input.length } : {}),
          })
        : makeIssue(path, 'too_big', raw.message);
    case 'too_small':
      return raw.origin === 'array'
        ? makeIssue(path, 'too_small', raw.message, {
            expected: 'array',
            min: Number(raw.minimum),
            ...(Array.isArray(input) ? { count: input.length } : {}),
          })
        : makeIssue(path, 'too_small', raw.message);
    case 'invalid_value':
      return makeIssue(
        path,
        'invalid_value',
        `must be one of ${raw.values.map(String).join(', ')}`,
        {
          allowed: raw.values.map(String),
        },
      );
    default:
      return makeIssue(path, 'invalid_value', raw.message);
  }
}

function hasFacts(params: IssueParams): boolean {
  for (const _ in params) return true;
  return false;
}

function unknownKey(path: Path, allowed: readonly string[]): Issue {
  const key = String(path[path.length - 1] ?? '');
  const suggestion = closest(key, allowed);
  return makeIssue(path, 'unknown_key', unknownKeyDetail(suggestion, allowed), {
    allowed,
    ...(suggestion === undefined ? {} : { suggestion }),
  });
}

function unknownKeyDetail(near: string | undefined, allowed: readonly string[]): string {
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

/**
 * Parses a value with a schema and returns our result: the output, or every issue translated
 * (`fallback` when zod reported nothing we could translate). Inputs are reported to the
 * translator so that a missing field is told apart from a wrong one; messages never quote them.
 */
export function parseWith<T>(schema: z.ZodType, input: unknown, fallback: () => Issue): Result<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as T };
  const issues = translateIssues(parsed.error.issues);
  return nonEmpty(issues) ? { ok: false, issues } : { ok: false, issues: [fallback()] };
}
