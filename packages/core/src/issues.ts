/**
 * One problem found in an input record or a model document.
 *
 * `path` points at the offending field from the root of the record (for a household:
 * `["houses", 0, "areaM2"]`), `code` is a stable machine-readable word (see {@link IssueCode}),
 * and `message` is a sentence a collection clerk can act on. Messages never contain personal
 * data (`head.name`, `head.idNumber`).
 */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly code: IssueCode;
  readonly message: string;
  /**
   * What a reader needs to say the same thing in its own language, as data (the bounds, the
   * allowed words, the JSON type found, …): see {@link IssueParams}. Absent when the code and
   * the path say everything.
   */
  readonly params?: IssueParams;
}

/** The JSON type of a value, as issues name it. */
export type JsonTypeName =
  | 'string'
  | 'number'
  | 'boolean'
  | 'array'
  | 'object'
  | 'null'
  | 'nothing';

/**
 * The facts behind an issue's message, so each reader can render it in its own words
 * (`issueMessage` renders them in Chinese or English). Every field is optional; which ones an
 * issue carries depends on its code. No field ever holds personal data.
 */
export interface IssueParams {
  /** The kind of value the field takes: `money`, `area`, `count`, `year`, `text`, `word`, `object`, `array`, … */
  readonly expected?: ExpectedKind;
  /** The JSON type found (for `invalid_type`, `required`). */
  readonly got?: JsonTypeName;
  /**
   * The value found, as short text, when it is safe and short enough to show (a bad amount such
   * as `120.555`, a word); absent for personal data and for values too long to repeat.
   */
  readonly value?: string;
  /** Inclusive bounds (numbers, or decimal text for money and areas). */
  readonly min?: number | string;
  readonly max?: number | string;
  /** For `too_small`: the bound itself is not allowed (`> 0`). */
  readonly exclusive?: boolean;
  /** The most fractional digits the field takes. */
  readonly decimals?: number;
  /** The words (or keys) the field allows. */
  readonly allowed?: readonly string[];
  /** The allowed word or key nearest to a misspelling. */
  readonly suggestion?: string;
  /** Why text is not a decimal: see {@link DecimalProblem}. */
  readonly reason?: DecimalProblem;
  /** The evaluation year a year was checked against. */
  readonly evalYear?: number;
  /** For `duplicate_id`: the index of the earlier record with the same id. */
  readonly firstIndex?: number;
  /** A count found (records sent, entries in a list). */
  readonly count?: number;
  /** For `invalid_json` and line problems: the 1-based line number of the input. */
  readonly line?: number;
  /** A date the issue compares with (`YYYY-MM-DD`): the day tracked on, the filing date. */
  readonly date?: string;
  /** For `invalid_json`: the 1-based column where the text stops being JSON, when known. */
  readonly column?: number;
  /**
   * The specific rule broken, when the code alone is too broad to say it (a model
   * inconsistency, the kind of document expected, a notice option): see {@link IssueRule}.
   */
  readonly rule?: IssueRule;
  /** For `invalid_id`: what the id holds that an id may not. */
  readonly idProblem?: IdProblem;
  /** For the order rules of a model (`gradeOrder`, `binsOrder`, …): the entry listed before. */
  readonly previous?: string;
  /** For `example_mismatch`: the worked example's name (model data, never personal). */
  readonly example?: string;
  /** For `example_mismatch`: the figure the example expects, as short text. */
  readonly want?: string;
  /** For `example_mismatch` of an invalid example: the code of the problem found in it. */
  readonly cause?: IssueCode;
}

/** Why an id is not usable (`invalid_id`), as a list: see the id rule in `schema/ids.ts`. */
export const ID_PROBLEM_CODES = ['control', 'invisible', 'surrogate', 'spaces'] as const;

/** Why an id is not usable (`invalid_id`): one of {@link ID_PROBLEM_CODES}. */
export type IdProblem = (typeof ID_PROBLEM_CODES)[number];

/**
 * The rules an issue's {@link IssueParams.rule} names. New rules may be added; none is renamed.
 *
 * Model consistency (`invalid_model`): `duplicateCode`, `atLeastOne`, `binsMixed`, `binsOrder`,
 * `roundingStep`, `gradeOrder`, `lowestGradeZero`, `gradeUnreachable`, `vetoGradeClash`,
 * `unknownGrade`, `gradeNoCredit`, `twoLimitRows`, `capBelowBase`, `missingLimitRow`,
 * `unknownLevel`, `twoGates`, `ratingOrder`, `reservedNone`. Model fields: `codeForm`,
 * `reservedCode`. Documents (`invalid_document`): `batchDocument`, `villageLine`, `notUtf8`,
 * `lineTooLong`, `resultDocument`, `keyDocument`, `certificatePayload`. Worked examples
 * (`example_mismatch`): `exampleInvalid`, `exampleExpect`. Notices: `noticeDate`, `noticeDays`,
 * `unknownVillage`, `unknownTownship`. Certificates: `validUntilBeforeIssued`, `guaranteedSum`. Evaluation:
 * `villageNotEvaluated` (`not_evaluated`). Review and objections in a model: `quorumTooBig`,
 * `vetoUnreachable`, `unknownCivilityLevel`, `listedTwice`, `scaleIncomplete`. Entities,
 * townships and the county in a model: `requiredWith`, `unknownCode`, `missingEntry`; a model without them
 * (`unsupported_by_model`): `entitySections`, `townshipSections`. JSON text (`invalid_json`): `severalValues` (more
 * text after a complete value, as in NDJSON). Credit ledger lines: `subjectMissing` and
 * `subjectTwice` (`invalid_value`: a line names a household or an entity, never neither or
 * both), `usedAboveGranted` (`too_big`: the drawn balance above the line granted).
 */
export const ISSUE_RULES = [
  'duplicateCode',
  'atLeastOne',
  'binsMixed',
  'binsOrder',
  'roundingStep',
  'gradeOrder',
  'lowestGradeZero',
  'gradeUnreachable',
  'vetoGradeClash',
  'unknownGrade',
  'gradeNoCredit',
  'twoLimitRows',
  'capBelowBase',
  'missingLimitRow',
  'unknownLevel',
  'twoGates',
  'ratingOrder',
  'reservedNone',
  'codeForm',
  'reservedCode',
  'batchDocument',
  'villageLine',
  'notUtf8',
  'lineTooLong',
  'resultDocument',
  'keyDocument',
  'certificatePayload',
  'exampleInvalid',
  'exampleExpect',
  'noticeDate',
  'noticeDays',
  'unknownVillage',
  'unknownTownship',
  'validUntilBeforeIssued',
  'guaranteedSum',
  'villageNotEvaluated',
  'severalValues',
  'quorumTooBig',
  'vetoUnreachable',
  'unknownCivilityLevel',
  'listedTwice',
  'scaleIncomplete',
  'requiredWith',
  'unknownCode',
  'missingEntry',
  'entitySections',
  'townshipSections',
  'subjectMissing',
  'subjectTwice',
  'usedAboveGranted',
] as const;

/** A rule an issue names: one of {@link ISSUE_RULES}. */
export type IssueRule = (typeof ISSUE_RULES)[number];

/** The kinds of value a field takes, as {@link IssueParams.expected} names them. */
export type ExpectedKind =
  | 'money'
  | 'area'
  | 'decimal'
  | 'count'
  | 'year'
  | 'text'
  | 'word'
  | 'object'
  | 'array'
  | 'boolean'
  | 'date'
  | 'document';

/** Why a text is not a decimal number (`invalid_decimal`). */
export type DecimalProblem =
  | 'empty'
  | 'spaces'
  | 'exponent'
  | 'plusSign'
  | 'separators'
  | 'leadingZeros'
  | 'notFinite'
  | 'notANumber';

/**
 * The stable issue codes, as a list (results are checked against it). New codes may be added;
 * existing ones are never renamed.
 *
 * - `required`: a required field is missing.
 * - `unknown_key`: a field that the format (or the model) does not know; the path names it.
 * - `invalid_type`: the wrong JSON type (an array where an object belongs, a string for a count).
 * - `invalid_decimal`: text that is not a plain decimal number (`"abc"`, `"1e3"`, `"1,000"`, `"NaN"`).
 * - `too_many_decimals`: more fractional digits than allowed (`"120.555"` for a 2-decimal field).
 * - `not_integer`: a count or year with a fractional part.
 * - `too_small` / `too_big`: outside the field's bounds.
 * - `invalid_value`: not one of the allowed words or codes.
 * - `year_after_eval_year`: a year later than the evaluation year.
 * - `duplicate_id`: an id used by an earlier record of the same village or document.
 * - `too_many_items`: an array longer than its bound.
 * - `empty`: an empty string where a non-empty one belongs.
 * - `nonperforming_exceeds_balance`: a village's non-performing loans above its loan balance.
 * - `too_many_households`: more household records than the village's `householdsTotal`.
 * - `invalid_model`: a model document inconsistency (unsorted bins, unknown reference, ...).
 * - `invalid_json`, `invalid_document`: the input could not be read as the expected document.
 * - `example_mismatch`: a model's worked example does not evaluate to its expected result.
 * - `invalid_id`: an id holding control or invisible characters, a broken character, or spaces
 *   at its start or end (see the id rule in `schema/ids.ts`).
 * - `duplicate_key`: a key written twice in the same JSON object (the JSON text itself).
 * - `not_evaluated`: a household record of a village that could not be evaluated at all (an
 *   NDJSON line without a usable evaluation year): listed so that nothing sent goes unreported.
 * - `invalid_encoding`: key material that is not canonical base64url of the right length.
 * - `key_mismatch`: a public key that is not a usable Ed25519 point, or not the one of its private key.
 * - `unknown_township`: a village naming a township that is not in the batch.
 * - `too_many_villages`: more villages naming a township than its `villagesTotal`.
 * - `arrears_exceed_borrowers`: a township's borrowers in arrears above its borrowers.
 * - `unsupported_by_model`: entities or townships under a model without their sections (a
 *   version-1 model rates households and villages only).
 * - `no_quorum`: a household review with fewer reviewers present than the model's quorum of its panel.
 * - `unknown_reference`: an objection naming a village or household that is in no village of the results.
 * - `after_today`: an objection filed, or resolved, after the day the objections are tracked on.
 * - `before_filing`: an objection's resolution dated before the objection was filed.
 */
export const ISSUE_CODES = [
  'required',
  'unknown_key',
  'invalid_type',
  'invalid_decimal',
  'too_many_decimals',
  'not_integer',
  'too_small',
  'too_big',
  'invalid_value',
  'year_after_eval_year',
  'duplicate_id',
  'too_many_items',
  'empty',
  'nonperforming_exceeds_balance',
  'too_many_households',
  'invalid_model',
  'invalid_json',
  'invalid_document',
  'example_mismatch',
  'invalid_id',
  'duplicate_key',
  'not_evaluated',
  'invalid_encoding',
  'key_mismatch',
  'unknown_township',
  'too_many_villages',
  'arrears_exceed_borrowers',
  'unsupported_by_model',
  'no_quorum',
  'unknown_reference',
  'after_today',
  'before_filing',
] as const;

/** A stable issue code: one of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A non-empty list of issues. */
export type Issues = readonly [Issue, ...Issue[]];

/** The outcome of a parse: the trusted value, or every issue found. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: Issues };

/**
 * Makes an issue whose English message starts with its path (`houses[0].areaM2: …`), as every
 * issue of the library does. `params` carries the same facts as data.
 */
export function makeIssue(
  path: readonly (string | number)[],
  code: IssueCode,
  detail: string,
  params?: IssueParams,
): Issue {
  const message = `${formatPath(path)}: ${detail}`;
  return params === undefined ? { path, code, message } : { path, code, message, params };
}

/** Formats a path the way messages show it: `houses[0].areaM2`. An empty path prints as `(record)`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(record)' : out;
}

/** One line per issue, `path: message`-style messages already carry their path. */
export function summarizeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `- ${issue.message}`).join('\n');
}

/**
 * Thrown when an input cannot be used at all: a batch document that is not an object, has no
 * `villages` array or no `evalYear`; or a household passed alone to {@link evaluateHousehold}
 * that is invalid. Carries every issue found.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly issues: Issues;
  constructor(issues: Issues, summary = 'invalid input') {
    super(`${summary}:\n${summarizeIssues(issues)}`);
    this.issues = issues;
  }
}

/** Thrown when a model document is invalid. Carries every problem found, each with its path. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly issues: Issues;
  constructor(issues: Issues, summary = 'invalid model document') {
    super(`${summary}:\n${summarizeIssues(issues)}`);
    this.issues = issues;
  }
}

/** Narrows a non-empty array. */
export function nonEmpty<T>(items: readonly T[]): items is readonly [T, ...T[]] {
  return items.length > 0;
}

/**
 * The issues found, or `fallback` when none was (yet the input is refused): a refusal always names
 * at least one issue, so nothing refused goes out without saying why.
 */
export function issuesOr(issues: readonly Issue[], fallback: Issue): Issues {
  return nonEmpty(issues) ? issues : [fallback];
}
