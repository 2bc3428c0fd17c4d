/**
 * An amount of yuan in capital numerals (人民币大写), as a bank's form asks for it beside the
 * figures: `16409.02` → `壹万陆仟肆佰零玖元零贰分`. The rules are those of the People's Bank's
 * 《支付结算办法》 (its annex on writing amounts): the capitals 零壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿;
 * 整 after an amount that ends at 元, never after 角 or 分; one 零 for each run of zeros between
 * two written digits (`6007.14` → 陆仟零柒元壹角肆分, `107000.53` → 壹拾万零柒仟元零伍角叁分, one of
 * the two spellings the rules allow, chosen so that every amount has exactly one); 壹拾 for ten
 * at the head of a number, as cheques write it; 零元整 for zero. Exact: the digits are read from
 * the text, never through a float.
 */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'] as const;
const MONEY = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * `money` (yuan, at most 2 decimals, not negative: `"163000.00"`, `"1409.5"`, `"0"`) in capital
 * numerals.
 *
 * @throws {RangeError} when `money` is not such an amount.
 * @example yuanInCapitals('1409.50') // '壹仟肆佰零玖元伍角'
 * @example yuanInCapitals('163000.00') // '壹拾陆万叁仟元整'
 */
export function yuanInCapitals(money: string): string {
  const match = MONEY.exec(money);
  if (match === null)
    throw new RangeError(`not an amount of yuan with at most 2 decimals: ${money}`);
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const [jiao = 0, fen = 0] = (match[2] ?? '').padEnd(2, '0').split('').map(Number);
  const out = new Writer();
  if (whole !== '0') {
    writeInteger(out, whole);
    out.unit('元');
  }
  if (jiao !== 0) {
    out.digit(jiao);
    out.unit('角');
  } else if (fen !== 0) out.zero();
  if (fen !== 0) {
    out.digit(fen);
    out.unit('分');
  }
  if (out.text === '') return '零元整';
  return jiao === 0 && fen === 0 ? `${out.text}整` : out.text;
}

/** Text written so far, and whether a run of zeros waits for the next digit to be said. */
class Writer {
  text = '';
  #zeros = false;

  /** A zero digit: said as one 零 before the next written digit, if any comes. */
  zero(): void {
    if (this.text !== '') this.#zeros = true;
  }

  digit(value: number): void {
    if (this.#zeros) this.text += '零';
    this.#zeros = false;
    this.text += DIGITS[value];
  }

  unit(name: string): void {
    this.text += name;
  }
}

/** The unit after a group of four digits, counted from the right (万亿 is 万 then 亿). */
const GROUP_UNITS = ['', '万', '亿', '万'] as const;

/**
 * A whole number of yuan (up to 16 digits): groups of four digits from the right, each written
 * with 拾佰仟 and followed by its unit when the group is not all zeros; the 亿 group says 亿 even
 * when it is all zeros under a 万亿 (1 0000 0000 0000 is 壹万亿). A zero digit waits for the next
 * written digit, so zeros that span groups are one 零 (`100010000` → 壹亿零壹万).
 */
function writeInteger(out: Writer, digits: string): void {
  if (digits.length > 16) throw new RangeError(`an amount of more than 16 digits: ${digits}`);
  const groups = Math.ceil(digits.length / 4);
  const padded = digits.padStart(groups * 4, '0');
  for (let g = 0; g < groups; g++) {
    const fromRight = groups - 1 - g;
    let written = false;
    for (let i = 0; i < 4; i++) {
      const value = Number(padded[g * 4 + i]);
      if (value === 0) {
        out.zero();
        continue;
      }
      out.digit(value);
      out.unit(PLACES[3 - i] ?? '');
      written = true;
    }
    if (written || (fromRight === 2 && g > 0)) out.unit(GROUP_UNITS[fromRight] ?? '');
  }
}
