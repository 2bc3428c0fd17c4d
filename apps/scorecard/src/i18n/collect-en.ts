import type { collectZh } from './collect-zh';

/** English UI strings of the spreadsheet parts of the app; the compiler checks every key is here. */
export const collectEn: Readonly<Record<keyof typeof collectZh, string>> = {
  'workbook.template': 'Download the collection template (Excel)',
  'workbook.results': 'Download the {year} results (Excel)',
  'workbook.writing': 'Writing the Excel file…',
  'workbook.writeFailed': 'The Excel file could not be written: {error}',
  'workbook.written': '“{file}” written.',
  'workbook.writtenLost':
    '“{file}” written; these {n} items do not fit in a sheet and were left out:',
  'workbook.problems':
    'The workbook has {n} problems and was not evaluated. Fix them and load it again:',
  'workbook.read':
    'Read from the workbook: {villages} village rows, {households} household rows, {houses} house rows, {equipment} machine, vehicle and facility rows; every row was evaluated or listed as a problem.',
  'workbook.yearFromSheet': ' The evaluation year is the one on the 说明 sheet.',
  'workbook.notShown':
    'The workbook also has {entities} entity rows (经营主体) and {townships} township rows (乡镇): this page shows the results of villages and households only; evaluate those with the command credit-village evaluate.',
  'workbook.col.place': 'Place in the workbook',
  'workbook.yearHint':
    'Write the year in the 评定年度 row of the workbook’s 说明 sheet, or fill in the evaluation year above and load the file again.',
};
