/**
 * The example county's new agricultural business entities (新型农业经营主体, docs/model.md §8),
 * for generate.mjs: about 215 family farms, cooperatives, large specialised households and
 * leading enterprises, spread over the townships as their villages are, each naming its township
 * and village. Types, main lines and their scale thresholds, demonstration levels, credit
 * records, household grades and veto codes are the model's own; the numbers are invented, with
 * plausible spreads, and every record is valid. Seeded through the caller's `random`.
 */

/** Registered-name words (字号) of invented entities. */
const BRANDS = [
  '绿源',
  '丰收',
  '兴旺',
  '金穗',
  '鑫农',
  '福泰',
  '康达',
  '润田',
  '华兴',
  '江畔',
  '稻香',
  '湖光',
  '众鑫',
  '恒丰',
  '禾盛',
  '田园',
];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '檀',
  '汪',
  '程',
  '方',
  '何',
  '吴',
  '周',
];
const GIVEN = [
  '建国',
  '德胜',
  '春生',
  '秀英',
  '国华',
  '志强',
  '永福',
  '长江',
  '学文',
  '大军',
  '红梅',
  '金凤',
];

/** How each type is spread, sized and named. */
const TYPES = {
  familyFarm: { weight: 0.55, years: [0, 12], assets: [300_000, 3_000_000], driven: [0, 30] },
  cooperative: { weight: 0.25, years: [1, 18], assets: [1_000_000, 12_000_000], driven: [10, 400] },
  largeHousehold: { weight: 0.14, years: [0, 10], assets: [300_000, 4_000_000], driven: [0, 20] },
  enterprise: { weight: 0.06, years: [3, 25], assets: [5_000_000, 60_000_000], driven: [50, 2000] },
};

/** Lines counted in head or birds (whole numbers) rather than in mu. */
const HEADS = new Set(['pigs', 'cattle', 'sheep', 'poultry']);

/**
 * @param {{ villages: { id: string; name: string; township: string }[]; townships: { id: string; name: string }[];
 *   model: any; random: () => number; evalYear: number }} county
 */
export function generateEntities({ villages, townships, model, random, evalYear }) {
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  const chance = (p) => random() < p;
  const pick = (items) => items[Math.floor(random() * items.length)];
  const weighted = (pairs) => {
    let r = random();
    for (const [value, weight] of pairs) {
      r -= weight;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  const yuan = (amount) => String(Math.round(amount / 100) * 100);
  const entity = model.entity;
  const label = (list, code) => list.find((x) => x.code === code)?.label?.zh ?? code;
  const types = entity.types.map((t) => t.code);
  const lines = entity.mainLines.map((l) => l.code);
  const threshold = new Map(
    entity.components.scale.thresholds.map((t) => [t.line, Number(t.value)]),
  );
  const demonstration = entity.components.standing.demonstration.levels.map((l) => l.code);
  const credit = entity.components.creditRecord.levels.map((l) => l.code);
  const grades = [...model.grades.map((g) => g.code), model.vetoes.grade];
  const vetoes = entity.vetoes.codes.map((v) => v.code);

  const out = [];
  // About 1.6 entities a village, so about 215 in the county.
  const count = Math.round(villages.length * 1.6);
  for (let i = 0; i < count; i++) {
    const village = pick(villages);
    const type = weighted(types.map((t) => [t, TYPES[t]?.weight ?? 0.1]));
    const spec = TYPES[type] ?? TYPES.familyFarm;
    const line = pick(lines);
    const quality = Math.min(1, Math.max(0, 0.62 + (random() + random() - 1) * 0.45));
    const villageShort = village.name.split(' ')[1].replace(/村$/, '');
    const brand = pick(BRANDS);
    const lineWord = label(entity.mainLines, line);
    const name =
      type === 'familyFarm'
        ? `望江县${villageShort}${brand}${label(entity.types, type)}`
        : type === 'cooperative'
          ? `望江县${brand}${lineWord}${label(entity.types, type)}`
          : type === 'largeHousehold'
            ? `${villageShort}${lineWord}${label(entity.types, type)}`
            : `安徽${brand}农业发展有限公司`;
    const factor = Math.exp((random() + random() + random() - 1.5) * 1.4 + quality * 0.8);
    const raw = (threshold.get(line) ?? 100) * factor;
    const scale = HEADS.has(line)
      ? String(Math.max(1, Math.round(raw)))
      : String(Math.max(1, Math.round(raw * 2) / 2));
    const assets = between(spec.assets[0] / 1000, spec.assets[1] / 1000) * 1000;
    const debt = Math.min(0.95, Math.max(0, 0.55 - quality * 0.4 + (random() - 0.5) * 0.4));
    const margin = -0.04 + quality * 0.22 + (random() - 0.5) * 0.08;
    const record = {
      id: `wj-ent-${String(i + 1).padStart(3, '0')}`,
      name,
      type,
      township: village.township,
      village: village.id,
      principal: { name: pick(SURNAMES) + pick(GIVEN) },
      registeredYear: evalYear - between(spec.years[0], spec.years[1]),
      demonstration: weighted([
        [demonstration[0], 0.01 + 0.03 * quality],
        [demonstration[1], 0.03 + 0.06 * quality],
        [demonstration[2], 0.08 + 0.12 * quality],
        [demonstration[3], 0.15 + 0.15 * quality],
        [demonstration[4], 1],
      ]),
      mainLine: line,
      scale,
      assets: yuan(assets),
      liabilities: yuan(assets * debt),
      surplus: yuan(assets * margin),
      creditRecord: weighted([
        [credit[0], 0.45 + 0.35 * quality],
        [credit[1], 0.25],
        [credit[2], 0.12],
        [credit[3], 1],
      ]),
    };
    if (chance(0.75)) record.leaseYearsLeft = between(1, 15);
    if (chance(0.45 + 0.4 * quality)) record.insured = true;
    else if (chance(0.3)) record.insured = false;
    if (chance(0.25 + 0.4 * quality)) record.salesContracts = true;
    record.householdsDriven = between(spec.driven[0], spec.driven[1]);
    if (chance(0.85))
      record.principalHouseholdGrade = weighted([
        [grades[0], 0.1 + 0.3 * quality],
        [grades[1], 0.35],
        [grades[2], 0.25],
        [grades[3], 0.1],
        [grades[4], 0.04],
        [grades[5] ?? grades[4], 1],
      ]);
    if (chance(0.012)) record.vetoes = [pick(vetoes)];
    if (chance(0.1)) record.meta = { 统一社会信用代码: `92340828MA${String(between(1e6, 9e6))}` };
    out.push(record);
  }
  // In the township order of the batch, as a collection team would file them.
  const order = new Map(townships.map((t, i) => [t.id, i]));
  return out
    .map((record, i) => ({ record, i }))
    .sort(
      (a, b) =>
        (order.get(a.record.township) ?? 0) - (order.get(b.record.township) ?? 0) || a.i - b.i,
    )
    .map(({ record }, i) => ({ ...record, id: `wj-ent-${String(i + 1).padStart(3, '0')}` }));
}
