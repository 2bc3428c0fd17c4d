/** The sheets of the collection workbook, in the order they are written. */
export const SHEETS = {
  instructions: '说明',
  villages: '村',
  households: '农户',
  houses: '房屋',
  equipment: '农机车辆设施',
  review: '民主评议',
  entities: '经营主体',
  townships: '乡镇',
} as const;

/** One of the data sheets of the collection workbook. */
export type DataSheet = Exclude<(typeof SHEETS)[keyof typeof SHEETS], '说明'>;

/** Row 1 holds the labels, row 2 the keys, data starts on row 3. */
export const LABEL_ROW = 1;
export const KEY_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** The label of the cell on the instructions sheet that holds the evaluation year. */
export const EVAL_YEAR_LABEL = '评定年度';

/** The data sheets in the order they are written. */
export const DATA_SHEETS: readonly DataSheet[] = [
  SHEETS.villages,
  SHEETS.households,
  SHEETS.houses,
  SHEETS.equipment,
  SHEETS.review,
  SHEETS.entities,
  SHEETS.townships,
];
