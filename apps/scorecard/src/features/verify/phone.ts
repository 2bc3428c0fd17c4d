/**
 * A contact telephone number in China: an 11-digit mobile number (`13812345678`, also written
 * `138 1234 5678` or with `+86`), or a landline with its area code (`0556-5123456`).
 */

/** The number as typed, made plain: half-width digits, no spaces, no `+86`, one `-` kept. */
export function plainPhone(typed: string): string {
  const text = typed
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\uff0d\u2212\u2010-\u2015]/g, '-')
    .replace(/[\s\u3000()（）]/g, '');
  const mobile = /^(?:\+?86-?)?(1\d{2})-?(\d{4})-?(\d{4})$/.exec(text);
  return mobile === null ? text : `${mobile[1]}${mobile[2]}${mobile[3]}`;
}

/** Whether a plain number is a mobile number or a landline with its area code. */
export function isPhone(plain: string): boolean {
  return /^1[3-9]\d{9}$/.test(plain) || /^0\d{2,3}-?\d{7,8}$/.test(plain);
}
