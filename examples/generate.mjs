#!/usr/bin/env node
/**
 * Writes the example county: `county.json` (a batch document) and `county.ndjson` (the same
 * villages, one per line, each with its `evalYear`), both free of mistakes; and
 * `county-with-mistakes.json`, the same county with a few typical slips of a collection team,
 * so a newcomer sees how problems are reported. The data are invented: twelve villages of
 * Wangjiang county (望江县) with about 2,000 households, plausible spreads of houses, land,
 * livestock, equipment, savings, debts, incomes, civility reviews and credit records, and a
 * few vetoes. The mistakes:
 *
 * - 华阳镇 春光村: a house area with 3 decimals, and a misspelt `deposit`;
 * - 漳湖镇 青山村: a house built after the evaluation year, a civility review missing
 *   `honesty`, and a household id used twice;
 * - 赛口镇 新民村: non-performing loans above the loan balance (a village-level error).
 *
 * Seeded and dependency-free: running it twice gives byte-identical files.
 *
 *   node examples/generate.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const MODEL = JSON.parse(
  readFileSync(
    new URL('../packages/core/src/model/wangjiang-default.json', import.meta.url),
    'utf8',
  ),
);

const SEED = 0x5eed_2024;
const EVAL_YEAR = 2024;

/** mulberry32: a tiny, good-enough 32-bit PRNG; the same seed gives the same county. */
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
const pick = (items) => items[Math.floor(random() * items.length)];
/** A roughly normal value (mean, spread), clamped to [low, high]. */
const normal = (mean, spread, low, high) => {
  const z = (random() + random() + random() + random() - 2) * 1.7;
  return Math.min(high, Math.max(low, mean + z * spread));
};
/** An amount of yuan as a decimal string: whole hundreds, or with fen now and then. */
const yuan = (amount, fen = false) =>
  fen ? (Math.round(amount * 100) / 100).toFixed(2) : String(Math.round(amount / 100) * 100);
/** A land or floor area with at most one decimal place, as collected. */
const area = (value) => String(Math.round(value * 2) / 2);

// quality drives civility, income, assets and vetoes; the rest are the village's own facts.
const VILLAGES = [
  {
    id: 'wj-yatan-01',
    name: '鸦滩镇 柳林村 (Yatan, Liulin)',
    size: 201,
    coverage: 0.97,
    quality: 0.92,
    party: 'good',
    loans: [6_800_000, 0.004],
    collective: 820_000,
  },
  {
    id: 'wj-yatan-04',
    name: '鸦滩镇 新桥村 (Yatan, Xinqiao)',
    size: 164,
    coverage: 0.96,
    quality: 0.86,
    party: 'good',
    loans: [4_200_000, 0.025],
    collective: 560_000,
  },
  {
    id: 'wj-huayang-02',
    name: '华阳镇 江滨村 (Huayang, Jiangbin)',
    size: 231,
    coverage: 0.95,
    quality: 0.8,
    party: 'good',
    loans: [9_500_000, 0.016],
    collective: 1_250_000,
  },
  {
    id: 'wj-huayang-07',
    name: '华阳镇 春光村 (Huayang, Chunguang)',
    size: 185,
    coverage: 0.93,
    quality: 0.82,
    party: 'good',
    loans: [5_100_000, 0.012],
    collective: 310_000,
  },
  {
    id: 'wj-yangwan-03',
    name: '杨湾镇 合兴村 (Yangwan, Hexing)',
    size: 176,
    coverage: 0.92,
    quality: 0.74,
    party: 'average',
    loans: [3_600_000, 0.024],
    collective: 180_000,
  },
  {
    id: 'wj-zhanghu-05',
    name: '漳湖镇 青山村 (Zhanghu, Qingshan)',
    size: 160,
    coverage: 0.95,
    quality: 0.78,
    party: 'good',
    loans: [2_900_000, 0.018],
    collective: 240_000,
  },
  {
    id: 'wj-saikou-01',
    name: '赛口镇 新民村 (Saikou, Xinmin)',
    size: 191,
    coverage: 0.94,
    quality: 0.76,
    party: 'average',
    loans: [3_300_000, 0.03],
    collective: 150_000,
  },
  {
    id: 'wj-gaoshi-06',
    name: '高士镇 永丰村 (Gaoshi, Yongfeng)',
    size: 171,
    coverage: 0.9,
    quality: 0.7,
    party: 'average',
    loans: [2_400_000, 0.028],
    collective: 90_000,
  },
  {
    id: 'wj-changling-02',
    name: '长岭镇 太平村 (Changling, Taiping)',
    size: 212,
    coverage: 0.86,
    quality: 0.6,
    party: 'weak',
    loans: [2_700_000, 0.07],
    collective: 40_000,
  },
  {
    id: 'wj-taici-03',
    name: '太慈镇 双河村 (Taici, Shuanghe)',
    size: 153,
    coverage: 0.98,
    quality: 0.88,
    party: 'good',
    loans: [3_900_000, 0.006],
    collective: 640_000,
  },
  {
    id: 'wj-liangquan-01',
    name: '凉泉乡 桃园村 (Liangquan, Taoyuan)',
    size: 144,
    coverage: 0.84,
    quality: 0.45,
    party: 'average',
    loans: [1_600_000, 0.045],
    collective: 60_000,
  },
  {
    id: 'wj-leichi-04',
    name: '雷池乡 丰收村 (Leichi, Fengshou)',
    size: 180,
    coverage: 0.91,
    quality: 0.72,
    party: 'good',
    loans: [2_200_000, 0.02],
    collective: 120_000,
  },
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '檀',
  '汪',
  '程',
  '方',
  '何',
];
const GIVEN = [
  '建国',
  '德胜',
  '春生',
  '秀英',
  '桂兰',
  '国华',
  '志强',
  '海燕',
  '明',
  '红梅',
  '永福',
  '玉珍',
  '长江',
  '小平',
  '金凤',
  '学文',
  '俊',
  '丽华',
  '大军',
  '水生',
];
// The civility dimensions and veto codes are the default model's own.
const DIMENSIONS = MODEL.score.civility.dimensions.map((d) => d.code);
const STRUCTURES = [
  ['reinforcedConcrete', 0.25, 1995],
  ['brickConcrete', 0.55, 1980],
  ['brickWood', 0.15, 1965],
  ['simple', 0.05, 2005],
];
const VETOES = MODEL.vetoes.codes.map((v) => v.code);

function structure() {
  let r = random();
  for (const entry of STRUCTURES) {
    r -= entry[1];
    if (r < 0) return entry;
  }
  return STRUCTURES[1];
}

function house(quality) {
  const [kind, , earliest] = structure();
  return {
    structure: kind,
    areaM2: area(normal(110 + 90 * quality, 40, 35, 420)),
    yearBuilt: between(earliest, EVAL_YEAR - 1),
  };
}

function equipment(low, high, earliest) {
  return { price: yuan(between(low, high)), year: between(earliest, EVAL_YEAR) };
}

function civility(quality) {
  const review = {};
  for (const dimension of DIMENSIONS) {
    const r = random();
    review[dimension] = r < 0.3 + 0.68 * quality ? 'good' : r < 0.97 ? 'fair' : 'poor';
  }
  return review;
}

function household(village, index) {
  const q = Math.min(1, Math.max(0, normal(village.quality, 0.16, 0, 1)));
  const record = { id: `${village.code}-${String(index + 1).padStart(3, '0')}` };
  record.head = { name: pick(SURNAMES) + pick(GIVEN) };
  const members = between(1, 7);
  record.members = members;
  record.labourers = between(members > 1 ? 1 : 0, Math.min(members, 4));
  const houses = chance(0.05) ? 0 : chance(0.12) ? 2 : 1;
  if (houses > 0) record.houses = Array.from({ length: houses }, () => house(q));
  const land = {};
  if (chance(0.92)) land.contractedMu = area(normal(6, 3, 0.5, 20));
  if (chance(0.14 + 0.2 * q)) land.transferredInMu = area(normal(40, 35, 2, 300));
  if (chance(0.3)) land.forestMu = area(normal(8, 6, 0.5, 60));
  if (Object.keys(land).length > 0) record.land = land;
  if (chance(0.45)) {
    const herd = {};
    if (chance(0.5)) herd.pig = between(1, 30);
    if (chance(0.15)) herd.sow = between(1, 6);
    if (chance(0.2)) herd.cattle = between(1, 8);
    if (chance(0.1)) herd.sheep = between(2, 40);
    if (chance(0.55)) herd.poultry = between(10, 400);
    if (Object.keys(herd).length > 0) record.livestock = herd;
  }
  if (chance(0.3)) {
    record.machines = Array.from({ length: between(1, 2) }, () => equipment(4_000, 160_000, 2008));
  }
  if (chance(0.45)) record.vehicles = [equipment(25_000, 180_000, 2014)];
  if (chance(0.08 + 0.1 * q)) record.facilities = [equipment(20_000, 260_000, 2012)];
  if (chance(0.9))
    record.deposits = yuan(normal(5_000 + 110_000 * q, 50_000, 0, 900_000), chance(0.3));
  if (chance(0.5)) record.collectiveShares = yuan(between(5, 80) * 100);
  const debts = {};
  if (chance(0.4)) debts.bankLoans = yuan(normal(60_000, 50_000, 5_000, 400_000));
  if (chance(0.15)) debts.other = yuan(normal(15_000, 12_000, 1_000, 80_000));
  if (Object.keys(debts).length > 0) record.debts = debts;
  const net = chance(0.01)
    ? -between(1, 30) * 1000
    : normal(5_000 + 95_000 * q, 30_000, 1_000, 400_000);
  record.income = {
    net: yuan(net, chance(0.2)),
    operating: yuan((Math.max(0, net) * between(0, 80)) / 100),
  };
  record.civility = civility(q);
  const r = random();
  record.creditRecord = r < 0.8 + 0.18 * q ? 'none' : r < 0.985 ? 'cleared' : 'severe';
  if (chance(0.002 + 0.04 * (1 - village.quality))) record.vetoes = [pick(VETOES)];
  if (chance(0.2)) record.meta = { group: `${between(1, 9)}组` };
  return record;
}

function village(spec) {
  const households = Math.round(spec.size * spec.coverage);
  const [balance, npl] = spec.loans;
  const code = spec.id.replace(/^wj-/, '').replace(/-/g, '').toUpperCase();
  const withCode = { ...spec, code };
  return {
    id: spec.id,
    name: spec.name,
    householdsTotal: spec.size,
    partyOrganisation: spec.party,
    loans: { balance: yuan(balance), nonPerforming: yuan(balance * npl) },
    collectiveOperatingIncome: yuan(spec.collective),
    households: Array.from({ length: households }, (_, index) => household(withCode, index)),
  };
}

/** The bad records: each a typical slip of a collection team. */
function spoil(villages) {
  const byId = new Map(villages.map((v) => [v.id, v]));
  const chunguang = byId.get('wj-huayang-07').households;
  chunguang[17].houses = [{ structure: 'brickConcrete', areaM2: '120.555', yearBuilt: 2009 }];
  const misspelt = chunguang[58];
  misspelt.deposit = misspelt.deposits ?? '20000';
  delete misspelt.deposits;

  const qingshan = byId.get('wj-zhanghu-05').households;
  qingshan[11].houses = [{ structure: 'reinforcedConcrete', areaM2: '165', yearBuilt: 2026 }];
  delete qingshan[40].civility.honesty;
  qingshan[96].id = qingshan[95].id;

  const xinmin = byId.get('wj-saikou-01');
  xinmin.loans = { balance: '3300000.00', nonPerforming: '3500000.00' };
}

const villages = VILLAGES.map(village);
// A household with a veto code entered twice: a set, so it counts once (not a mistake).
villages.find((v) => v.id === 'wj-gaoshi-06').households[23].vetoes = ['V3', 'V3'];

/** The batch document, villages spelt out and one household per line: readable and small. */
function batchText(villages) {
  const parts = villages.map((v) => {
    const { households, ...fields } = v;
    const head = JSON.stringify(fields, null, 2).slice(0, -2).replaceAll('\n', '\n    ');
    const rows = households.map((h) => `        ${JSON.stringify(h)}`).join(',\n');
    return `    ${head},\n      "households": [\n${rows}\n      ]\n    }`;
  });
  return `{\n  "evalYear": ${EVAL_YEAR},\n  "villages": [\n${parts.join(',\n')}\n  ]\n}\n`;
}

function linesText(villages) {
  return villages.map((v) => `${JSON.stringify({ evalYear: EVAL_YEAR, ...v })}\n`).join('');
}

const here = new URL('./', import.meta.url);
writeFileSync(new URL('county.json', here), batchText(villages));
writeFileSync(new URL('county.ndjson', here), linesText(villages));
const spoilt = structuredClone(villages);
spoil(spoilt);
writeFileSync(new URL('county-with-mistakes.json', here), batchText(spoilt));
const total = villages.reduce((n, v) => n + v.households.length, 0);
process.stderr.write(
  `wrote county.json, county.ndjson and county-with-mistakes.json: ${villages.length} villages, ${total} households\n`,
);
