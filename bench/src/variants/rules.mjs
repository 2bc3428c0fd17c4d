/**
 * `json-rules-engine`: the default model as rules. Facts are the household and values derived
 * from it (asset totals in floating point, as a JavaScript fact function would compute them);
 * every score bin, the credit record, the veto and every grade band are rules. Component rules
 * (priority 2) store their points as runtime facts; grade rules (priority 1) read their sum as
 * the `score` fact; the limit is a fact read from the almanac after the run.
 */
import { Engine } from 'json-rules-engine';
import {
  CIVILITY_DIMENSIONS,
  CIVILITY_POINTS,
  CREDIT_POINTS,
  GRADES,
  LIMIT_GROSS,
  LIMIT_OPERATING,
  LIMIT_STEP,
  NET_ASSET_BINS,
  NET_ASSET_POINTS,
  NET_INCOME_BINS,
  NET_INCOME_POINTS,
} from './default-model.mjs';
import { floatAssets } from './float.mjs';

const COMPONENTS = ['civility', 'netAssets', 'netIncome', 'debtRatio', 'creditRecord'];

/** Rules for "≥ edge → points" bins, each bounded above by the previous edge; then > 0, else. */
function binRules(id, fact, edges, points) {
  const rule = (all, p) => ({
    name: `${id}:${p}`,
    priority: 2,
    conditions: { all },
    event: { type: 'component', params: { id, points: p } },
  });
  const rules = edges.map((edge, i) => {
    const all = [{ fact, operator: 'greaterThanInclusive', value: edge }];
    if (i > 0) all.push({ fact, operator: 'lessThan', value: edges[i - 1] });
    return rule(all, points[i]);
  });
  const last = edges[edges.length - 1];
  rules.push(
    rule(
      [
        { fact, operator: 'greaterThan', value: 0 },
        { fact, operator: 'lessThan', value: last },
      ],
      points[edges.length],
    ),
  );
  rules.push(rule([{ fact, operator: 'lessThanInclusive', value: 0 }], points[edges.length + 1]));
  return rules;
}

function component(id, all, points) {
  return {
    name: `${id}:${JSON.stringify(points)}`,
    priority: 2,
    conditions: { all },
    event: { type: 'component', params: { id, points } },
  };
}

const ratio = (operator, value) => ({ fact: 'debtRatio', operator, value });

/** Every rule of the default model. */
export function modelRules() {
  return [
    component('civility', [{ fact: 'civility', operator: 'greaterThanInclusive', value: 0 }], {
      fact: 'civility',
    }),
    ...binRules('netAssets', 'net', NET_ASSET_BINS, NET_ASSET_POINTS),
    ...binRules('netIncome', 'netIncome', NET_INCOME_BINS, NET_INCOME_POINTS),
    component('debtRatio', [{ fact: 'liabilities', operator: 'equal', value: 0 }], 10),
    component(
      'debtRatio',
      [
        { fact: 'liabilities', operator: 'greaterThan', value: 0 },
        { fact: 'gross', operator: 'equal', value: 0 },
      ],
      0,
    ),
    component('debtRatio', [ratio('lessThanInclusive', 0.3)], 9),
    component('debtRatio', [ratio('greaterThan', 0.3), ratio('lessThanInclusive', 0.5)], 6),
    component('debtRatio', [ratio('greaterThan', 0.5), ratio('lessThanInclusive', 0.7)], 3),
    component('debtRatio', [ratio('greaterThan', 0.7)], 0),
    ...Object.entries(CREDIT_POINTS).map(([record, points]) =>
      component(
        'creditRecord',
        [{ fact: 'creditRecord', operator: 'equal', value: record }],
        points,
      ),
    ),
    {
      name: 'grade:NR',
      priority: 1,
      conditions: { all: [{ fact: 'vetoCount', operator: 'greaterThan', value: 0 }] },
      event: { type: 'grade', params: { grade: 'NR', credit: false, base: 0, cap: 0 } },
    },
    ...GRADES.map((g, i) => {
      const all = [
        { fact: 'vetoCount', operator: 'equal', value: 0 },
        { fact: 'score', operator: 'greaterThanInclusive', value: g.min },
      ];
      if (i > 0) all.push({ fact: 'score', operator: 'lessThan', value: GRADES[i - 1].min });
      return {
        name: `grade:${g.code}`,
        priority: 1,
        conditions: { all },
        event: {
          type: 'grade',
          params: { grade: g.code, credit: g.credit, base: g.base, cap: g.cap },
        },
      };
    }),
  ];
}

/**
 * @param {number} evalYear
 * @returns {(household: any) => Promise<{ gross: number, net: number, score: number, grade: string, limit: number }>}
 */
export function createRulesEvaluator(evalYear) {
  const engine = new Engine(modelRules(), { replaceFactsInEventParams: true });
  const household = (almanac) => almanac.factValue('household');
  engine.addFact('assets', (_, a) => household(a).then((h) => floatAssets(h, evalYear)));
  for (const key of ['gross', 'liabilities', 'net'])
    engine.addFact(key, (_, a) => a.factValue('assets').then((assets) => assets[key]));
  engine.addFact('debtRatio', (_, a) =>
    a
      .factValue('assets')
      .then((x) => (x.liabilities > 0 && x.gross > 0 ? x.liabilities / x.gross : null)),
  );
  engine.addFact('netIncome', (_, a) => household(a).then((h) => Number(h.income.net)));
  engine.addFact('creditRecord', (_, a) => household(a).then((h) => h.creditRecord));
  engine.addFact('vetoCount', (_, a) => household(a).then((h) => h.vetoes?.length ?? 0));
  engine.addFact('civility', (_, a) =>
    household(a).then((h) =>
      CIVILITY_DIMENSIONS.reduce((sum, d) => sum + CIVILITY_POINTS[h.civility[d]], 0),
    ),
  );
  engine.addFact('score', (_, a) =>
    Promise.all(COMPONENTS.map((id) => a.factValue(`points:${id}`))).then((points) =>
      points.reduce((sum, p) => sum + p, 0),
    ),
  );
  engine.on('success', (event, almanac) => {
    if (event.type === 'component')
      almanac.addRuntimeFact(`points:${event.params.id}`, event.params.points);
    else almanac.addRuntimeFact('terms', event.params);
  });
  engine.addFact('limit', async (_, a) => {
    const terms = await a.factValue('terms');
    if (!terms.credit) return 0;
    const { gross } = await a.factValue('assets');
    const operating = Number((await a.factValue('household')).income.operating);
    const raw = terms.base + LIMIT_GROSS * gross + LIMIT_OPERATING * operating;
    return Math.floor(Math.min(raw, terms.cap) / LIMIT_STEP) * LIMIT_STEP;
  });

  return async (h) => {
    const { almanac } = await engine.run({ household: h });
    const [assets, score, terms, limit] = await Promise.all([
      almanac.factValue('assets'),
      almanac.factValue('score'),
      almanac.factValue('terms'),
      almanac.factValue('limit'),
    ]);
    return { gross: assets.gross, net: assets.net, score, grade: terms.grade, limit };
  };
}
