import type { Model } from '@credit-village/core';
import type { WorkbookColumns } from '../format/columns.js';
import { EVAL_YEAR_LABEL, SHEETS } from '../format/sheet-names.js';
import { type CellInput, type SheetLayout, STYLE } from '../xlsx/write-xlsx.js';

/** The 说明 sheet: how to fill the workbook, the words of each list, and the evaluation year. */
export function instructionsSheet(
  model: Model,
  columns: WorkbookColumns,
  evalYear: unknown,
): { layout: SheetLayout; rows: CellInput[][] } {
  const year: CellInput =
    typeof evalYear === 'number' && Number.isFinite(evalYear)
      ? { number: String(evalYear) }
      : typeof evalYear === 'string'
        ? evalYear
        : null;
  const rows: CellInput[][] = [
    ['信用村采集工作簿'],
    [`模型：${model.document.name?.zh ?? model.id}（${model.id} 第 ${model.version} 版）`],
    [EVAL_YEAR_LABEL, year, 'evalYear', '填四位年份，如 2024；命令行的 --eval-year 优先'],
    [],
    ['填写说明'],
    [
      '1. 每张表第 1 行是栏目名称（带单位），第 2 行是字段键（灰色，勿改），数据从第 3 行填起；列的顺序可以调整，按第 2 行的字段键识别。',
    ],
    [
      '2. 空单元格表示“未填”（该项不计或按 0 计，见各栏目）；金额以元为单位、面积以 m² 或亩为单位，最多两位小数，不要四舍五入。',
    ],
    [
      '3. 农户表每户一行，以“村编号 + 户编号”识别；房屋、农机车辆设施表每件一行，用村编号和户编号指明所属农户。',
    ],
    [
      '4. 有下拉列表的栏目请从列表中选择；也可以填写对应的代码（如 brickConcrete）。一票否决填代码，多个用逗号分隔（如 V1,V3）。',
    ],
    [
      '5. 请填写数值，不要填公式；年份填数字（如 2015），不要填日期；身份证号所在列已设为文本格式。',
    ],
    ['6. 不要合并单元格。导入时发现的每个问题都会写明工作表、行号和栏目。'],
  ];
  if (model.document.review !== undefined) {
    rows.push([
      '7. 民主评议表每位到会评议人对每户一行：村编号、户编号、评议小组人数（同一户各行相同）、评议人编号、各项评议结果、提议的一票否决。有民主评议的农户，在农户表中不填文明评议各栏。',
    ]);
  }
  rows.push([]);
  const listsRow = rows.push(['下拉列表的取值（词语 = 代码）']);
  for (const [sheet, list] of Object.entries(columns)) {
    for (const column of list) {
      if (column.choices === undefined) continue;
      rows.push([
        `${sheet}「${column.label}」`,
        column.choices.map((c) => `${c.word} = ${c.code}`).join('；'),
      ]);
    }
  }
  return {
    layout: {
      name: SHEETS.instructions,
      columns: [{ width: 30 }, { width: 60 }, { width: 12 }, { width: 40 }],
      rowStyles: new Map([
        [1, STYLE.title],
        [5, STYLE.title],
        [listsRow, STYLE.title],
      ]),
    },
    rows,
  };
}
