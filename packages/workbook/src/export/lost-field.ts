/**
 * A part of a batch document that a workbook cannot hold, with why (Chinese and English):
 * `meta` objects, a household's `review`, empty objects such as `livestock: {}`, values of the
 * wrong shape, rows that could not be linked back to their village or household.
 */
export interface LostField {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly en: string;
}
