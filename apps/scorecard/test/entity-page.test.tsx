import { defaultModelDocument, evaluateEntity } from '@credit-village/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App } from '../src/app';
import { fromEntityRecord } from '../src/features/entity/entity-form';
import { EntityPage } from '../src/features/entity/entity-page';
import { entityReducer, initialEntity } from '../src/features/entity/entity-state';
import { ENTITY_KEY, fromSavedEntity } from '../src/features/entity/saved-entity';
import { defaultModel, loadModel, type ModelDocument } from '../src/lib/core-adapter';
import { formatMoney } from '../src/lib/money';
import { memoryStore } from '../src/lib/persist/store';
import { byId, choose, leave, renderIn, type } from './helpers';

// The entity scorecard (docs/model.md §12): the worked examples of the default model give, in
// the form, the figures the model document expects of them; the receipt and the advice are in
// the model's words.

const model = defaultModel();

interface Example {
  readonly name: string;
  readonly evalYear: number;
  readonly entity: Record<string, unknown>;
  readonly expect: Record<string, unknown>;
}

/** The worked entity examples of the default model document, by record id. */
function example(id: string): Example {
  const found = ((defaultModelDocument() as ModelDocument).examples ?? []).find(
    (e) => (e.entity as { id?: unknown } | undefined)?.id === id,
  );
  if (found === undefined) throw new Error(`no example ${id}`);
  return found as unknown as Example;
}

/** The entity page with its own state, as the app holds it, optionally pre-filled. */
function Harness({ record, year = '2024' }: { readonly record?: unknown; readonly year?: string }) {
  const [state, dispatch] = useReducer(entityReducer, undefined, () => {
    const initial = { ...initialEntity(), evalYear: year };
    return record === undefined ? initial : { ...initial, form: fromEntityRecord(record) };
  });
  return <EntityPage model={model} state={state} dispatch={dispatch} />;
}

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

afterEach(cleanup);

describe('the entity scorecard', () => {
  for (const id of ['FF1', 'COOP1', 'LSH1', 'VNAE']) {
    test(`the worked example ${id} gives the model's expected score, grade and limit parts`, () => {
      const { entity, expect: want, evalYear } = example(id);
      renderIn(<Harness />);
      choose('entity-example', id);
      fireEvent.click(screen.getByTestId('entity-fill-example'));
      expect(byId('e-evalYear').value).toBe(String(evalYear));
      expect(text('entity-score')).toBe(String(want.score));
      expect(screen.getByTestId('entity-grade').textContent).toContain(String(want.grade));
      expect(text('entity-limit')).toBe(formatMoney(String(want.limit)));
      expect(text('entity-credit-only')).toBe(formatMoney(String(want.creditOnly)));
      expect(text('entity-guaranteed')).toBe(formatMoney(String(want.guaranteed)));
      expect(text('entity-credit')).toBe(want.creditEntity === true ? '是' : '否');
      const derivation = screen.getByTestId('entity-limit-derivation');
      expect(derivation.getAttribute('data-bound-by')).toBe(want.limitBoundBy);
      expect(text('entity-limit-final')).toBe(formatMoney(String(want.limit)));
      // Each component's points, and the sum of them is the score.
      const points = [...document.querySelectorAll('[data-component] .component-points')].map((p) =>
        Number(/^(\d+)/.exec(p.textContent ?? '')?.[1]),
      );
      const reference = evaluateEntity(entity, { evalYear });
      expect(points).toEqual(reference.components.map((c) => c.points));
      expect(points.reduce((a, b) => a + b, 0)).toBe(want.score);
    });
  }

  test('FF1 typed field by field, as a clerk writes the numbers, gives the same result', () => {
    const { expect: want } = example('FF1');
    renderIn(<Harness />);
    type('e-id', 'FF1');
    choose('e-type', 'familyFarm');
    type('e-registeredYear', '2019年');
    leave('e-registeredYear');
    choose('e-demonstration', 'city');
    choose('e-mainLine', 'grain');
    type('e-scale', '300亩');
    leave('e-scale');
    type('e-assets', '120万');
    leave('e-assets');
    type('e-liabilities', '420,000');
    leave('e-liabilities');
    type('e-surplus', '26万元');
    leave('e-surplus');
    choose('e-creditRecord', 'normal');
    type('e-leaseYearsLeft', '6');
    fireEvent.click(byId('e-insured'));
    type('e-householdsDriven', '12户');
    choose('e-principalHouseholdGrade', 'AA');
    expect(byId('e-assets').value).toBe('1200000');
    expect(text('entity-score')).toBe(String(want.score));
    expect(text('entity-limit')).toBe(formatMoney(String(want.limit)));
    // The scale is said in the unit of the main line chosen.
    expect(document.querySelector('label[for="e-scale"]')?.textContent).toContain('（亩）');
  });

  test('every choice is by the model’s Chinese labels, never a code', () => {
    renderIn(<Harness />);
    const options = (id: string) =>
      [...byId<HTMLSelectElement>(id).options].slice(1).map((o) => o.textContent);
    const doc = model.document;
    expect(options('e-type')).toEqual(doc.entity?.types.map((t) => t.label?.zh));
    expect(options('e-mainLine')).toEqual(doc.entity?.mainLines.map((l) => l.label?.zh));
    expect(options('e-demonstration')).toEqual(
      doc.entity?.components.standing.demonstration.levels.map((l) => l.label?.zh),
    );
    expect(options('e-creditRecord')).toEqual(
      doc.entity?.components.creditRecord.levels.map((l) => l.label?.zh),
    );
    const vetoes = document.getElementById('e-vetoes')?.textContent ?? '';
    for (const veto of doc.entity?.vetoes.codes ?? []) expect(vetoes).toContain(veto.label?.zh);
  });

  test('the receipt says each part in words, and COOP1’s limit is split with the guaranteed part', () => {
    renderIn(<Harness record={example('COOP1').entity} />);
    const components = document.querySelector('.components-card')?.textContent ?? '';
    expect(components).toContain('省级示范');
    expect(components).toContain('规模 250 亩 ÷ 基准 50 亩 = 5 倍');
    expect(components).toContain('负债 3,600,000.00 ÷ 资产 8,000,000.00 = 45%');
    expect(components).toContain('≤ 55%');
    expect(components).toContain('未流转土地');
    expect(components).toContain('负责人农户信用等级：AAA');
    const split = text('entity-limit-split');
    expect(split).toContain('1,000,000.00');
    expect(split).toContain('660,000.00');
    expect(text('entity-limit-derivation')).toContain('封顶额度（农民专业合作社，AAA）');
  });

  test('a blank form counts what is left; asking for the result lists problems in the entity’s words', () => {
    renderIn(<Harness />);
    expect(screen.getByTestId('pending').textContent).not.toContain('请修正');
    fireEvent.click(screen.getByTestId('entity-submit'));
    const fix = screen.getByTestId('fix-list').textContent ?? '';
    expect(fix).toContain('主体编号：必填');
    expect(fix).toContain('主体类型');
    expect(document.activeElement?.id).toBe('e-id');
    expect(fix).not.toMatch(/required|must|got/);
  });

  test('a registration year after the evaluation year is said at its field', () => {
    renderIn(<Harness record={example('FF1').entity} />);
    type('e-registeredYear', '2030');
    leave('e-registeredYear');
    expect(byId('e-registeredYear').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('entity-result').getAttribute('data-stale')).toBe('true');
  });

  test('FF1 is advised how to reach AA, and applying an option rates the changed record', async () => {
    renderIn(<Harness record={example('FF1').entity} />);
    const advice = await screen.findByTestId('entity-advice');
    expect(advice.getAttribute('data-target')).toBe('AA');
    const rows = [...advice.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    const insure = rows.find((r) => r.getAttribute('data-kind') === 'salesContracts');
    expect(insure?.textContent).toContain('签订订单销售合同');
    const button = insure?.querySelector('button');
    if (button == null) throw new Error('no apply button');
    const score = insure?.querySelector('td.num')?.textContent;
    fireEvent.click(button);
    expect(byId('e-salesContracts').checked).toBe(true);
    expect(text('entity-score')).toBe(score);
    expect(screen.getByTestId('entity-grade').textContent).toContain('AA');
  });

  test('a vetoed entity (VNAE) is told which vetoes to clear', async () => {
    renderIn(<Harness record={example('VNAE').entity} />);
    const advice = await screen.findByTestId('entity-advice');
    expect(advice.textContent).toContain('消除一票否决事项：E1 主体或负责人为失信被执行人');
    expect(text('entity-limit-none')).toContain('一票否决');
  });

  test('in English, with the model’s English labels', () => {
    renderIn(<Harness record={example('COOP1').entity} />, 'en');
    expect(screen.getByRole('heading', { level: 2, name: /entity scorecard/i })).toBeTruthy();
    expect(text('entity-limit-split')).toContain('Needs a guarantee');
    expect(document.querySelector('.components-card')?.textContent).toContain(
      'Provincial demonstration',
    );
  });

  test('under a model of version 1, the page says there is no entity scorecard', () => {
    const { entity: _e, township: _t, county: _c, ...rest } = structuredClone(model.document);
    const loaded = loadModel({
      ...rest,
      version: 1,
      examples: (rest.examples ?? []).filter((e) => e.household !== undefined),
    });
    if (!loaded.ok) throw new Error('version-1 model');
    function V1() {
      const [state, dispatch] = useReducer(entityReducer, undefined, () => initialEntity());
      return loaded.ok ? (
        <EntityPage model={loaded.model} state={state} dispatch={dispatch} />
      ) : null;
    }
    renderIn(<V1 />);
    expect(text('entity-no-model')).toContain('没有新型农业经营主体评分规则');
    expect(document.querySelector('form')).toBeNull();
  });

  test('the form is kept across a reload and comes back exactly', async () => {
    const store = memoryStore();
    vi.useFakeTimers();
    try {
      render(<App session={{ store, saved: new Map() }} />);
      fireEvent.click(screen.getByRole('link', { name: '主体评分' }));
      choose('entity-example', 'LSH1');
      fireEvent.click(screen.getByTestId('entity-fill-example'));
      type('e-surplus', '６０万');
      vi.advanceTimersByTime(1000);
    } finally {
      vi.useRealTimers();
    }
    const saved = await store.get(ENTITY_KEY);
    expect(fromSavedEntity(saved)?.form.surplus).toBe('６０万');
    cleanup();
    render(<App session={{ store, saved: new Map([[ENTITY_KEY, saved]]) }} />);
    fireEvent.click(screen.getByRole('link', { name: '主体评分' }));
    expect(byId('e-id').value).toBe('LSH1');
    expect(byId('e-surplus').value).toBe('６０万');
    await waitFor(() =>
      expect(text('entity-limit')).toBe(formatMoney(String(example('LSH1').expect.limit))),
    );
  });
});
