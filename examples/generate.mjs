#!/usr/bin/env node
/**
 * Writes the example county: `county.json` (a batch document) and `county.ndjson` (the same
 * county, one record per line: townships and entities with their `kind`, villages with their
 * `evalYear`), both free of mistakes; and `county-with-mistakes.json`, the same county with a
 * few typical slips of a collection team, so a newcomer sees how problems are reported.
 *
 * The data are invented, in the shape of the seed's county (docs/domain.md): Wangjiang county
 * (望江县) with its ten townships and 135 villages, and about 215 new agricultural business
 * entities (generate-entities.mjs). Twelve villages are collected in full (about 2,000
 * households), as are a few more small ones, mostly in 鸦滩镇, the county's credit township;
 * the other villages have sent a first sample of households only, so they are not rated credit
 * villages yet — and the county is far from a credit county (about 23 credit villages of 135).
 * Households have plausible spreads of houses, land, livestock, equipment, savings, debts,
 * incomes, civility reviews and credit records, and a few vetoes. The mistakes:
 *
 * - 华阳镇 春光村: a house area with 3 decimals, and a misspelt `deposit`;
 * - 漳湖镇 青山村: a house built after the evaluation year, a civility review missing
 *   `honesty`, and a household id used twice;
 * - 赛口镇 新民村: non-performing loans above the loan balance (a village-level error);
 * - a village naming a township that is not in the batch (a misspelt township id);
 * - 高士镇: more borrowers in arrears than borrowers (a township error);
 * - entities: a main line the model does not know, a surplus with 3 decimals, a misspelt
 *   `asset`, a registration year after the evaluation year.
 *
 * Codes and labels (civility dimensions, veto codes, entity types, main lines, demonstration
 * levels, credit records) are read from the default model. Seeded and dependency-free:
 * running it twice gives byte-identical files.
 *
 *   node examples/generate.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateEntities } from './generate-entities.mjs';

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

/**
 * The ten townships of the county (乡镇), in the order the batch lists them: code, name, how
 * many villages it registers, its farm loans' NPL now and at the start of the year, the share of
 * borrowers in arrears, and how many of its extra villages are collected in full (credit
 * villages in the making). 鸦滩镇 is the credit township; 长岭镇 fails the NPL gate and 凉泉乡 the
 * NPL-increment gate.
 */
const TOWNSHIPS = [
  {
    code: 'huayang',
    name: '华阳镇',
    en: 'Huayang',
    villages: 16,
    npl: [0.014, 0.012],
    arrears: 0.05,
    full: 1,
  },
  {
    code: 'yangwan',
    name: '杨湾镇',
    en: 'Yangwan',
    villages: 12,
    npl: [0.022, 0.02],
    arrears: 0.06,
    full: 1,
  },
  {
    code: 'zhanghu',
    name: '漳湖镇',
    en: 'Zhanghu',
    villages: 13,
    npl: [0.018, 0.017],
    arrears: 0.04,
    full: 1,
  },
  {
    code: 'saikou',
    name: '赛口镇',
    en: 'Saikou',
    villages: 14,
    npl: [0.03, 0.028],
    arrears: 0.07,
    full: 1,
  },
  {
    code: 'gaoshi',
    name: '高士镇',
    en: 'Gaoshi',
    villages: 15,
    npl: [0.026, 0.025],
    arrears: 0.08,
    full: 0,
  },
  {
    code: 'yatan',
    name: '鸦滩镇',
    en: 'Yatan',
    villages: 12,
    npl: [0.009, 0.011],
    arrears: 0.03,
    full: 6,
  },
  {
    code: 'changling',
    name: '长岭镇',
    en: 'Changling',
    villages: 14,
    npl: [0.062, 0.055],
    arrears: 0.12,
    full: 0,
  },
  {
    code: 'taici',
    name: '太慈镇',
    en: 'Taici',
    villages: 13,
    npl: [0.011, 0.012],
    arrears: 0.04,
    full: 2,
  },
  {
    code: 'liangquan',
    name: '凉泉乡',
    en: 'Liangquan',
    villages: 13,
    npl: [0.035, 0.02],
    arrears: 0.09,
    full: 0,
  },
  {
    code: 'leichi',
    name: '雷池乡',
    en: 'Leichi',
    villages: 13,
    npl: [0.02, 0.021],
    arrears: 0.05,
    full: 2,
  },
];

/** Syllables of invented village names, with their pinyin. */
const SYLLABLES = [
  ['新', 'Xin'],
  ['和', 'He'],
  ['平', 'Ping'],
  ['安', 'An'],
  ['丰', 'Feng'],
  ['兴', 'Xing'],
  ['胜', 'Sheng'],
  ['利', 'Li'],
  ['民', 'Min'],
  ['河', 'He'],
  ['山', 'Shan'],
  ['湖', 'Hu'],
  ['桥', 'Qiao'],
  ['塘', 'Tang'],
  ['岭', 'Ling'],
  ['林', 'Lin'],
  ['圩', 'Wei'],
  ['洲', 'Zhou'],
  ['庄', 'Zhuang'],
  ['集', 'Ji'],
  ['东', 'Dong'],
  ['西', 'Xi'],
  ['南', 'Nan'],
  ['北', 'Bei'],
  ['中', 'Zhong'],
  ['同', 'Tong'],
  ['华', 'Hua'],
  ['光', 'Guang'],
];

/**
 * The villages beside the twelve collected in full: a few small ones collected in full too
 * (mostly of 鸦滩镇), and the rest with a first sample of households only.
 */
function extraVillages() {
  const used = new Set(VILLAGES.map((v) => v.id));
  const names = new Set(VILLAGES.map((v) => v.name.split(' ')[1]));
  const out = [];
  for (const t of TOWNSHIPS) {
    let full = t.full;
    for (let n = 1; n <= t.villages; n++) {
      const id = `wj-${t.code}-${String(n).padStart(2, '0')}`;
      if (used.has(id)) continue;
      let zh;
      let en;
      do {
        const [a, pa] = pick(SYLLABLES);
        const [b, pb] = pick(SYLLABLES);
        zh = `${a}${b}村`;
        en = `${pa}${pb.toLowerCase()}`;
      } while (sameSyllables(zh) || names.has(zh));
      names.add(zh);
      const name = `${t.name} ${zh} (${t.en}, ${en})`;
      if (full > 0) {
        full--;
        const size = between(60, 110);
        out.push({
          id,
          name,
          size,
          coverage: 0.97 + random() * 0.03,
          quality: 0.86 + random() * 0.08,
          party: 'good',
          loans: [size * between(15_000, 30_000), 0.002 + random() * 0.012],
          collective: between(5, 12) * 100_000,
        });
      } else {
        const size = between(150, 450);
        out.push({
          id,
          name,
          size,
          // A first sample: the coverage gate fails until the village is collected in full.
          coverage: between(6, 14) / size,
          quality: 0.5 + random() * 0.35,
          party: chance(0.12) ? 'weak' : chance(0.5) ? 'average' : 'good',
          loans: [size * between(8_000, 20_000), random() * 0.06],
          collective: between(0, 8) * 50_000,
        });
      }
    }
  }
  return out;
}

/** A name whose two syllables are the same (新新村) reads oddly: drawn again. */
function sameSyllables(name) {
  return name[0] === name[1];
}

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
    township: townshipOf(spec.id),
    householdsTotal: spec.size,
    partyOrganisation: spec.party,
    loans: { balance: yuan(balance), nonPerforming: yuan(balance * npl) },
    collectiveOperatingIncome: yuan(spec.collective),
    households: Array.from({ length: households }, (_, index) => household(withCode, index)),
  };
}

/** The township a village belongs to: `wj-yatan-01` → `wj-yatan`. */
function townshipOf(villageId) {
  return villageId.replace(/-[0-9]+$/, '');
}

/** The bad records: each a typical slip of a collection team. */
function spoil(batch) {
  const byId = new Map(batch.villages.map((v) => [v.id, v]));
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

  // A township id with a letter missing: the village names no township of the batch.
  byId.get('wj-leichi-02').township = 'wj-leichy';
  const gaoshi = batch.townships.find((t) => t.id === 'wj-gaoshi');
  gaoshi.borrowersInArrears = gaoshi.borrowers + 12;

  const [first, second, third, fourth] = batch.entities.filter((_, i) => i % 50 === 7);
  first.mainLine = 'rice';
  second.surplus = '86000.005';
  third.asset = third.assets;
  delete third.assets;
  fourth.registeredYear = EVAL_YEAR + 1;
}

// The twelve villages collected in full, then the others, township by township.
const specs = [...VILLAGES, ...extraVillages()].sort(
  (a, b) =>
    TOWNSHIPS.findIndex((t) => `wj-${t.code}` === townshipOf(a.id)) -
      TOWNSHIPS.findIndex((t) => `wj-${t.code}` === townshipOf(b.id)) || a.id.localeCompare(b.id),
);
const villages = specs.map(village);
// A household with a veto code entered twice: a set, so it counts once (not a mistake).
villages.find((v) => v.id === 'wj-gaoshi-06').households[23].vetoes = ['V3', 'V3'];
const townships = TOWNSHIPS.map((t) => township(t, villages));
const entities = generateEntities({
  villages,
  townships,
  model: MODEL,
  random,
  evalYear: EVAL_YEAR,
});

/** A township's record: its registered villages, its farm loans now and at the start of the year, its borrowers. */
function township(t, villages) {
  const id = `wj-${t.code}`;
  const mine = villages.filter((v) => v.township === id);
  const balance = mine.reduce((sum, v) => sum + Number(v.loans.balance), 0);
  const start = balance * (0.88 + random() * 0.1);
  const households = mine.reduce((sum, v) => sum + v.householdsTotal, 0);
  const borrowers = Math.round(households * (0.35 + random() * 0.2));
  return {
    id,
    name: t.name,
    villagesTotal: t.villages,
    loans: {
      balance: yuan(balance),
      nonPerforming: yuan(balance * t.npl[0]),
      balanceStartOfYear: yuan(start),
      nonPerformingStartOfYear: yuan(start * t.npl[1]),
    },
    borrowers,
    borrowersInArrears: Math.round(borrowers * t.arrears),
  };
}

/** The batch document, villages spelt out and one household or entity per line: readable and small. */
function batchText(batch) {
  const parts = batch.villages.map((v) => {
    const { households, ...fields } = v;
    const head = JSON.stringify(fields, null, 2).slice(0, -2).replaceAll('\n', '\n    ');
    const rows = households.map((h) => `        ${JSON.stringify(h)}`).join(',\n');
    return `    ${head},\n      "households": [\n${rows}\n      ]\n    }`;
  });
  const townshipRows = batch.townships.map((t) => `    ${JSON.stringify(t)}`).join(',\n');
  const entityRows = batch.entities.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return `{\n  "evalYear": ${EVAL_YEAR},\n  "townships": [\n${townshipRows}\n  ],\n  "villages": [\n${parts.join(',\n')}\n  ],\n  "entities": [\n${entityRows}\n  ]\n}\n`;
}

/** NDJSON: the townships first (a village's township comes before it), the villages, the entities. */
function linesText(batch) {
  return [
    ...batch.townships.map((t) => ({ kind: 'township', ...t })),
    ...batch.villages.map((v) => ({ evalYear: EVAL_YEAR, ...v })),
    ...batch.entities.map((e) => ({ kind: 'entity', evalYear: EVAL_YEAR, ...e })),
  ]
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}

const county = { townships, villages, entities };
const here = new URL('./', import.meta.url);
writeFileSync(new URL('county.json', here), batchText(county));
writeFileSync(new URL('county.ndjson', here), linesText(county));
const spoilt = structuredClone(county);
spoil(spoilt);
writeFileSync(new URL('county-with-mistakes.json', here), batchText(spoilt));
const total = villages.reduce((n, v) => n + v.households.length, 0);
process.stderr.write(
  `wrote county.json, county.ndjson and county-with-mistakes.json: ${townships.length} townships, ${villages.length} villages, ${total} households, ${entities.length} entities\n`,
);
