import type { Issue, IssueCode, IssueParams } from '../issues.js';
import type { ModelDocument } from '../model/document.js';
import {
  type FieldPlace,
  fieldLabel,
  locateField,
  modelDocumentOf,
  siblingLabel,
} from './field-label.js';
import type { Lang, MessageOptions } from './options.js';
import { amount, expectedText, gotText, listOf, quote } from './phrases.js';
import { ruleText } from './rule-text.js';
import { type Vocabulary, wordLabel } from './words.js';

/** What a renderer of one code needs: the issue's facts, its field, and the language. */
export interface MessageContext {
  readonly lang: Lang;
  readonly params: IssueParams;
  readonly path: readonly (string | number)[];
  readonly place: FieldPlace;
  readonly options: MessageOptions;
  readonly doc: ModelDocument;
  /** `zh` or `en`, whichever is the language. */
  pick(zh: string, en: string): string;
  /** A word of the field's vocabulary by its label, quoted; a word it does not know as written. */
  word(code: string, vocabulary?: Vocabulary): string;
  /** `，填写的是「120.555」` / `, got "120.555"` when the value may be shown; else nothing. */
  got(): string;
}

/**
 * An issue said in the reader's language, from its code and params (never from its English
 * `message`): what is wrong, in a clerk's words, with the model's labels for its codes
 * (`应为 钢混、砖混、砖木、简易 之一`), never personal data. The field's name is not included:
 * see {@link fieldLabel} and {@link issueLine}.
 *
 * @example issueMessage(issue, { lang: 'zh' }) // '最多 2 位小数，填写的是 120.555'
 */
export function issueMessage(issue: Issue, options: MessageOptions): string {
  const context = messageContext(issue, options);
  const linePrefix =
    context.params.line === undefined
      ? ''
      : context.pick(`第 ${context.params.line} 行：`, `line ${context.params.line}: `);
  return `${linePrefix}${RENDER[issue.code](context)}`;
}

/**
 * An issue as one line for people: the field's name, then what is wrong
 * (`房屋 1 › 面积（m²）：最多 2 位小数，填写的是 120.555`); an issue about the whole record or
 * text is its message alone.
 */
export function issueLine(issue: Issue, options: MessageOptions): string {
  const message = issueMessage(issue, options);
  if (issue.path.length === 0) return message;
  const field = fieldLabel(issue.path, options);
  return options.lang === 'zh' ? `${field}：${message}` : `${field}: ${message}`;
}

function messageContext(issue: Issue, options: MessageOptions): MessageContext {
  const { lang } = options;
  const place = locateField(issue.path, options);
  const doc = modelDocumentOf(options);
  const params = issue.params ?? {};
  const pick = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const fieldWords = place.entry?.words;
  const word = (code: string, vocabulary: Vocabulary | undefined = fieldWords) =>
    quote(vocabulary === undefined ? code : (wordLabel(vocabulary, code, doc, lang) ?? code), lang);
  const got = () => {
    if (params.value === undefined) return '';
    const shown =
      fieldWords === undefined
        ? params.value
        : (wordLabel(fieldWords, params.value, doc, lang) ?? params.value);
    return pick(`，填写的是${quote(shown, lang)}`, `, got ${quote(shown, lang)}`);
  };
  return { lang, params, path: issue.path, place, options, doc, pick, word, got };
}

type Render = (c: MessageContext) => string;

/** The words a field allows, by their labels: `钢混、砖混、砖木、简易`. */
function allowedWords(c: MessageContext, allowed: readonly string[]): string {
  const vocabulary = c.place.entry?.words;
  return listOf(
    allowed.map((code) =>
      vocabulary === undefined ? code : (wordLabel(vocabulary, code, c.doc, c.lang) ?? code),
    ),
    c.lang,
  );
}

const required: Render = (c) => {
  const { expected, allowed } = c.params;
  switch (expected) {
    case 'money':
      return c.pick('必填，请填写金额，如 1234.50', 'required: write an amount such as 1234.50');
    case 'area':
      return c.pick('必填，请填写面积，如 120.5', 'required: write an area such as 120.5');
    case 'decimal':
      return c.pick('必填，请填写小数，如 "0.95"', 'required: write a decimal such as "0.95"');
    case 'count':
      return c.pick('必填，请填写整数', 'required: write a whole number');
    case 'year':
      return c.pick(
        '必填，请填写四位年份，如 2024',
        'required: write a four-digit year such as 2024',
      );
    case 'word':
      return allowed === undefined || allowed.length > 8
        ? c.pick('必填，请从列表中选择', 'required: choose one from the list')
        : c.pick(
            `必填，请选择 ${allowedWords(c, allowed)} 之一`,
            `required: choose one of ${allowedWords(c, allowed)}`,
          );
    case 'object':
    case 'array':
      return c.pick('缺少此项', 'missing');
    default:
      return c.pick('必填', 'required');
  }
};

const unknownKey: Render = (c) => {
  const { suggestion, allowed } = c.params;
  const parts = [
    c.pick(
      '不认识的字段：它会被忽略，因此算作错误。',
      'unknown field; it would be ignored, so it is an error.',
    ),
  ];
  if (suggestion !== undefined) {
    const name = quote(siblingLabel(c.place.parent, suggestion, c.options), c.lang);
    parts.push(c.pick(`是否应为${name}？`, ` Did you mean ${name}?`));
  }
  if (allowed !== undefined && allowed.length > 0) {
    const names = listOf(
      allowed.map((key) => siblingLabel(c.place.parent, key, c.options)),
      c.lang,
    );
    parts.push(c.pick(`此处可填：${names}。`, ` Allowed here: ${names}.`));
  }
  return parts.join('');
};

const invalidType: Render = (c) => {
  const { expected, got, value } = c.params;
  if (expected === 'decimal' && got === 'number')
    return c.pick(
      '模型中的小数须写成文字（带引号），如 "0.95"',
      'model decimals are written as text (in quotes), such as "0.95"',
    );
  if ((expected === 'count' || expected === 'year') && got === 'string' && value !== undefined) {
    if (/^-?\d+(\.\d+)?$/.test(value))
      return c.pick(`应写成数字 ${value}，不加引号`, `write the number ${value} without quotes`);
    return c.pick(
      `应填写${expectedText(expected, 'zh')}，填写的是文字${quote(value, 'zh')}`,
      `expected ${expectedText(expected, 'en')}, got the text ${quote(value, 'en')}`,
    );
  }
  const what =
    expected === undefined
      ? c.pick('其他类型的值', 'another kind of value')
      : expectedText(expected, c.lang);
  const found = got === undefined ? '' : gotText(got, c.lang);
  return c.pick(
    `应为${what}${found === '' ? '' : `，实际是${found}`}`,
    `expected ${what}${found === '' ? '' : `, got ${found}`}`,
  );
};

const DECIMAL_REASONS = {
  empty: ['为空：请填写数字，如 1234.50', 'empty: write a number such as 1234.50'],
  spaces: ['不能有空格', 'spaces are not allowed'],
  exponent: ['请写出完整的数字，不用科学记数法', 'write the number in full, without an exponent'],
  plusSign: ['不能带「+」号', 'no "+" sign'],
  separators: ['不能有千位分隔符或空格', 'no thousands separators or spaces'],
  leadingZeros: ['不能以 0 开头', 'no leading zeros'],
  notFinite: ['不是有限的数', 'not a finite number'],
  notANumber: ['不是数字', 'not a number'],
} as const;

const invalidDecimal: Render = (c) => {
  const { reason, decimals } = c.params;
  if (reason === undefined) return `${c.pick('不是数字', 'not a number')}${c.got()}`;
  const [zh, en] = DECIMAL_REASONS[reason];
  const places =
    reason === 'notANumber' && decimals !== undefined && decimals !== 2
      ? c.pick(`（最多 ${decimals} 位小数）`, ` (at most ${decimals} decimal places)`)
      : '';
  return `${c.pick(zh, en)}${places}${c.got()}`;
};

const tooManyDecimals: Render = (c) => {
  const d = c.params.decimals ?? 2;
  return `${c.pick(`最多 ${d} 位小数`, `at most ${d} decimal places`)}${c.got()}`;
};

const notInteger: Render = (c) => `${c.pick('应为整数', 'expected a whole number')}${c.got()}`;

const tooSmall: Render = (c) => {
  const { expected, min, exclusive } = c.params;
  let text: string;
  if (min === undefined) text = c.pick('太小', 'too small');
  else if (expected === 'year') text = c.pick(`不能早于 ${min} 年`, `must be ${min} or later`);
  else if (exclusive === true)
    text = c.pick(`必须大于 ${amount(min)}`, `must be greater than ${amount(min)}`);
  else if (String(min) === '0') text = c.pick('不能为负数', 'must not be negative');
  else text = c.pick(`不能小于 ${amount(min)}`, `must be at least ${amount(min)}`);
  return `${text}${c.got()}`;
};

const tooBig: Render = (c) => {
  const { expected, max, min, count, rule } = c.params;
  if (rule !== undefined) return ruleText(rule, c);
  let text: string;
  if (max === undefined) text = c.pick('太大', 'too big');
  else if (expected === 'year') text = c.pick(`不能晚于 ${max} 年`, `must be ${max} or earlier`);
  else if (expected === 'money')
    text = c.pick(
      `绝对值不能超过 ${amount(max)} 元`,
      `at most ${amount(max)} yuan in absolute value`,
    );
  else if (expected === 'decimal' && min !== undefined)
    text = c.pick(
      `应在 ${amount(min)} 到 ${amount(max)} 之间`,
      `must be from ${amount(min)} to ${amount(max)}`,
    );
  else if (expected === 'area' || expected === 'decimal')
    text = c.pick(`绝对值不能超过 ${amount(max)}`, `at most ${amount(max)} in absolute value`);
  else if (expected === 'text')
    text = c.pick(
      `最多 ${amount(max)} 个字${count === undefined ? '' : `，实际 ${amount(count)} 个字`}`,
      `at most ${amount(max)} characters${count === undefined ? '' : `, got ${amount(count)}`}`,
    );
  else if (expected === 'object')
    text = c.pick(`嵌套不能超过 ${max} 层`, `nested at most ${max} levels deep`);
  else text = c.pick(`不能超过 ${amount(max)}`, `must be at most ${amount(max)}`);
  return `${text}${c.got()}`;
};

const invalidValue: Render = (c) => {
  const { allowed, rule, got } = c.params;
  if (rule !== undefined) return ruleText(rule, c);
  if (c.params.expected === 'date')
    return `${c.pick('应为实际存在的日期，写成 YYYY-MM-DD', 'must be a real date written YYYY-MM-DD')}${c.got()}`;
  if (allowed === undefined || allowed.length === 0)
    return `${c.pick('取值无效', 'not an allowed value')}${c.got()}`;
  const choose =
    allowed.length > 12
      ? c.pick('应从列表中选择', 'must be one from the list')
      : c.pick(
          `应为 ${allowedWords(c, allowed)} 之一`,
          `must be one of ${allowedWords(c, allowed)}`,
        );
  const found =
    c.params.value !== undefined
      ? c.got()
      : got !== undefined && got !== 'string'
        ? c.pick(`，实际是${gotText(got, 'zh')}`, `, got ${gotText(got, 'en')}`)
        : '';
  return `${choose}${found}`;
};

const yearAfterEvalYear: Render = (c) => {
  const { value, evalYear } = c.params;
  if (value === undefined || evalYear === undefined)
    return c.pick('晚于评定年度', 'after the evaluation year');
  return c.pick(
    `${value} 年晚于评定年度 ${evalYear} 年`,
    `the year ${value} is after the evaluation year ${evalYear}`,
  );
};

const duplicateId: Render = (c) => {
  const { firstIndex } = c.params;
  if (firstIndex !== undefined)
    return c.pick(
      `与第 ${firstIndex + 1} 条记录的编号相同：每户须有自己的编号`,
      `the same id as record ${firstIndex + 1}; each household needs its own id`,
    );
  if (c.options.record === 'village')
    return c.pick(
      '与本批次前面一个村的编号相同：每个村须有自己的编号',
      'the same id as an earlier village of this batch; each village needs its own id',
    );
  return c.pick('与前面的编号重复', 'this id is already used above');
};

const tooManyItems: Render = (c) => {
  const { max, count } = c.params;
  if (max === undefined) return c.pick('项数太多', 'too many entries');
  return c.pick(
    `最多 ${amount(max)} 项${count === undefined ? '' : `，实际 ${amount(count)} 项`}`,
    `at most ${amount(max)} entries${count === undefined ? '' : `, got ${amount(count)}`}`,
  );
};

const nonperforming: Render = (c) => {
  const { value, max } = c.params;
  if (value === undefined || max === undefined)
    return c.pick('不良贷款超过贷款余额', 'non-performing loans exceed the loan balance');
  return c.pick(
    `不良贷款 ${amount(value)} 元超过贷款余额 ${amount(max)} 元`,
    `non-performing loans of ${amount(value)} yuan exceed the loan balance of ${amount(max)} yuan`,
  );
};

const tooManyHouseholds: Render = (c) => {
  const { count, max } = c.params;
  if (count === undefined || max === undefined)
    return c.pick('农户记录多于登记户数', 'more household records than registered households');
  return c.pick(
    `上报了 ${amount(count)} 条农户记录，多于登记户数 ${amount(max)}：登记户数须包括全部农户`,
    `${amount(count)} household records were sent but only ${amount(max)} ${max === 1 ? 'household is' : 'households are'} registered; the total must count every household`,
  );
};

const invalidJson: Render = (c) => {
  const { column, rule } = c.params;
  const near =
    column === undefined ? '' : c.pick(`（第 ${column} 列附近）`, ` (near column ${column})`);
  const why = rule === undefined ? '' : c.pick(`：${ruleText(rule, c)}`, `: ${ruleText(rule, c)}`);
  return `${c.pick('不是有效的 JSON', 'not valid JSON')}${near}${why}`;
};

const byRule =
  (zh: string, en: string): Render =>
  (c) =>
    c.params.rule === undefined ? c.pick(zh, en) : ruleText(c.params.rule, c);

/** A worked example of a model that is invalid (its problem said in full) or does not hold. */
const exampleMismatch: Render = (c) => {
  const { rule, cause, example = '' } = c.params;
  if (rule === 'exampleInvalid' && cause !== undefined && cause !== 'example_mismatch') {
    const { rule: _, ...inner } = c.params;
    const problem = RENDER[cause]({ ...c, params: inner });
    return c.pick(
      `示例${quote(example, 'zh')}不是有效的农户记录：${problem}`,
      `the example ${quote(example, 'en')} is not a valid household: ${problem}`,
    );
  }
  return rule === undefined
    ? c.pick('示例与模型的结果不一致', 'the worked example does not hold')
    : ruleText(rule, c);
};

const ID_PROBLEMS = {
  control: [
    '编号不能含控制字符（如换行、制表符）',
    'an id may not hold control characters (such as a line break or a tab)',
  ],
  invisible: [
    '编号不能含不可见字符（零宽空格、方向标记等）',
    'an id may not hold invisible characters (zero-width spaces, direction marks and the like)',
  ],
  surrogate: ['编号含有损坏的字符', 'an id may not hold a broken character'],
  spaces: ['编号开头和结尾不能有空格', 'an id may not start or end with a space'],
} as const;

const invalidId: Render = (c) => {
  const problem = c.params.idProblem;
  if (problem === undefined)
    return c.pick('编号含有不允许的字符', 'the id holds characters an id may not hold');
  const [zh, en] = ID_PROBLEMS[problem];
  return c.pick(zh, en);
};

const RENDER: Readonly<Record<IssueCode, Render>> = {
  required,
  unknown_key: unknownKey,
  invalid_type: invalidType,
  invalid_decimal: invalidDecimal,
  too_many_decimals: tooManyDecimals,
  not_integer: notInteger,
  too_small: tooSmall,
  too_big: tooBig,
  invalid_value: invalidValue,
  year_after_eval_year: yearAfterEvalYear,
  duplicate_id: duplicateId,
  too_many_items: tooManyItems,
  empty: (c) => c.pick('不能为空', 'must not be empty'),
  nonperforming_exceeds_balance: nonperforming,
  too_many_households: tooManyHouseholds,
  invalid_model: byRule('模型参数前后不一致', 'the model is inconsistent here'),
  invalid_json: invalidJson,
  invalid_document: byRule('文件格式不对', 'not a document of the expected kind'),
  example_mismatch: exampleMismatch,
  invalid_id: invalidId,
  duplicate_key: (c) =>
    c.pick(
      '同一组中写了两次：只有一个值能算数，请删除或改名其中一个',
      'written twice in the same object; only one value can count, so remove or rename one of them',
    ),
  not_evaluated: (c) =>
    c.pick(
      '未评定：所在的村无法评定（见该村的问题）',
      "not evaluated: its village could not be evaluated (see the village's problem)",
    ),
  invalid_encoding: (c) =>
    c.pick(
      '应为 32 字节的 base64url 编码（43 个字符，不带填充）',
      'must be 32 bytes in base64url without padding (43 characters)',
    ),
  no_quorum: (c) => {
    const { count, min, max } = c.params;
    if (count === undefined || min === undefined || max === undefined)
      return c.pick('到会评议人数不足法定人数', 'no quorum of the review panel');
    return c.pick(
      `到会 ${count} 人，评议小组共 ${max} 人，至少需要 ${min} 人到会：本次评议不能用于评定`,
      `${count} of the panel's ${max} members present, at least ${min} needed; the household cannot be rated on this review`,
    );
  },
  unknown_reference: (c) =>
    c.pick(
      '评定结果中没有这个村或这户（请核对村编号和户号）',
      'no such village or household in the results (check the village id and household id)',
    ),
  after_today: (c) => {
    const { date } = c.params;
    return c.pick(
      `日期在今天${date === undefined ? '' : `（${date}）`}之后，还没有发生${c.got()}`,
      `a date after today${date === undefined ? '' : ` (${date})`}; it cannot have happened yet${c.got()}`,
    );
  },
  before_filing: (c) => {
    const { date } = c.params;
    return c.pick(
      `处理日期早于提出异议的日期${date === undefined ? '' : `（${date}）`}${c.got()}`,
      `the resolution is dated before the objection was filed${date === undefined ? '' : ` (${date})`}${c.got()}`,
    );
  },
  unknown_township: (c) =>
    c.pick(
      '本批次的乡镇中没有这个乡镇：请补上该乡镇，或更正乡镇编号',
      "the batch's townships have no such township; add the township, or correct the id",
    ),
  too_many_villages: (c) => {
    const { count, max } = c.params;
    if (count === undefined || max === undefined)
      return c.pick('村数多于登记村数', 'more villages than registered villages');
    return c.pick(
      `本批次有 ${amount(count)} 个村属于该乡镇，多于登记村数 ${amount(max)}：登记村数须包括全部行政村`,
      `${amount(count)} villages of the batch name this township but only ${amount(max)} are registered; the total must count every village`,
    );
  },
  arrears_exceed_borrowers: (c) => {
    const { count, max } = c.params;
    if (count === undefined || max === undefined)
      return c.pick('逾期户数多于贷款户数', 'more borrowers in arrears than borrowers');
    return c.pick(
      `逾期 ${amount(count)} 户，多于贷款户数 ${amount(max)}`,
      `${amount(count)} borrowers in arrears but only ${amount(max)} borrowers`,
    );
  },
  unsupported_by_model: (c) =>
    c.params.rule === 'townshipSections'
      ? c.pick(
          '所用模型没有乡镇和县的评定规则，不能评定乡镇：请用第 2 版或以后的模型（如默认模型）',
          'the model has no township and county rules, so townships cannot be rated; use a model of version 2 or later, such as the default model',
        )
      : c.pick(
          '所用模型没有新型农业经营主体评分表，不能评定经营主体：请用第 2 版或以后的模型（如默认模型）',
          'the model has no entity scorecard, so entities cannot be rated; use a model of version 2 or later, such as the default model',
        ),
  key_mismatch: (c) =>
    c.pick(
      '不是可用的 Ed25519 公钥，或与私钥不匹配：文件可能已损坏或混用',
      'not a usable Ed25519 public key, or not the one of the private key: the file is damaged or mixed up',
    ),
};
