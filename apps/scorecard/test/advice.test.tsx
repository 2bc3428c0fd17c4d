import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { describeChange } from '../src/features/household/advice-panel';
import { fromRecord } from '../src/features/household/from-record';
import { HouseholdPage } from '../src/features/household/household-page';
import { householdReducer, initialHousehold } from '../src/features/household/household-state';
import type { Lang } from '../src/i18n/index';
import { i18nFor } from '../src/i18n/index';
import { defaultModel, gradeAdvice, scoreHousehold } from '../src/lib/core-adapter';
import { byId, goldenHousehold, renderIn, type } from './helpers';

const model = defaultModel();

function Harness({ record }: { readonly record: Record<string, unknown> }) {
  const [state, dispatch] = useReducer(householdReducer, undefined, () => ({
    ...initialHousehold(),
    evalYear: '2024',
    form: fromRecord(record, model),
  }));
  return <HouseholdPage model={model} state={state} dispatch={dispatch} />;
}

function render(id: string, lang: Lang = 'zh') {
  renderIn(<Harness record={goldenHousehold(id)} />, lang);
}

afterEach(cleanup);

describe('next-grade advice', () => {
  test('H5 (B) lists the repayment of 297.10 and a civility step, each with its result', async () => {
    render('H5');
    expect(screen.getByTestId('grade').textContent).toContain('B');
    // Worked out after the main result, not with it.
    expect(screen.queryByTestId('advice')).toBeNull();
    const advice = await screen.findByTestId('advice');
    expect(advice.getAttribute('data-target')).toBe('A');
    expect(advice.textContent).toContain('以下任一项改变都可达到 A 一般');
    const rows = [...advice.querySelectorAll('tbody tr')];
    const repay = rows.find((row) => row.getAttribute('data-kind') === 'repayDebt');
    expect(repay?.textContent).toContain('偿还债务 297.10 元（负债降至 14,702.90 元）');
    expect(repay?.textContent).toContain('73');
    expect(repay?.textContent).toContain('75,000.00');
    expect(advice.textContent).toContain('诚实守信：一般 → 好');
    expect(advice.textContent).toContain('热心公益：差 → 一般');
    expect(advice.textContent).toContain('家庭年纯收入提高 8,000.00 元至 60,000.00 元');
    expect(advice.textContent).toContain('存款增加 297.10 元至 9,185.98 元');
  });

  test('applying an option puts the changed record into the form and shows its receipt', async () => {
    render('H5');
    const advice = await screen.findByTestId('advice');
    fireEvent.click(
      [...advice.querySelectorAll('button')].find((b) =>
        b.getAttribute('aria-label')?.startsWith('应用到表单：偿还债务 297.10 元'),
      ) as HTMLButtonElement,
    );
    expect(byId('f-debts-bankLoans').value).toBe('14702.90');
    expect(screen.getByTestId('grade').textContent).toContain('A');
    expect(screen.getByTestId('score').textContent).toBe('73');
    expect(screen.getByTestId('limit').textContent).toBe('75,000.00');
    expect(screen.getByTestId('liabilities').textContent).toBe('14,702.90');
    // The advice now aims at the next grade up.
    await waitFor(() =>
      expect(screen.getByTestId('advice').getAttribute('data-target')).toBe('AA'),
    );
  });

  test('applying a civility step changes that dimension only', async () => {
    render('H5');
    const advice = await screen.findByTestId('advice');
    fireEvent.click(
      [...advice.querySelectorAll('button')].find(
        (b) => b.getAttribute('aria-label') === '应用到表单：诚实守信：一般 → 好',
      ) as HTMLButtonElement,
    );
    expect(byId('f-civility-honesty-good').checked).toBe(true);
    expect(byId('f-civility-publicSpirit-poor').checked).toBe(true);
    expect(screen.getByTestId('score').textContent).toBe('71');
  });

  test('a vetoed household (H8) is told which vetoes to clear and the grade its score gives', async () => {
    render('H8');
    const advice = await screen.findByTestId('advice');
    expect(advice.textContent).toContain('消除下列事项后，按得分 82 可评为 AA 良好');
    expect(advice.textContent).toContain('消除一票否决事项：V4 不赡养老人');
    expect(advice.textContent).toContain('118,000.00');
  });

  test('the top grade (H1) and an invalid record get no advice', async () => {
    render('H1');
    // The advice has been worked out (not merely not yet shown), and it has nothing to offer.
    await waitFor(() =>
      expect(screen.getByTestId('advice-state').getAttribute('data-state')).toBe('ready'),
    );
    expect(screen.queryByTestId('advice')).toBeNull();
    type('f-deposits', '12.345');
    // An invalid record has no advice: its panel says none, or is not shown at all (the result
    // panel keeps the last valid result, marked stale).
    await waitFor(() =>
      expect(screen.queryByTestId('advice-state')?.getAttribute('data-state') ?? 'none').toBe(
        'none',
      ),
    );
    expect(screen.queryByTestId('advice')).toBeNull();
  });

  test('in English', async () => {
    render('H5', 'en');
    const advice = await screen.findByTestId('advice');
    expect(advice.textContent).toContain('How to reach the next grade');
    expect(advice.textContent).toContain(
      'Repay 297.10 yuan of debt (liabilities down to 14,702.90)',
    );
    expect(advice.textContent).toContain('Honesty: Fair → Good');
    expect(advice.textContent).toContain(
      'Raise net household income by 8,000.00 yuan to 60,000.00',
    );
  });

  test('every kind of change is put in words from the model’s labels', () => {
    const outcome = scoreHousehold(goldenHousehold('H5'), 2024, model);
    if (!outcome.ok) throw new Error('H5 is valid');
    const advice = gradeAdvice(outcome.record, 2024, model);
    if (!advice.ok) throw new Error('advice');
    const words = advice.value.options.map((o) => describeChange(o.change, model, i18nFor('zh')));
    expect(words).toEqual([
      '诚实守信：一般 → 好',
      '热心公益：差 → 一般',
      '信用记录：1–2次逾期已还清 → 24个月内无逾期',
      '偿还债务 297.10 元（负债降至 14,702.90 元）',
      '家庭年纯收入提高 8,000.00 元至 60,000.00 元',
      '存款增加 297.10 元至 9,185.98 元',
    ]);
  });
});
