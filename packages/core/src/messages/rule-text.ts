import type { IssueRule } from '../issues.js';
import type { MessageContext } from './issue-message.js';
import { amount, gotText, listOf, quote } from './phrases.js';
import { wordLabel } from './words.js';

/** The message of an issue that names its rule (see `IssueRule`), in the context's language. */
export function ruleText(rule: IssueRule, c: MessageContext): string {
  const {
    value = '',
    previous = '',
    min,
    max,
    allowed = [],
    got,
    example = '',
    want = '',
  } = c.params;
  const q = (text: string) => quote(text, c.lang);
  const grade = (code: string) => q(wordLabel('grade', code, c.doc, c.lang) ?? code);
  switch (rule) {
    case 'duplicateCode':
      return c.pick(`代码${q(value)}重复出现`, `the code ${q(value)} appears twice`);
    case 'atLeastOne':
      return c.pick('至少需要一项', 'at least one entry is needed');
    case 'binsMixed':
      return c.pick(
        '分档须全部为下限（>=、>，由高到低）或全部为上限（<=、<，由低到高）',
        'bins must be all lower bounds (">=", ">") listed highest first, or all upper bounds ("<=", "<") listed lowest first',
      );
    case 'binsOrder':
      return c.pick(
        `分档顺序不对：${value} 排在 ${previous} 之后，永远不会用到`,
        `bins out of order: ${value} after ${previous} can never match`,
      );
    case 'roundingStep':
      return c.pick(
        `取整步长须为整分（最多 2 位小数），填写的是 ${value}`,
        `a rounding step must be a whole number of fen (at most 2 decimals), got ${value}`,
      );
    case 'gradeOrder':
      return c.pick(
        `信用等级须按最低分从高到低排列：${value} 排在 ${previous} 之后`,
        `grades must be listed highest first: ${value} follows ${previous}`,
      );
    case 'lowestGradeZero':
      return c.pick(
        `最低一档须从 0 分起，否则低于 ${value} 分的农户没有等级`,
        `the lowest grade must start at 0, or scores below ${value} have no grade`,
      );
    case 'gradeUnreachable':
      return c.pick(
        `等级 ${value} 需要 ${min ?? ''} 分，但模型最高只能得 ${max ?? ''} 分`,
        `grade ${value} needs ${min ?? ''} points but the highest possible score is ${max ?? ''}`,
      );
    case 'vetoGradeClash':
      return c.pick(
        `否决等级${q(value)}不能与评分等级相同`,
        `the veto grade ${q(value)} must differ from the score grades`,
      );
    case 'unknownGrade':
      return c.pick(
        `没有等级${q(value)}（现有：${listOf(allowed, 'zh')}）`,
        `no grade ${q(value)} (grades: ${listOf(allowed, 'en')})`,
      );
    case 'gradeNoCredit':
      return c.pick(
        `等级${grade(value)}不是信用户等级，没有授信额度`,
        `grade ${grade(value)} is not a credit-household grade, so it gets no limit`,
      );
    case 'twoLimitRows':
      return c.pick(`等级${grade(value)}有两行额度`, `grade ${grade(value)} has two limit rows`);
    case 'capBelowBase':
      return c.pick(
        `封顶额度 ${amount(value)} 元低于基础额度 ${amount(min ?? '')} 元`,
        `the cap of ${amount(value)} yuan is below the base of ${amount(min ?? '')} yuan`,
      );
    case 'missingLimitRow':
      return c.pick(
        `信用户等级${grade(value)}在额度表中没有对应的一行`,
        `credit-household grade ${grade(value)} has no row in the limit table`,
      );
    case 'unknownLevel':
      return c.pick(
        `没有村两委等级${q(value)}（现有：${listOf(allowed, 'zh')}）`,
        `no party organisation level ${q(value)} (levels: ${listOf(allowed, 'en')})`,
      );
    case 'twoGates':
      return c.pick(
        `评分项${q(wordLabel('villageItem', value, c.doc, 'zh') ?? value)}有两个门槛`,
        `two gates on the item ${q(wordLabel('villageItem', value, c.doc, 'en') ?? value)}`,
      );
    case 'ratingOrder':
      return c.pick(
        `信用村等级须按最低分从高到低排列：${value} 排在 ${previous} 之后`,
        `ratings must be listed highest first: ${value} follows ${previous}`,
      );
    case 'reservedNone':
      return c.pick(
        '「none」表示未达标的村，不能作为等级代码',
        '"none" is the word for a village that is not a credit village; it cannot be a rating',
      );
    case 'codeForm':
      return `${c.pick(
        '代码须以字母开头，后面最多 63 个字母、数字、「_」或「-」',
        'a code is a letter followed by up to 63 letters, digits, "_" or "-"',
      )}${c.got()}`;
    case 'reservedCode':
      return c.pick(
        `${q(value)}是保留字，不能作代码`,
        `${q(value)} is reserved and cannot be a code`,
      );
    case 'batchDocument':
      return c.pick(
        `批量文件应为 JSON 对象 { "evalYear": …, "villages": [ … ] }${got === undefined ? '' : `，实际是${gotText(got, 'zh')}`}`,
        `a batch document is a JSON object { "evalYear": …, "villages": [ … ] }${got === undefined ? '' : `, got ${gotText(got, 'en')}`}`,
      );
    case 'villageLine':
      return c.pick(
        `每行应为一个村（JSON 对象）${got === undefined ? '' : `，实际是${gotText(got, 'zh')}`}`,
        `each line is a village (a JSON object)${got === undefined ? '' : `, got ${gotText(got, 'en')}`}`,
      );
    case 'notUtf8':
      return c.pick(
        '不是 UTF-8 文本：请把文件另存为 UTF-8',
        'not UTF-8 text: save the file as UTF-8',
      );
    case 'lineTooLong':
      return c.pick(
        '这一行太长：每行一个村，最多 100,000 户',
        'the line is too long: one village per line, at most 100,000 households',
      );
    case 'resultDocument':
      return c.pick('不是评定结果文件', 'not a result document');
    case 'keyDocument':
      return c.pick('不是密钥文件', 'not a key document');
    case 'certificatePayload':
      return c.pick('不是评定证书的内容', 'not a certificate payload');
    case 'exampleInvalid':
      return c.pick(
        `示例${q(example)}不是有效的农户记录`,
        `the example ${q(example)} is not a valid household`,
      );
    case 'exampleExpect':
      return c.pick(
        `示例${q(example)}预期为 ${want}，按模型得出 ${value}`,
        `the example ${q(example)} expects ${want} but the model gives ${value}`,
      );
    case 'noticeDate':
      return c.pick(
        '须为实际存在的日期，写作 YYYY-MM-DD',
        'must be a calendar date written YYYY-MM-DD',
      );
    case 'noticeDays':
      return c.pick(
        `须为 ${min ?? 1} 到 ${max ?? 366} 天`,
        `must be ${min ?? 1} to ${max ?? 366} days`,
      );
    case 'unknownVillage':
      return c.pick(
        `批次中没有这个村${allowed.length === 0 ? '' : `（现有：${listOf(allowed, 'zh')}）`}`,
        `no such village in the batch${allowed.length === 0 ? '' : ` (villages: ${listOf(allowed, 'en')})`}`,
      );
    case 'unknownTownship':
      return c.pick(
        `批次中没有这个乡镇，也没有经营主体注明它${allowed.length === 0 ? '' : `（经营主体注明的乡镇：${listOf(allowed, 'zh')}）`}`,
        `no such township in the batch, and no entity names it${allowed.length === 0 ? '' : ` (entities name: ${listOf(allowed, 'en')})`}`,
      );
    case 'validUntilBeforeIssued':
      return c.pick('有效期不能早于签发日期', 'must not be before the date of issue');
    case 'guaranteedSum':
      return c.pick(
        '信用额度与担保额度之和须等于授信额度',
        'the credit-only and guaranteed parts must add up to the limit',
      );
    case 'quorumTooBig':
      return c.pick(
        `法定人数 ${value} 超过评议小组全体，永远达不到`,
        `a quorum of ${value} is more than the whole panel and can never be met`,
      );
    case 'vetoUnreachable':
      return c.pick(
        `否决须超过到会人数的 ${value}，任何票数都达不到`,
        `a veto needs more than ${value} of those present, which no count can reach`,
      );
    case 'unknownCivilityLevel':
      return c.pick(
        `没有乡风文明等级${q(value)}（现有：${listOf(allowed, 'zh')}）`,
        `no civility level ${q(value)} (levels: ${listOf(allowed, 'en')})`,
      );
    case 'listedTwice':
      return c.pick(`${q(value)}写了两次`, `${q(value)} is listed twice`);
    case 'scaleIncomplete':
      return c.pick(
        `评议等级顺序缺少${q(value)}：须排列全部乡风文明等级`,
        `the civility level ${q(value)} is missing: the scale orders every level`,
      );
    case 'requiredWith':
      return c.pick(
        `有${q(value)}部分时这一部分不能缺少`,
        `required when the model has a ${q(value)} section`,
      );
    case 'unknownCode':
      return c.pick(
        `没有${q(value)}这一项（现有：${listOf(allowed, 'zh')}）`,
        `no entry ${q(value)} (entries: ${listOf(allowed, 'en')})`,
      );
    case 'missingEntry':
      return c.pick(`缺少${q(value)}对应的一项`, `nothing is given for ${q(value)}`);
    case 'entitySections':
      return c.pick('所用模型没有经营主体评分表', 'the model has no entity scorecard');
    case 'townshipSections':
      return c.pick('所用模型没有乡镇和县的评定规则', 'the model has no township and county rules');
    case 'severalValues':
      return c.pick(
        '一个完整的 JSON 值之后还有内容（每行一个村的文件是 NDJSON）',
        'more text after a complete JSON value (one village per line is NDJSON)',
      );
    case 'subjectMissing':
      return c.pick(
        '没有写明授信对象：请填写村编号和户号，或经营主体编号',
        'names no subject: write the village and household ids, or the entity id',
      );
    case 'subjectTwice':
      return c.pick(
        '同时写了农户（村编号、户号）和经营主体编号：一条授信只对应一个对象',
        'names both a household (village and household ids) and an entity; a line is for one subject',
      );
    case 'usedAboveGranted':
      return value === '' || max === undefined
        ? c.pick('用信余额不能大于授信额度', 'the drawn balance cannot be above the line granted')
        : c.pick(
            `${amount(value)} 元超过了授信额度 ${amount(max)} 元：用信余额不能大于授信额度`,
            `${amount(value)} yuan is above the line granted, ${amount(max)} yuan`,
          );
    case 'villageNotEvaluated':
      return c.pick(
        '未评定：所在的村无法评定（见该村的问题）',
        "not evaluated: its village could not be evaluated (see the village's problem)",
      );
  }
}
