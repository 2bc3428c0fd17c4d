import type { Label, ModelDocument } from '../model/document.js';
import type { Lang } from './options.js';

/**
 * The sets of words (codes) a field takes or a keyed group holds, named in messages by their
 * labels: the model's own labels for what a model defines, fixed words for the rest.
 */
export type Vocabulary =
  | 'structure'
  | 'species'
  | 'dimension'
  | 'civilityLevel'
  | 'creditRecord'
  | 'veto'
  | 'partyOrganisation'
  | 'grade'
  | 'rating'
  | 'villageItem'
  | 'roundingMode';

type Coded = { readonly code: string; readonly label?: Label };

/** The model's entries of a vocabulary (empty for the fixed ones). */
function entries(vocabulary: Vocabulary, doc: ModelDocument): readonly Coded[] {
  switch (vocabulary) {
    case 'structure':
      return doc.assets.houses.structures;
    case 'species':
      return doc.assets.livestock.species;
    case 'dimension':
      return doc.score.civility.dimensions;
    case 'civilityLevel':
      return doc.score.civility.levels;
    case 'creditRecord':
      return doc.score.creditRecord.levels;
    case 'veto':
      return doc.vetoes.codes;
    case 'partyOrganisation':
      return doc.village.items.partyOrganisation.levels;
    case 'grade':
      return [
        ...doc.grades,
        {
          code: doc.vetoes.grade,
          label: doc.vetoes.label ?? { zh: '不予评级', en: 'Not rated' },
        },
      ];
    case 'rating':
      return [
        ...doc.village.ratings,
        { code: 'none', label: { zh: '未达标', en: 'Not a credit village' } },
      ];
    default:
      return FIXED[vocabulary];
  }
}

const FIXED: Readonly<Record<'villageItem' | 'roundingMode', readonly Coded[]>> = {
  villageItem: [
    { code: 'coverage', label: { zh: '采集率', en: 'Coverage' } },
    { code: 'creditShare', label: { zh: '信用户占比', en: 'Credit-household share' } },
    { code: 'npl', label: { zh: '不良贷款率', en: 'NPL ratio' } },
    { code: 'vetoShare', label: { zh: '遵规守纪', en: 'Veto share' } },
    { code: 'partyOrganisation', label: { zh: '村两委', en: 'Party organisation' } },
    { code: 'collectiveIncome', label: { zh: '集体经营性收入', en: 'Collective income' } },
  ],
  roundingMode: [
    { code: 'halfUp', label: { zh: '四舍五入', en: 'half up' } },
    { code: 'halfEven', label: { zh: '四舍六入五成双', en: 'half even' } },
    { code: 'halfDown', label: { zh: '五舍六入', en: 'half down' } },
    { code: 'down', label: { zh: '向下取整', en: 'down' } },
    { code: 'up', label: { zh: '向上取整', en: 'up' } },
  ],
};

/**
 * A word's label in `lang` (else in the other language), or `undefined` when the vocabulary
 * does not know the word (a misspelt structure): callers then show the word as written.
 */
export function wordLabel(
  vocabulary: Vocabulary,
  code: string,
  doc: ModelDocument,
  lang: Lang,
): string | undefined {
  const entry = entries(vocabulary, doc).find((e) => e.code === code);
  if (entry === undefined) return undefined;
  const label = entry.label?.[lang] ?? entry.label?.zh ?? entry.label?.en;
  if (label === undefined) return code;
  // A veto is named by its code and its label (`V1 失信被执行人`): both are on the lists clerks use.
  return vocabulary === 'veto' || vocabulary === 'grade' || vocabulary === 'rating'
    ? label.includes(code)
      ? label
      : `${code} ${label}`
    : label;
}

/** Units a field's label carries. */
export type Unit = 'yuan' | 'squareMetre' | 'mu' | 'people' | 'households' | 'head';

const UNITS: Readonly<Record<Exclude<Unit, 'head'>, Readonly<Record<Lang, string>>>> = {
  yuan: { zh: '元', en: 'yuan' },
  squareMetre: { zh: 'm²', en: 'm²' },
  mu: { zh: '亩', en: 'mu' },
  people: { zh: '人', en: 'people' },
  households: { zh: '户', en: 'households' },
};

/**
 * Chinese counts livestock by two measure words: 头 for large animals, 只 for small ones and
 * birds. A species the table does not know (a county's own) is counted in 头.
 */
const HEAD_WORDS: Readonly<Record<string, string>> = {
  sheep: '只',
  goat: '只',
  poultry: '只',
  chicken: '只',
  duck: '只',
  goose: '只',
  rabbit: '只',
  pigeon: '只',
};

/** The unit text of a field (`元`, `m²`); for livestock, the measure word of the species. */
export function unitText(unit: Unit, lang: Lang, species?: string): string {
  if (unit === 'head') {
    if (lang === 'en') return 'head';
    return (species === undefined ? undefined : HEAD_WORDS[species]) ?? '头';
  }
  return UNITS[unit][lang];
}

/** The measure word of a livestock species in Chinese (`头`, `只`): for counts shown to clerks. */
export function livestockUnit(species: string, lang: Lang): string {
  return unitText('head', lang, species);
}
