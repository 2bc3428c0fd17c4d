import { defaultModelDocument } from '@credit-village/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../src/app';
import { byId, goldenHousehold } from './helpers';

beforeEach(() => {
  localStorage.clear();
  location.hash = '';
});

afterEach(cleanup);

/** Chooses a file in a file input, as the file picker would. */
function chooseFile(id: string, name: string, text: string): void {
  const input = byId(id);
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('the app', () => {
  test('is in Chinese by default and switches to English, remembering the choice', () => {
    render(<App />);
    expect(screen.getByRole('link', { name: '农户评分' })).toBeTruthy();
    expect(byId('f-evalYear').labels?.[0]?.textContent).toBe('评定年度 *');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('link', { name: 'Household' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Villages' })).toBeTruthy();
    expect(byId('f-evalYear').labels?.[0]?.textContent).toBe('Evaluation year *');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('credit-village.lang')).toBe('en');
    cleanup();
    render(<App />);
    expect(screen.getByRole('link', { name: 'Household' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(screen.getByRole('link', { name: '农户评分' })).toBeTruthy();
  });

  test('grade names, model labels, field names and problems follow the language (defect 1)', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: '填入示例（H1）' }));
    expect(screen.getByTestId('grade').textContent).toContain('优秀');
    expect(screen.getByLabelText('生猪（头）')).toBeTruthy();
    expect(screen.getByLabelText('羊（只）')).toBeTruthy();
    fireEvent.input(byId('f-deposits'), { target: { value: '1e3' } });
    fireEvent.blur(byId('f-deposits'));
    const chinese = screen.getByTestId('fix-list').textContent;
    expect(chinese).toContain('存款（元）：请写出完整的数字，不用科学记数法，填写的是「1e3」');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByTestId('fix-list').textContent).toContain(
      'Deposits (yuan): write the number in full, without an exponent, got "1e3"',
    );
    expect(screen.getByTestId('fix-list').textContent).toContain('Fix 1 fields');
    fireEvent.input(byId('f-deposits'), { target: { value: '50000' } });
    expect(screen.getByTestId('grade').textContent).toContain('Excellent');
    expect(screen.getByLabelText('Pigs (head)')).toBeTruthy();
  });

  test('a household file is loaded into the form; its problems are listed and marked', async () => {
    render(<App />);
    fireEvent.input(byId('f-evalYear'), { target: { value: '2024' } });
    const record = {
      ...goldenHousehold('H1'),
      houses: [{ structure: 'brickConcrete', areaM2: '120.555', yearBuilt: 2014 }],
      deposit: '50000',
    };
    chooseFile('household-file', 'b.json', JSON.stringify(record));
    await waitFor(() => expect(screen.getByTestId('load-report')).toBeTruthy());
    expect(screen.getByTestId('load-report').textContent).toContain(
      '「deposit」：不认识的字段：它会被忽略，因此算作错误。是否应为「存款（元）」？',
    );
    expect(byId('f-id').value).toBe('H1');
    expect(byId('f-houses-0-areaM2').value).toBe('120.555');
    expect(byId('f-houses-0-areaM2').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('fix-list').textContent).toContain('请修正 1 处问题');

    chooseFile('household-file', 'not.json', '{ nope');
    await waitFor(() =>
      expect(screen.getByTestId('load-report').textContent).toContain('不是有效的 JSON'),
    );
    // Where the text breaks, in words; never the engine's message quoting the file.
    expect(screen.getByTestId('load-report').textContent).toContain('（第 3 列附近）');
    expect(screen.getByTestId('load-report').textContent).not.toContain('nope');
    expect(byId('f-id').value).toBe('H1');
  });

  test('the model page shows the parameters and hash; a bad model file is listed, a good one re-evaluates', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: '填入示例（H1）' }));
    expect(screen.getByTestId('limit').textContent).toBe('163,000.00');
    fireEvent.click(screen.getByRole('link', { name: '模型' }));
    expect(screen.getByTestId('model-stamp').textContent).toMatch(/sha256:[0-9a-f]{64}/);
    expect(screen.getByTestId('model-parameters').textContent).toContain('1,500');

    chooseFile('model-file', 'broken.json', JSON.stringify({ id: 'x', version: 'one' }));
    await waitFor(() => expect(screen.getByTestId('model-invalid')).toBeTruthy());
    expect(screen.getByTestId('model-invalid').textContent).toContain(
      '版本version应填写整数，填写的是文字「one」',
    );

    const county = defaultModelDocument() as {
      id: string;
      version: number;
      limit: { byGrade: { grade: string; base: string }[] };
      examples?: unknown;
    };
    county.id = 'county-test';
    // The default model's worked examples would (rightly) no longer hold.
    delete county.examples;
    county.version = 2;
    const aaa = county.limit.byGrade.find((row) => row.grade === 'AAA');
    if (aaa !== undefined) aaa.base = '90000';
    chooseFile('model-file', 'county.json', JSON.stringify(county));
    await waitFor(() => expect(screen.getByTestId('model-loaded')).toBeTruthy());
    expect(screen.getByTestId('model-chip').textContent).toContain('county-test');
    expect(screen.getByTestId('model-stamp').textContent).toContain('county-test');

    fireEvent.click(screen.getByRole('link', { name: '农户评分' }));
    expect(screen.getByTestId('limit').textContent).toBe('153,000.00');
  });

  test('the year-over-year page has a labelled file input per year, in both languages', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('link', { name: '年度对比' }));
    expect(location.hash).toBe('#/years');
    expect(screen.getByRole('heading', { name: '年度对比' })).toBeTruthy();
    expect(byId('years-before').labels?.[0]?.textContent).toBe('上年评定结果（JSON）');
    expect(byId('years-after').labels?.[0]?.textContent).toBe('本年评定结果（JSON）');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(byId('years-before').labels?.[0]?.textContent).toBe("Last year's results (JSON)");
    fireEvent.click(screen.getByRole('link', { name: 'Model' }));
    expect(screen.getByTestId('model-compare-no-batch').textContent).toContain(
      'No batch is loaded',
    );
  });
});
