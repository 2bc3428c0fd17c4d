import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { fromRecord } from '../src/features/household/from-record';
import { HouseholdPage } from '../src/features/household/household-page';
import { householdReducer, initialHousehold } from '../src/features/household/household-state';
import { defaultModel } from '../src/lib/core-adapter';
import { byId, choose, goldenHousehold, leave, renderIn, type, typeAndLeave } from './helpers';

const model = defaultModel();

/** The household page with its own state, as the app holds it, optionally pre-filled. */
function Harness({ record }: { readonly record?: Record<string, unknown> }) {
  const [state, dispatch] = useReducer(householdReducer, undefined, () => {
    const initial = { ...initialHousehold(), evalYear: '2024' };
    return record === undefined ? initial : { ...initial, form: fromRecord(record, model) };
  });
  return <HouseholdPage model={model} state={state} dispatch={dispatch} />;
}

const DIMENSIONS = [
  'lawAbiding',
  'familyHarmony',
  'filialPiety',
  'familyEducation',
  'neighbourliness',
  'customsReform',
  'honesty',
  'publicSpirit',
];

afterEach(cleanup);

describe('the household form', () => {
  test('a blank form says how much is left to fill, with no error and no number (defect 4)', () => {
    renderIn(<Harness />);
    const pending = screen.getByTestId('pending');
    expect(pending.textContent).toMatch(/还有 \d+ 项必填内容未填写/);
    expect(pending.textContent).not.toContain('请修正');
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(document.querySelectorAll('.field-issues')).toHaveLength(0);
    expect(screen.queryByTestId('result')).toBeNull();
    expect(screen.queryByTestId('limit')).toBeNull();
  });

  test('asking for the result shows every problem, in Chinese, and moves to the first', () => {
    renderIn(<Harness />);
    fireEvent.click(screen.getByTestId('submit'));
    const fix = screen.getByTestId('fix-list');
    expect(fix.textContent).toMatch(/请修正 \d+ 处问题/);
    expect(fix.textContent).toContain('农户编号：必填');
    expect(document.activeElement?.id).toBe('f-id');
    expect(fix.textContent).not.toMatch(/required|must|got/);
  });

  test('filling the fields of H1 produces its result, and editing a field updates it', () => {
    renderIn(<Harness />);
    type('f-id', 'H1');
    fireEvent.click(screen.getByRole('button', { name: '添加房屋' }));
    choose('f-houses-0-structure', 'brickConcrete');
    type('f-houses-0-areaM2', '200');
    type('f-houses-0-yearBuilt', '2014');
    type('f-land-contractedMu', '8');
    type('f-land-transferredInMu', '50');
    type('f-livestock-pig', '20');
    fireEvent.click(screen.getByRole('button', { name: '添加农机具' }));
    type('f-machines-0-price', '60000');
    type('f-machines-0-year', '2020');
    type('f-deposits', '50000');
    type('f-collectiveShares', '2000');
    type('f-debts-bankLoans', '30000');
    type('f-income-net', '120000');
    type('f-income-operating', '100000');
    for (const d of DIMENSIONS) fireEvent.click(byId(`f-civility-${d}-good`));
    choose('f-creditRecord', 'none');

    expect(screen.getByTestId('score').textContent).toBe('94');
    expect(screen.getByTestId('grade').textContent).toContain('AAA');
    expect(screen.getByTestId('credit-household').textContent).toBe('是');
    expect(screen.getByTestId('limit').textContent).toBe('163,000.00');
    expect(screen.getByTestId('gross').textContent).toBe('337,960.00');
    expect(screen.getByTestId('liabilities').textContent).toBe('30,000.00');
    expect(screen.getByTestId('net').textContent).toBe('307,960.00');
    const lines = screen.getByTestId('result').querySelectorAll('tr[data-line]');
    expect([...lines].map((row) => row.getAttribute('data-line'))).toEqual([
      'house',
      'contractedLand',
      'transferredLand',
      'livestock',
      'machine',
      'deposits',
      'collectiveShares',
    ]);

    type('f-deposits', '150000');
    expect(screen.getByTestId('gross').textContent).toBe('437,960.00');
    expect(screen.getByTestId('limit').textContent).toBe('173,000.00');
  });

  test('an empty optional field is neither an error nor a zero', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    type('f-collectiveShares', '');
    expect(byId('f-collectiveShares').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('gross').textContent).toBe('335,960.00');
    expect(
      screen.getByTestId('result').querySelector('tr[data-line="collectiveShares"]'),
    ).toBeNull();
  });

  test('an invalid field says what is wrong in Chinese once it is left, never mid-word (defects 1, 4)', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    type('f-houses-0-areaM2', '120.555');
    const input = byId('f-houses-0-areaM2');
    // Still typing: no error yet, and the last valid result stays, marked as out of date.
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('result').getAttribute('data-stale')).toBe('true');
    leave('f-houses-0-areaM2');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = byId<HTMLElement>(
      input.getAttribute('aria-describedby')?.split(' ').pop() ?? '',
    );
    expect(described.textContent).toBe('最多 2 位小数，填写的是「120.555」');
    expect(screen.getByTestId('stale-note').textContent).toContain(
      '房屋 1 › 面积（m²）：最多 2 位小数，填写的是「120.555」',
    );
    expect(screen.getByTestId('limit').textContent).toBe('163,000.00');

    type('f-houses-0-areaM2', '120.55');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('result').getAttribute('data-stale')).toBeNull();
  });

  test('typing a year shows no error until the field is left (defect 4)', () => {
    renderIn(<Harness />);
    type('f-evalYear', '2');
    expect(byId('f-evalYear').getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('f-evalYear-error')).toBeNull();
    leave('f-evalYear');
    expect(byId('f-evalYear').getAttribute('aria-invalid')).toBe('true');
    expect(byId<HTMLElement>('f-evalYear-error').textContent).toBe(
      '不能早于 1900 年，填写的是「2」',
    );
  });

  test('a year after the evaluation year is marked at its field', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    typeAndLeave('f-machines-0-year', '2030');
    expect(byId('f-machines-0-year').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('fix-list').textContent).toContain(
      '农机具 1 › 购置年份：2030 年晚于评定年度 2024 年',
    );
  });

  test('houses are added and removed', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    expect(screen.getByTestId('gross').textContent).toBe('337,960.00');
    fireEvent.click(screen.getByRole('button', { name: '添加房屋' }));
    expect(document.getElementById('f-houses-1-areaM2')).not.toBeNull();
    // A new empty house is incomplete: the last result stays, out of date, until it is filled.
    expect(screen.getByTestId('result').getAttribute('data-stale')).toBe('true');
    expect(screen.getByTestId('waiting').textContent).toContain('还有 3 项必填内容未填写');
    choose('f-houses-1-structure', 'simple');
    type('f-houses-1-areaM2', '60');
    type('f-houses-1-yearBuilt', '2019');
    expect(screen.getByTestId('gross').textContent).toBe('346,960.00');
    fireEvent.click(screen.getByRole('button', { name: '删除房屋 1' }));
    expect(document.getElementById('f-houses-1-areaM2')).toBeNull();
    expect(screen.getByTestId('gross').textContent).toBe('154,000.00');
  });

  test('vetoes are named and make the grade NR with no limit', () => {
    renderIn(<Harness record={goldenHousehold('H8')} />);
    expect(screen.getByTestId('grade').textContent).toContain('NR');
    expect(screen.getByTestId('vetoes').textContent).toContain('V4');
    expect(screen.getByTestId('vetoes').textContent).toContain('不赡养老人');
    expect(screen.getByTestId('limit-none').textContent).toContain('一票否决');
    fireEvent.click(byId('f-vetoes-V4'));
    expect(screen.getByTestId('grade').textContent).toContain('AA');
  });
});

describe('the limit derivation', () => {
  const row = (term: string) => {
    const element = screen.getByTestId('result').querySelector(`tr[data-term="${term}"]`);
    if (element === null) throw new Error(`no row ${term}`);
    return element as HTMLElement;
  };

  test('shows the base, both terms, the raw sum, the cap and the rounding (H1: formula binds)', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    expect(row('base').textContent).toContain('100,000.00');
    expect(row('grossAssets').textContent).toContain('0.1 × 337,960.00');
    expect(row('grossAssets').textContent).toContain('33,796.00');
    expect(row('operatingIncome').textContent).toContain('0.3 × 100,000.00');
    expect(row('operatingIncome').textContent).toContain('30,000.00');
    expect(row('raw').textContent).toContain('163,796.00');
    expect(row('raw').className).toContain('is-binding');
    expect(row('cap').textContent).toContain('300,000.00');
    expect(row('rounding').textContent).toContain('向下取整到 1,000 元');
    expect(screen.getByTestId('limit-final').textContent).toBe('163,000.00');
    expect(screen.getByTestId('limit-bound-by').textContent).toContain('公式');
  });

  test('H6: the cap binds', () => {
    renderIn(<Harness record={goldenHousehold('H6')} />);
    expect(row('raw').textContent).toContain('312,725.00');
    expect(row('cap').className).toContain('is-binding');
    expect(screen.getByTestId('limit-final').textContent).toBe('300,000.00');
    expect(screen.getByTestId('limit-bound-by').textContent).toContain('封顶');
  });

  test('H9: yuan to the fen, a rounded figure marked ≈ with its exact value beside it (defect 11)', () => {
    renderIn(<Harness record={goldenHousehold('H9')} />);
    const amount = (term: string) => row(term).querySelector('td.num')?.textContent ?? '';
    expect(amount('operatingIncome')).toMatch(/^≈ 17,999\.99(?!\d)/);
    expect(row('operatingIncome').querySelector('.line-detail')?.textContent).toContain(
      '= 17,999.991',
    );
    expect(amount('raw')).toMatch(/^≈ 152,799\.99/);
    expect(row('raw').textContent).toContain('精确值 152,799.991');
    for (const term of ['base', 'grossAssets', 'operatingIncome', 'raw', 'cap'])
      expect(amount(term)).toMatch(/\d\.\d\d(?!\d)/);
    expect(screen.getByTestId('limit-final').textContent).toBe('152,000.00');
  });

  test('H4: a B household has no limit, and the grade is what bound it', () => {
    renderIn(<Harness record={goldenHousehold('H4')} />);
    expect(screen.getByTestId('limit-none').textContent).toContain('B');
    expect(screen.getByTestId('limit-final').textContent).toBe('0.00');
    expect(screen.getByTestId('limit-bound-by').textContent).toContain('等级');
  });

  test('components are bars against their maximum', () => {
    renderIn(<Harness record={goldenHousehold('H5')} />);
    const meters = [...screen.getByTestId('result').querySelectorAll('meter')];
    expect(meters.map((m) => `${m.getAttribute('value')}/${m.getAttribute('max')}`)).toEqual([
      '33/40',
      '14/25',
      '8/15',
      '9/10',
      '5/10',
    ]);
    expect(meters.map((m) => m.getAttribute('aria-label'))).toContain('乡风文明评议');
    expect(screen.getByTestId('result').textContent).toContain('2,715.91');
  });
});
