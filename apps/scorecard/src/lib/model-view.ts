/**
 * Read-only views of a model document for the UI: the option lists of the form and the names
 * and colours of grades. Plain data access: no rule of the scheme is evaluated here.
 */
import type { Label, Model } from './core-adapter';

/** A code of the model with its optional zh/en label. */
export interface Coded {
  readonly code: string;
  readonly label?: Label;
}

/** The house structures a record may name. */
export function structuresOf(model: Model): readonly Coded[] {
  return model.document.assets.houses.structures;
}

/** The livestock species a record may name. */
export function speciesOf(model: Model): readonly Coded[] {
  return model.document.assets.livestock.species;
}

/** The civility review dimensions. */
export function dimensionsOf(model: Model): readonly Coded[] {
  return model.document.score.civility.dimensions;
}

/** The words a civility dimension can take (`good`, `fair`, `poor`). */
export function civilityLevelsOf(model: Model): readonly Coded[] {
  return model.document.score.civility.levels;
}

/** The credit record words (`none`, `cleared`, `severe`). */
export function creditLevelsOf(model: Model): readonly Coded[] {
  return model.document.score.creditRecord.levels;
}

/** The veto codes (`V1`…`V5`). */
export function vetoCodesOf(model: Model): readonly Coded[] {
  return model.document.vetoes.codes;
}

/** Every grade a household can get, best first, the veto grade (`NR`) last. */
export function gradeCodesOf(model: Model): readonly string[] {
  return [...model.document.grades.map((g) => g.code), model.document.vetoes.grade];
}

/** The village rating codes, best first. */
export function ratingCodesOf(model: Model): readonly string[] {
  return model.document.village.ratings.map((r) => r.code);
}

/** The label of a grade code (the veto grade's label may be absent from the model). */
export function gradeLabelOf(model: Model, code: string): Label | undefined {
  if (code === model.document.vetoes.grade) return model.document.vetoes.label;
  return model.document.grades.find((g) => g.code === code)?.label;
}

/** The label of a village rating code, if the model gives one. */
export function ratingLabelOf(model: Model, code: string): Label | undefined {
  return model.document.village.ratings.find((r) => r.code === code)?.label;
}

/**
 * A colour slot for a grade: its rank among the model's grades (0 = best), or `veto`. Slots,
 * not codes, pick colours, so a county model with other grade codes is coloured too.
 */
export function gradeTone(model: Model, code: string): string {
  if (code === model.document.vetoes.grade) return 'veto';
  const rank = model.document.grades.findIndex((g) => g.code === code);
  return rank < 0 ? 'unknown' : String(Math.min(rank, 5));
}

/** The label of a code in a list of coded entries. */
export function labelOf(list: readonly Coded[], code: string): Label | undefined {
  return list.find((entry) => entry.code === code)?.label;
}
