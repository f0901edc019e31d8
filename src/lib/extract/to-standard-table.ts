// Logical table → the published shape: rows with 序号, code and name, amounts by column path.
// Two-sided summary tables (收支总表, 财政拨款收支总表) give one row per half.

import type { StandardTable, TableRow, TableSide } from '../model/disclosure';
import type { BodyRow, LogicalTable } from './assemble-tables';
import { cleanCell } from './clean-text';
import { functionClassCode } from './function-classes';
import { parseAmount } from './parse-amount';

interface ColumnRoles {
  side?: TableSide;
  code: number;
  name: number;
  values: number[];
}

const SIDE_LABELS: Record<string, TableSide> = { 收入: 'income', 支出: 'expenditure' };
const CODE_COLUMN = /(编码|代码)$/;
const NAME_COLUMN = /(科目名称|名称|项目|科目)$/;
const SEQ_COLUMN = /序号$/;

function sideOf(path: string): TableSide | undefined {
  return SIDE_LABELS[path.split('/')[0]!];
}

function rolesOf(columns: string[], indexes: number[], body: BodyRow[], side?: TableSide): ColumnRoles {
  const code = indexes.find((i) => CODE_COLUMN.test(columns[i]!)) ?? -1;
  const textual = (i: number) =>
    body.some((row) => {
      const text = cleanCell(row.cells[i] ?? '');
      return text !== '' && parseAmount(text) === null;
    });
  const name =
    indexes.find((i) => i !== code && NAME_COLUMN.test(columns[i]!)) ??
    indexes.find((i) => i !== code && textual(i)) ??
    -1;
  return { side, code, name, values: indexes.filter((i) => i !== code && i !== name) };
}

function toRow(row: BodyRow, columns: string[], seqCol: number, roles: ColumnRoles): TableRow | null {
  const text = (i: number) => (i >= 0 ? cleanCell(row.cells[i] ?? '') : '');
  const name = text(roles.name);
  const cells: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const i of roles.values) {
    const value = text(i);
    if (!value) continue;
    const amount = parseAmount(value);
    if (amount !== null) cells[columns[i]!] = amount;
    else texts[columns[i]!] = value;
  }
  const code = text(roles.code) || (roles.side === 'expenditure' ? functionClassCode(name) : null) || null;
  if (!name && !code && Object.keys(cells).length === 0 && Object.keys(texts).length === 0) return null;
  const result: TableRow = { seq: text(seqCol) || null, code, name, cells, page: row.page };
  if (roles.side) result.side = roles.side;
  if (Object.keys(texts).length) result.texts = texts;
  return result;
}

export function toStandardTable(table: LogicalTable): StandardTable {
  const { columns, body } = table;
  const seqCol = columns.findIndex((path) => SEQ_COLUMN.test(path));
  const others = columns.map((_, i) => i).filter((i) => i !== seqCol);
  const sides = (['income', 'expenditure'] as const).map((side) => others.filter((i) => sideOf(columns[i]!) === side));
  const twoSided = sides.every((indexes) => indexes.length > 0);
  const roleSets = twoSided
    ? sides.map((indexes, s) => rolesOf(columns, indexes, body, s === 0 ? 'income' : 'expenditure'))
    : [rolesOf(columns, others, body)];

  const rows = body.flatMap((row) =>
    roleSets.map((roles) => toRow(row, columns, seqCol, roles)).filter((r): r is TableRow => r !== null),
  );
  return {
    kind: table.kind,
    title: table.title,
    unit: table.unit,
    empty: rows.length === 0,
    note: table.notes.length ? table.notes.join('\n') : null,
    columns: roleSets.flatMap((roles) => roles.values.map((i) => columns[i]!)),
    rows,
    page: table.page,
    blockIndex: table.blockIndex,
  };
}
