import type { DataSheet } from '../format/sheet-names.js';

/**
 * Where one household's rows are: its 农户 row, the rows of its houses and equipment, and the
 * 民主评议 rows of its review's marks (in mark order; absent when it has none).
 */
export interface HouseholdRows {
  readonly row: number;
  readonly houses: number[];
  readonly machines: number[];
  readonly vehicles: number[];
  readonly facilities: number[];
  readonly review?: number[];
}

/** Where one village's rows are: its 村 row and its households, in record order. */
export interface VillageRows {
  readonly row: number;
  readonly households: HouseholdRows[];
}

/**
 * Where every record of an imported batch came from (a plain JSON value, so it can cross to a
 * worker and back): villages and their households by their index in the batch document,
 * entities and townships by theirs, and for each sheet the column (0-based) of each key.
 */
export interface WorkbookLocations {
  readonly villages: VillageRows[];
  readonly entities: number[];
  readonly townships: number[];
  readonly columns: Partial<Record<DataSheet, Record<string, number>>>;
  /** The cell of the evaluation year on 说明, when there is one. */
  readonly evalYear?: { readonly row: number; readonly column: number };
}
