/**
 * 码上填 (issue 18): the guaranteed-loan application made from a verified entity certificate,
 * its checks in the applicant's words, and the JSON it saves (carrying the certificate code).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../src/app';
import {
  type ApplicationFields,
  applicationDocument,
  checkApplication,
  emptyApplication,
  moneyText,
  plainValue,
} from '../src/features/verify/application';
import { creditCodeProblem } from '../src/features/verify/credit-code';
import { localDate } from '../src/features/verify/local-date';
import { codeInHash, verifyHash } from '../src/features/verify/verify-link';
import { memoryStore } from '../src/lib/persist/store';
import {
  COOPERATIVE,
  entityCertificate,
  householdCertificate,
  LAPSED,
  testOffice,
} from './certificates';
import { byId } from './helpers';

const saved = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../src/lib/download', async (original) => ({
  ...(await original<typeof import('../src/lib/download')>()),
  downloadText: (name: string, text: string) => saved.push({ name, text }),
}));

const office = testOffice();
const entity = entityCertificate(office);
if (entity.payload.kind !== 'entity') throw new Error('not an entity certificate');
const payload = entity.payload;

const filled: ApplicationFields = {
  ...emptyApplication(),
  contactName: '  王小明 ',
  contactPhone: '+86 138-1234-5678',
  amount: '30万元',
  purpose: 'machinery',
  termMonths: '１２个月',
  repayment: 'interestMonthly',
  declared: true,
};

const codes = (fields: ApplicationFields) =>
  checkApplication(fields, payload.guaranteed).map((e) => `${e.field}:${e.code}`);

describe('the application’s checks', () => {
  test('an empty application lists every required field, in the order of the form', () => {
    expect(codes(emptyApplication())).toEqual([
      'contactName:required',
      'contactPhone:required',
      'amount:required',
      'purpose:required',
      'termMonths:required',
      'repayment:required',
      'declared:declared',
    ]);
    expect(codes(filled)).toEqual([]);
  });

  test('the amount: figures, to the fen, above 0, at most the guaranteed part (exactly)', () => {
    const amount = (value: string) => codes({ ...filled, amount: value });
    expect(amount('660000.00')).toEqual([]);
    expect(amount('66万')).toEqual([]);
    expect(amount('660,000')).toEqual([]);
    expect(amount('660000.01')).toEqual(['amount:amountOver']);
    expect(amount('0.001')).toEqual(['amount:amountFen']);
    expect(amount('0.00')).toEqual(['amount:amountZero']);
    expect(amount('六十万')).toEqual(['amount:amountForm']);
    expect(amount('-5')).toEqual(['amount:amountForm']);
    expect(checkApplication({ ...filled, amount: '700000' }, payload.guaranteed)).toEqual([
      { field: 'amount', code: 'amountOver', max: '660000.00' },
    ]);
  });

  test('any amount in fen up to the guaranteed part passes, and one fen more does not', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 66_000_000n }), (fen) => {
        const text = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        expect(codes({ ...filled, amount: text })).toEqual([]);
        const over = fen + 66_000_000n;
        const overText = `${over / 100n}.${String(over % 100n).padStart(2, '0')}`;
        expect(codes({ ...filled, amount: overText })).toEqual(['amount:amountOver']);
      }),
    );
  });

  test('telephone numbers: mobiles as people write them, landlines with their area code', () => {
    for (const ok of [
      '13812345678',
      '138 1234 5678',
      '+86 13812345678',
      '0556-5123456',
      '０５５６５１２３４５６',
    ]) {
      expect(codes({ ...filled, contactPhone: ok }), ok).toEqual([]);
    }
    for (const bad of ['1381234567', '12812345678', '5123456', 'phone']) {
      expect(codes({ ...filled, contactPhone: bad }), bad).toEqual(['contactPhone:phone']);
    }
    expect(plainValue('contactPhone', '+86 138-1234-5678')).toBe('13812345678');
  });

  test('the unified social credit code: 18 characters and its check character (GB 32100)', () => {
    // The standard's own example.
    expect(creditCodeProblem('91350100M000100Y43')).toBe('ok');
    expect(codes({ ...filled, creditCode: ' 91350100m000100y43 ' })).toEqual([]);
    expect(codes({ ...filled, creditCode: '91350100M000100Y44' })).toEqual([
      'creditCode:creditCodeCheck',
    ]);
    expect(codes({ ...filled, creditCode: '91350100M000100Y4' })).toEqual([
      'creditCode:creditCodeForm',
    ]);
    expect(codes({ ...filled, creditCode: '91350100I000100Y43' })).toEqual([
      'creditCode:creditCodeForm',
    ]);
    // Any one character changed (within the alphabet) breaks the check.
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const code = '91350100M000100Y43';
    fc.assert(
      fc.property(fc.nat(17), fc.nat(30), (at, pick) => {
        const next = alphabet[pick] === code[at] ? alphabet[(pick + 1) % 31] : alphabet[pick];
        const changed = `${code.slice(0, at)}${next}${code.slice(at + 1)}`;
        expect(creditCodeProblem(changed)).toBe('check');
      }),
    );
  });

  test('term, purpose, lengths and the declaration', () => {
    expect(codes({ ...filled, termMonths: '0' })).toEqual(['termMonths:term']);
    expect(codes({ ...filled, termMonths: '37' })).toEqual(['termMonths:term']);
    expect(codes({ ...filled, termMonths: '36' })).toEqual([]);
    expect(codes({ ...filled, termMonths: '1.5' })).toEqual(['termMonths:term']);
    expect(codes({ ...filled, purpose: 'other' })).toEqual(['purposeDetail:purposeDetail']);
    expect(codes({ ...filled, purpose: 'other', purposeDetail: '购买鱼苗' })).toEqual([]);
    expect(codes({ ...filled, purposeDetail: '字'.repeat(201) })).toEqual([
      'purposeDetail:tooLong',
    ]);
    expect(codes({ ...filled, contactName: '名'.repeat(51) })).toEqual(['contactName:tooLong']);
    expect(codes({ ...filled, declared: false })).toEqual(['declared:declared']);
  });

  test('the document: the certificate code, its fields, the values made plain, byte-identical', () => {
    const document = applicationDocument(filled, payload, entity.code, '2025-03-01');
    expect(document).toEqual({
      kind: 'guaranteedLoanApplication',
      v: 1,
      certificate: entity.code,
      verified: { on: '2025-03-01', kid: 'wj-test' },
      entity: {
        id: 'COOP1',
        type: 'cooperative',
        name: COOPERATIVE.name,
        grade: 'AAA',
        limit: '1660000.00',
        creditOnly: '1000000.00',
        guaranteed: '660000.00',
        evalYear: 2024,
        issuer: payload.issuer,
        validUntil: payload.validUntil,
      },
      applicant: { contactName: '王小明', contactPhone: '13812345678' },
      loan: {
        amount: '300000.00',
        purpose: 'machinery',
        termMonths: 12,
        repayment: 'interestMonthly',
      },
      date: '2025-03-01',
      declared: true,
    });
    expect(
      JSON.stringify(applicationDocument({ ...filled }, payload, entity.code, '2025-03-01')),
    ).toBe(JSON.stringify(document));
    expect(moneyText('007.5')).toBe('7.50');
    expect(moneyText('300000')).toBe('300000.00');
  });
});

describe('links and dates', () => {
  test('a verification hash gives its code; other hashes give none', () => {
    expect(codeInHash('#/verify/CV1.abc.def')).toBe('CV1.abc.def');
    expect(codeInHash('#/verify/CV1%2Eabc%2Edef')).toBe('CV1.abc.def');
    expect(codeInHash('#/verify/')).toBeUndefined();
    expect(codeInHash('#/verify')).toBeUndefined();
    expect(codeInHash('#/household')).toBeUndefined();
    expect(verifyHash('CV1.abc.def')).toBe('#/verify/CV1.abc.def');
    expect(verifyHash('<script>')).toBe('#/verify');
    expect(verifyHash(undefined)).toBe('#/verify');
  });

  test("the verifier's date is the device's calendar day, not UTC's", () => {
    expect(localDate(new Date(2025, 0, 1, 0, 30))).toBe('2025-01-01');
    expect(localDate(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});

describe('the application on the page', () => {
  beforeEach(() => {
    localStorage.clear();
    saved.length = 0;
  });
  afterEach(cleanup);

  function open(code: string) {
    location.hash = `#/verify/${code}`;
    render(<App session={{ store: memoryStore(), saved: new Map() }} />);
    fireEvent.input(byId<HTMLTextAreaElement>('trust-text'), {
      target: { value: office.trustText },
    });
    fireEvent.click(screen.getByRole('button', { name: '载入粘贴的信任列表' }));
  }

  const type = (id: string, value: string) => {
    fireEvent.input(byId(id), { target: { value } });
    fireEvent.blur(byId(id));
  };

  test('prefilled from the certificate; problems in Chinese; nothing saved until all is right', () => {
    open(entity.code);
    fireEvent.click(screen.getByTestId('apply-start'));
    const given = screen.getByTestId('apply-given').textContent ?? '';
    expect(given).toContain(COOPERATIVE.name);
    expect(given).toContain('农民专业合作社');
    expect(given).toContain('660,000.00 元');
    // Nothing is said while the form is new.
    expect(screen.queryByTestId('apply-errors')).toBeNull();
    expect(document.querySelector('[aria-invalid=true]')).toBeNull();

    fireEvent.click(screen.getByTestId('apply-save'));
    expect(saved).toEqual([]);
    const errors = screen.getByTestId('apply-errors').textContent ?? '';
    expect(errors).toContain('请先修正 7 处问题');
    expect(errors).toContain('联系人姓名：必须填写');
    expect(errors).toContain('申请金额（元）：必须填写');

    type('apply-amount', '66.5万');
    expect(byId('apply-amount').value).toBe('665000');
    expect(byId('apply-amount-error').textContent).toBe('不能超过证书上的担保额度 660,000.00 元');
    expect(byId('apply-amount').getAttribute('aria-invalid')).toBe('true');
    type('apply-amount', '250000.5');
    type('apply-contactName', '王小明');
    type('apply-contactPhone', '1381234');
    expect(byId('apply-contactPhone-error').textContent).toContain('11 位手机号');
    type('apply-contactPhone', '13812345678');
    type('apply-creditCode', '91350100M000100Y43');
    fireEvent.change(byId<HTMLSelectElement>('apply-purpose'), { target: { value: 'inputs' } });
    type('apply-termMonths', '24');
    fireEvent.change(byId<HTMLSelectElement>('apply-repayment'), {
      target: { value: 'equalPrincipal' },
    });
    type('apply-bank', '望江农商银行');
    fireEvent.click(byId('apply-declared'));
    expect(screen.queryByTestId('apply-errors')).toBeNull();

    fireEvent.click(screen.getByTestId('apply-save'));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^application-COOP1-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(saved[0]?.text ?? '') as ReturnType<typeof applicationDocument>;
    expect(doc.certificate).toBe(entity.code);
    expect(doc.applicant).toEqual({
      creditCode: '91350100M000100Y43',
      contactName: '王小明',
      contactPhone: '13812345678',
    });
    expect(doc.loan).toEqual({
      amount: '250000.50',
      purpose: 'inputs',
      termMonths: 24,
      repayment: 'equalPrincipal',
      bank: '望江农商银行',
    });
    expect(screen.getByTestId('apply-saved').textContent).toContain(saved[0]?.name);

    // The printed sheet (print stylesheet only) is in Chinese, with the code to check again.
    const sheet = screen.getByTestId('application-sheet').textContent ?? '';
    expect(sheet).toContain('担保贷款申请表（码上填）');
    expect(sheet).toContain('250,000.50 元');
    expect(sheet).toContain('等额本金');
    expect(sheet).toContain('24 个月');
    expect(sheet).toContain(entity.code);
  });

  test('the application is in English with the UI; the printed sheet stays Chinese', () => {
    open(entity.code);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    fireEvent.click(screen.getByTestId('apply-start'));
    fireEvent.click(screen.getByTestId('apply-print'));
    expect(screen.getByTestId('apply-errors').textContent).toContain('Contact name: required');
    expect(screen.getByTestId('application-sheet').textContent).toContain('担保贷款申请表');
  });

  test('no application from an expired certificate, a household’s, or one with no guaranteed part', () => {
    open(entityCertificate(office, LAPSED).code);
    expect(screen.queryByTestId('apply-start')).toBeNull();
    expect(screen.getByTestId('apply-unavailable').textContent).toBe(
      '证书已过期，不能据此填写担保贷款申请。',
    );
    cleanup();
    const creditOnly = entityCertificate(office, undefined, {
      ...COOPERATIVE,
      limit: '398000.00',
      creditOnly: '398000.00',
      guaranteed: '0.00',
    });
    open(creditOnly.code);
    expect(screen.getByTestId('apply-unavailable').textContent).toContain('无需担保贷款申请');
    cleanup();
    open(householdCertificate(office).code);
    expect(screen.queryByTestId('apply-start')).toBeNull();
    expect(screen.queryByTestId('apply-unavailable')).toBeNull();
  });

  test('another certificate checked closes the application; the same one keeps what was typed', () => {
    open(entity.code);
    fireEvent.click(screen.getByTestId('apply-start'));
    type('apply-contactName', '王小明');
    fireEvent.input(byId<HTMLTextAreaElement>('verify-code'), {
      target: { value: entity.code },
      inputType: 'insertFromPaste',
    });
    expect(byId('apply-contactName').value).toBe('王小明');
    fireEvent.input(byId<HTMLTextAreaElement>('verify-code'), {
      target: { value: householdCertificate(office).code },
      inputType: 'insertFromPaste',
    });
    expect(screen.queryByTestId('application')).toBeNull();
  });
});
