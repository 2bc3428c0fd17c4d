import type { EntityCertificatePayload } from '../../lib/core-adapter';
import { compareDecimal } from '../../lib/money';
import { normalizeDecimal, normalizeInteger } from '../../lib/normalize-input';
import { creditCodeProblem, plainCreditCode } from './credit-code';
import { isPhone, plainPhone } from './phone';

/**
 * The guaranteed-loan application (码上填) made from a verified entity certificate: what the
 * certificate says is copied from it and cannot be edited; the applicant adds the rest. The
 * rules here are the form's own (no rule of the rating model is involved).
 */

/** What the applicant types or chooses, as typed. */
export interface ApplicationFields {
  readonly creditCode: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly amount: string;
  readonly purpose: string;
  readonly purposeDetail: string;
  readonly termMonths: string;
  readonly repayment: string;
  readonly bank: string;
  readonly declared: boolean;
}

/** A field of the application. */
export type ApplicationField = keyof ApplicationFields;

/** The fields in the order of the form (the order problems are listed in). */
export const APPLICATION_FIELDS: readonly ApplicationField[] = [
  'creditCode',
  'contactName',
  'contactPhone',
  'amount',
  'purpose',
  'purposeDetail',
  'termMonths',
  'repayment',
  'bank',
  'declared',
];

/** What a loan is for: the usual uses of a guaranteed agricultural loan. */
export const PURPOSES = [
  'inputs',
  'expansion',
  'machinery',
  'facilities',
  'landTransfer',
  'produce',
  'workingCapital',
  'other',
] as const;

/** How it is repaid. */
export const REPAYMENTS = [
  'interestMonthly',
  'equalInstalments',
  'equalPrincipal',
  'atMaturity',
] as const;

/** The longest term offered: agricultural guarantee products lend for up to three years. */
export const MAX_TERM_MONTHS = 36;

const MAX_NAME = 50;
const MAX_DETAIL = 200;

/** An empty application. */
export function emptyApplication(): ApplicationFields {
  return {
    creditCode: '',
    contactName: '',
    contactPhone: '',
    amount: '',
    purpose: '',
    purposeDetail: '',
    termMonths: '',
    repayment: '',
    bank: '',
    declared: false,
  };
}

/** What is wrong with a field: a key of the UI's words (`apply.error.<code>`). */
export type ApplicationErrorCode =
  | 'required'
  | 'tooLong'
  | 'creditCodeForm'
  | 'creditCodeCheck'
  | 'phone'
  | 'amountForm'
  | 'amountFen'
  | 'amountZero'
  | 'amountOver'
  | 'purposeDetail'
  | 'term'
  | 'declared';

/** One problem of the application, at its field. */
export interface ApplicationError {
  readonly field: ApplicationField;
  readonly code: ApplicationErrorCode;
  /** `max`: the longest text or the guaranteed part; shown in the message. */
  readonly max?: string;
}

/**
 * A field's value as the form keeps it once the field is left: common ways of writing a number
 * made plain (`30万元` → `300000`, `１２个月` → `12`, `138 1234 5678` → `13812345678`), so what is
 * shown is what is checked and saved.
 */
export function plainValue(field: ApplicationField, typed: string): string {
  switch (field) {
    case 'amount':
      return normalizeDecimal(typed);
    case 'termMonths':
      return normalizeInteger(typed.replace(/个?月$/, ''));
    case 'contactPhone':
      return plainPhone(typed);
    case 'creditCode':
      return plainCreditCode(typed);
    default:
      return typed.trim();
  }
}

/**
 * Every problem of the application, in the order of the form. `guaranteed` is the certificate's
 * guaranteed part: the most that can be asked for with a guarantee.
 */
export function checkApplication(
  fields: ApplicationFields,
  guaranteed: string,
): readonly ApplicationError[] {
  const errors: ApplicationError[] = [];
  const add = (field: ApplicationField, code: ApplicationErrorCode, max?: string) =>
    errors.push(max === undefined ? { field, code } : { field, code, max });

  const creditCode = plainCreditCode(fields.creditCode);
  if (creditCode !== '') {
    const problem = creditCodeProblem(creditCode);
    if (problem === 'form') add('creditCode', 'creditCodeForm');
    if (problem === 'check') add('creditCode', 'creditCodeCheck');
  }
  const contactName = fields.contactName.trim();
  if (contactName === '') add('contactName', 'required');
  else if ([...contactName].length > MAX_NAME) add('contactName', 'tooLong', String(MAX_NAME));
  const phone = plainPhone(fields.contactPhone);
  if (phone === '') add('contactPhone', 'required');
  else if (!isPhone(phone)) add('contactPhone', 'phone');

  const amount = normalizeDecimal(fields.amount);
  const amountCode = amountProblem(amount, guaranteed);
  if (amountCode !== undefined) {
    add('amount', amountCode, amountCode === 'amountOver' ? guaranteed : undefined);
  }

  if (fields.purpose === '') add('purpose', 'required');
  const detail = fields.purposeDetail.trim();
  if (fields.purpose === 'other' && detail === '') add('purposeDetail', 'purposeDetail');
  if ([...detail].length > MAX_DETAIL) add('purposeDetail', 'tooLong', String(MAX_DETAIL));

  const term = normalizeInteger(fields.termMonths.replace(/个?月$/, ''));
  if (term === '') add('termMonths', 'required');
  else if (!/^\d{1,3}$/.test(term) || Number(term) < 1 || Number(term) > MAX_TERM_MONTHS) {
    add('termMonths', 'term', String(MAX_TERM_MONTHS));
  }
  if (fields.repayment === '') add('repayment', 'required');
  if ([...fields.bank.trim()].length > MAX_NAME) add('bank', 'tooLong', String(MAX_NAME));
  if (!fields.declared) add('declared', 'declared');
  return errors;
}

function amountProblem(amount: string, guaranteed: string): ApplicationErrorCode | undefined {
  if (amount === '') return 'required';
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (match === null) return 'amountForm';
  if ((match[2] ?? '').length > 2) return 'amountFen';
  if (/^0*(\.0*)?$/.test(amount)) return 'amountZero';
  if (compareDecimal(amount, guaranteed) > 0) return 'amountOver';
  return undefined;
}

/** An amount as results write money: no leading zeros, exactly two decimals (`300000.00`). */
export function moneyText(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** The application as saved (JSON), once {@link checkApplication} finds nothing wrong. */
export interface ApplicationDocument {
  readonly kind: 'guaranteedLoanApplication';
  readonly v: 1;
  /** The certificate code the application was made from: the bank checks it again. */
  readonly certificate: string;
  /** The day the applicant's device checked it (valid that day) and with which key. */
  readonly verified: { readonly on: string; readonly kid: string };
  readonly entity: {
    readonly id: string;
    readonly type: string;
    readonly name?: string;
    readonly grade: string;
    readonly limit: string;
    readonly creditOnly: string;
    readonly guaranteed: string;
    readonly evalYear: number;
    readonly issuer: string;
    readonly validUntil: string;
  };
  readonly applicant: {
    readonly creditCode?: string;
    readonly contactName: string;
    readonly contactPhone: string;
  };
  readonly loan: {
    readonly amount: string;
    readonly purpose: string;
    readonly purposeDetail?: string;
    readonly termMonths: number;
    readonly repayment: string;
    readonly bank?: string;
  };
  /** The day of the application. */
  readonly date: string;
  /** The applicant declared the application true. */
  readonly declared: true;
}

/**
 * The application document: the certificate's code and fields, and what the applicant typed,
 * made plain. Same input, same document, key for key (the JSON is byte-identical).
 */
export function applicationDocument(
  fields: ApplicationFields,
  payload: EntityCertificatePayload,
  code: string,
  today: string,
): ApplicationDocument {
  const optional = <K extends string>(key: K, value: string) =>
    (value === '' ? {} : { [key]: value }) as Partial<Record<K, string>>;
  return {
    kind: 'guaranteedLoanApplication',
    v: 1,
    certificate: code,
    verified: { on: today, kid: payload.kid },
    entity: {
      id: payload.id,
      type: payload.type,
      ...(payload.name === undefined ? {} : { name: payload.name }),
      grade: payload.grade,
      limit: payload.limit,
      creditOnly: payload.creditOnly,
      guaranteed: payload.guaranteed,
      evalYear: payload.evalYear,
      issuer: payload.issuer,
      validUntil: payload.validUntil,
    },
    applicant: {
      ...optional('creditCode', plainCreditCode(fields.creditCode)),
      contactName: fields.contactName.trim(),
      contactPhone: plainPhone(fields.contactPhone),
    },
    loan: {
      amount: moneyText(normalizeDecimal(fields.amount)),
      purpose: fields.purpose,
      ...optional('purposeDetail', fields.purposeDetail.trim()),
      termMonths: Number(normalizeInteger(fields.termMonths.replace(/个?月$/, ''))),
      repayment: fields.repayment,
      ...optional('bank', fields.bank.trim()),
    },
    date: today,
    declared: true,
  };
}
