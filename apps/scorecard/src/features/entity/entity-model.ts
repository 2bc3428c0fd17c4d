/**
 * Read-only views of the model's entity section (docs/model.md §12) for the entity scorecard:
 * option lists with their labels, the unit of each main line, and the worked examples. Plain
 * data access: no rule of the scheme is evaluated here.
 */
import type { EntityParameters, Label, Model } from '../../lib/core-adapter';
import type { Coded } from '../../lib/model-view';

/** The model's entity scorecard; `undefined` under a model of version 1, which has none. */
export function entityParametersOf(model: Model): EntityParameters | undefined {
  return model.document.entity;
}

/** The entity types (`familyFarm` 家庭农场, …). */
export function entityTypesOf(model: Model): readonly Coded[] {
  return entityParametersOf(model)?.types ?? [];
}

/** The main lines of business (`grain` 粮食, …), each with the unit its scale counts. */
export function mainLinesOf(model: Model): readonly (Coded & { readonly unit?: Label })[] {
  return entityParametersOf(model)?.mainLines ?? [];
}

/** The demonstration levels (示范等级). */
export function demonstrationLevelsOf(model: Model): readonly Coded[] {
  return entityParametersOf(model)?.components.standing.demonstration.levels ?? [];
}

/** The credit-record words of an entity (`normal` 正常还款, …). */
export function entityCreditLevelsOf(model: Model): readonly Coded[] {
  return entityParametersOf(model)?.components.creditRecord.levels ?? [];
}

/** The entity veto codes (`E1`…`E5`). */
export function entityVetoCodesOf(model: Model): readonly Coded[] {
  return entityParametersOf(model)?.vetoes.codes ?? [];
}

/** The unit a main line's scale is counted in (`亩`), when the model gives one. */
export function mainLineUnitOf(model: Model, line: string): Label | undefined {
  return mainLinesOf(model).find((l) => l.code === line)?.unit;
}

/** A worked entity example of the model: FF1, COOP1, LSH1, VNAE in the default model. */
export interface EntityExample {
  /** The example's record id (`FF1`), else its position. */
  readonly key: string;
  readonly name: string;
  readonly evalYear: number;
  readonly entity: unknown;
}

/** The model's worked entity examples, in the model's order. */
export function entityExamplesOf(model: Model): readonly EntityExample[] {
  return (model.document.examples ?? []).flatMap((example, index) => {
    if (example.entity === undefined) return [];
    const id = (example.entity as { id?: unknown } | null)?.id;
    return [
      {
        key: typeof id === 'string' && id !== '' ? id : String(index + 1),
        name: example.name,
        evalYear: example.evalYear,
        entity: example.entity,
      },
    ];
  });
}
