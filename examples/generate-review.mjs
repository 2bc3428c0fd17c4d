#!/usr/bin/env node
/**
 * Writes the examples of democratic review and objections (docs/model.md §13–14), beside the
 * example county of `generate.mjs` (which it reads, and never changes):
 *
 * - `review-village.json`: a batch document of one village, 新坝乡 民主村, whose households were
 *   reviewed in its council hall (乡风议事厅) by a panel of nine (the party secretary, the
 *   village director, four villagers' representatives and three 五老乡贤 helpers). Each record
 *   carries the present members' own marks (`review`) instead of final civility marks; members
 *   abstain on their own and their kin's households. Among them: a tie broken downward, a veto
 *   proposed by a majority (a veto) and one proposed by exactly half (not a veto), a panel whose
 *   quorum is met exactly. Every record is valid.
 * - `objections.json`: objections to the public notice of the example county (`county.json`),
 *   posted on Friday 2024-12-20 for 7 days, with the real 2025 holidays (New Year's Day, the
 *   Spring Festival) and make-up workdays (2025-01-26, 2025-02-08); objections resolved on time
 *   and late, pending, overdue, filed after the notice, and one naming a household that is not
 *   in the county (a typo), so the report shows each case. Tracked on 2025-01-08 in the README.
 *
 * Seeded and dependency-free: running it twice gives byte-identical files.
 *
 *   node examples/generate-review.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const MODEL = JSON.parse(
  readFileSync(
    new URL('../packages/core/src/model/wangjiang-default.json', import.meta.url),
    'utf8',
  ),
);
const COUNTY = JSON.parse(readFileSync(new URL('./county.json', import.meta.url), 'utf8'));

const SEED = 0x2e_71e0;
const EVAL_YEAR = 2024;

/** mulberry32, as in generate.mjs: the same seed gives the same files. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const chance = (p) => random() < p;
const yuan = (amount) => String(Math.round(amount / 100) * 100);
const area = (value) => String(Math.round(value * 2) / 2);

const DIMENSIONS = MODEL.score.civility.dimensions.map((d) => d.code);
const PANEL = [
  'party-secretary',
  'director',
  'rep-1',
  'rep-2',
  'rep-3',
  'rep-4',
  'wulao-1',
  'wulao-2',
  'xiangxian-1',
];

/** A reviewer's marks for a household of quality q: mostly agreeing, now and then not. */
function marks(q, reviewer, vetoes) {
  const civility = {};
  for (const d of DIMENSIONS) {
    const r = random();
    civility[d] = r < 0.25 + 0.7 * q ? 'good' : r < 0.95 ? 'fair' : 'poor';
  }
  return vetoes.length > 0 ? { reviewer, civility, vetoes } : { reviewer, civility };
}

/** The present members (abstentions: own household and kin), at least the quorum of 6. */
function present(abstaining) {
  const members = [...PANEL];
  for (let i = 0; i < abstaining; i++) members.splice(between(0, members.length - 1), 1);
  return members;
}

function household(index) {
  const q = Math.min(1, Math.max(0, 0.55 + (random() + random() - 1) * 0.45));
  const record = { id: `XINBA03-${String(index + 1).padStart(3, '0')}` };
  record.members = between(1, 6);
  record.houses = [
    {
      structure: chance(0.7) ? 'brickConcrete' : 'reinforcedConcrete',
      areaM2: area(90 + 150 * q + between(0, 40)),
      yearBuilt: between(1985, 2022),
    },
  ];
  record.land = { contractedMu: area(2 + 8 * random()) };
  if (chance(0.3)) record.land.transferredInMu = area(10 + 60 * random());
  if (chance(0.4)) record.livestock = { pig: between(2, 25), poultry: between(20, 300) };
  if (chance(0.35))
    record.machines = [{ price: yuan(between(8_000, 90_000)), year: between(2012, 2024) }];
  record.deposits = yuan(5_000 + 150_000 * q * random() + 20_000);
  if (chance(0.35)) record.debts = { bankLoans: yuan(between(10_000, 120_000)) };
  const net = 15_000 + 110_000 * q * (0.6 + 0.6 * random());
  record.income = { net: yuan(net), operating: yuan(net * (0.2 + 0.5 * random())) };
  record.creditRecord = chance(0.9) ? 'none' : 'cleared';
  const members = present(chance(0.5) ? 0 : between(1, 3));
  record.review = {
    panelSize: PANEL.length,
    marks: members.map((reviewer) => marks(q, reviewer, [])),
  };
  return record;
}

const households = Array.from({ length: 36 }, (_, i) => household(i));

// The cases the documentation points at, written in so they do not depend on the draw.
const good = Object.fromEntries(DIMENSIONS.map((d) => [d, 'good']));
const withMark = (d, level) => ({ ...good, [d]: level });
// XINBA03-004: 8 present, `filialPiety` 4 good and 4 fair: the lower middle mark, fair; and
// V4 (refuses to support elderly parents) proposed by 5 of 8: a veto.
households[3].review = {
  panelSize: 9,
  marks: PANEL.slice(0, 8).map((reviewer, i) => ({
    reviewer,
    civility: withMark('filialPiety', i < 4 ? 'good' : 'fair'),
    ...(i < 5 ? { vetoes: ['V4'] } : {}),
  })),
};
// XINBA03-010: 6 of 9 present (6 × 3 = 9 × 2, the quorum exactly); V3 proposed by 3 of 6:
// exactly half, not a veto.
households[9].review = {
  panelSize: 9,
  marks: PANEL.slice(3).map((reviewer, i) => ({
    reviewer,
    civility: withMark('customsReform', i < 2 ? 'poor' : 'fair'),
    ...(i < 3 ? { vetoes: ['V3'] } : {}),
  })),
};

const reviewVillage = {
  evalYear: EVAL_YEAR,
  villages: [
    {
      id: 'wj-xinba-03',
      name: '新坝乡 民主村 (Xinba, Minzhu)',
      householdsTotal: 37,
      partyOrganisation: 'good',
      loans: { balance: '3600000', nonPerforming: '28000' },
      collectiveOperatingIncome: '180000',
      households,
    },
  ],
};

// Objections to the county's notice of 2024-12-20. Households are picked from county.json by
// position, so the file follows the county wherever generate.mjs puts it.
const idOf = (village, n) => {
  const v = COUNTY.villages.find((x) => x.id === village);
  return v.households[n].id;
};
const objection = (village, n, filed, by, grounds, resolution) => ({
  village,
  household: idOf(village, n),
  filed,
  by,
  grounds,
  ...(resolution === undefined ? {} : { resolution }),
});
const objections = {
  notice: { date: '2024-12-20', days: 7 },
  holidays: [
    '2025-01-01',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-02-01',
    '2025-02-02',
    '2025-02-03',
    '2025-02-04',
  ],
  workdays: ['2025-01-26', '2025-02-08'],
  objections: [
    objection(
      'wj-yatan-01',
      6,
      '2024-12-20',
      'household',
      '户主认为家庭收入漏计了外出务工收入，请求复核。',
      {
        date: '2024-12-30',
        outcome: 'upheld',
      },
    ),
    objection('wj-yatan-01', 41, '2024-12-23', 'villager', '村民反映该户有赌博行为，请核实。'),
    objection('wj-yatan-04', 12, '2024-12-23', 'household', '房屋面积登记有误。', {
      date: '2025-01-03',
      outcome: 'upheld',
    }),
    objection('wj-huayang-02', 30, '2024-12-24', 'household', '存款证明未计入。'),
    objection('wj-huayang-02', 77, '2024-12-20', 'villager', '认为该户不孝敬老人，评议偏高。', {
      date: '2025-01-07',
      outcome: 'rejected',
    }),
    objection('wj-yangwan-03', 5, '2024-12-26', 'household', '信用记录中的逾期已于今年结清。'),
    objection('wj-saikou-01', 19, '2024-12-25', 'household', '承包地亩数登记少了。', {
      date: '2025-01-06',
      outcome: 'upheld',
    }),
    objection('wj-gaoshi-06', 3, '2024-12-27', 'household', '公示期满后才看到公示。'),
    objection('wj-taici-03', 100, '2024-12-20', 'villager', '该户经营的养殖场有拖欠工资情况。'),
    objection('wj-leichi-04', 58, '2024-12-26', 'household', '农机购置年份登记有误。'),
    {
      village: 'wj-leichi-04',
      household: 'LEICHI04-1580',
      filed: '2024-12-24',
      by: 'villager',
      grounds: '户号抄写有误的一条异议。',
    },
  ],
};

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('./review-village.json', import.meta.url), json(reviewVillage));
writeFileSync(new URL('./objections.json', import.meta.url), json(objections));
