// A recognised table as tab-separated text, to paste into a spreadsheet: one line per row with
// 序号, 科目编码, 收/支 and name where the table has them, then every column, amounts as printed.

import type { StandardTable } from '../model/disclosure';
import { TABLE_SIDE_NAMES } from '../model/table-vocabulary';
import { displayColumns } from '../report/table-layout';
import { neutraliseFormula } from './spreadsheet-formula';

/** Tabs and line breaks inside a cell would break the grid: they become spaces; a formula stays text. */
function field(text: string): string {
  return neutraliseFormula(text.replace(/[\t\r\n]+/g, ' ').trim());
}

export function toTsv(table: StandardTable): string {
  const columns = displayColumns(table.columns, table.rows);
  const hasSeq = table.rows.some((row) => row.seq !== null);
  const hasCode = table.rows.some((row) => row.code !== null);
  const hasSide = table.rows.some((row) => row.side !== undefined);
  const header = [
    ...(hasSeq ? ['序号'] : []),
    ...(hasCode ? ['科目编码'] : []),
    ...(hasSide ? ['收支'] : []),
    hasCode ? '科目名称' : '项目',
    ...columns,
  ];
  const lines = table.rows.map((row) => [
    ...(hasSeq ? [row.seq ?? ''] : []),
    ...(hasCode ? [row.code ?? ''] : []),
    ...(hasSide ? [row.side ? TABLE_SIDE_NAMES[row.side] : ''] : []),
    row.name,
    ...columns.map((column) => row.cells[column] ?? row.texts?.[column] ?? ''),
  ]);
  return [header, ...lines].map((cells) => cells.map(field).join('\t')).join('\n') + '\n';
}
