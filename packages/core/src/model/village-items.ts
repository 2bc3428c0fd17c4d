/**
 * The village items of docs/model.md §8, in output order: the one list every part of the library
 * (the model schema, its checks, the result types and schema) and its readers take them from.
 */
export const VILLAGE_ITEM_IDS = [
  'coverage',
  'creditShare',
  'npl',
  'vetoShare',
  'partyOrganisation',
  'collectiveIncome',
] as const;

/** A village item id. */
export type VillageItemId = (typeof VILLAGE_ITEM_IDS)[number];

/** The items measured as a number (ratios and money): all but the categorical `partyOrganisation`. */
export const MEASURED_ITEM_IDS = VILLAGE_ITEM_IDS.filter(
  (id): id is Exclude<VillageItemId, 'partyOrganisation'> => id !== 'partyOrganisation',
);
