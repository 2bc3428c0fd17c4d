/**
 * Chinese UI strings of the spreadsheet parts of the app (the workbook in the village review,
 * and the collection page 采集), spread into `zh.ts`. Every key here must be in
 * `collect-en.ts` too.
 */
export const collectZh = {
  'workbook.template': '下载采集模板（Excel）',
  'workbook.results': '下载 {year} 年度评定结果（Excel）',
  'workbook.writing': '正在生成 Excel 文件…',
  'workbook.writeFailed': '未能生成 Excel 文件：{error}',
  'workbook.written': '已生成「{file}」。',
  'workbook.writtenLost': '已生成「{file}」；以下 {n} 项表格无法容纳，未写入：',
  'workbook.problems': '工作簿有 {n} 处问题，未作评定。请改正后重新载入：',
  'workbook.read':
    '工作簿读入：村 {villages} 行，农户 {households} 行，房屋 {houses} 行，农机车辆设施 {equipment} 行，每一行都已评定或列为问题。',
  'workbook.yearFromSheet': '评定年度取自「说明」表。',
  'workbook.notShown':
    '工作簿还有经营主体 {entities} 行、乡镇 {townships} 行：本页只显示村和农户的评定结果，它们的评定请用命令 credit-village evaluate。',
  'workbook.col.place': '工作簿位置',
  'workbook.yearHint':
    '在工作簿「说明」表「评定年度」一行填写年份，或在上方填写评定年度后重新载入。',
} as const;
