// A recognised table as CSV that Excel opens with its Chinese intact (UTF-8 with BOM, RFC 4180
// quoting, CRLF), and all of a report's tables in one zip.

import { strToU8, zipSync } from 'fflate';
import type { StandardTable } from '../model/disclosure';
import type { DocumentReport } from '../model/report';
import { TABLE_SIDE_NAMES } from '../model/table-vocabulary';
import { tableCsvName } from './file-names';
import { neutraliseFormula } from './spreadsheet-formula';

const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Every CSV this app writes goes through here: no field can start a spreadsheet formula. */
export function toCsvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => quoteCsvField(neutraliseFormula(field))).join(',')).join('\r\n') + '\r\n';
}

/**
 * The amount columns, in table order: all but those holding only text (采购物品名称, 计量单位…).
 * A column blank in every row (经营支出 of a small department) is still an amount column.
 */
export function amountColumns(table: StandardTable): string[] {
  const amounts = new Set(table.rows.flatMap((row) => Object.keys(row.cells)));
  const texts = new Set(table.rows.flatMap((row) => Object.keys(row.texts ?? {})));
  return table.columns.filter((column) => amounts.has(column) || !texts.has(column));
}

/**
 * 序号, 科目编码, 科目名称, 收支 (two-sided summaries only), then every column of the table in its
 * order; amounts exactly as printed, the unit in the amount headers so every value stays plain decimal text (`合计（万元）`).
 */
export function toTableCsv(table: StandardTable): string {
  const amounts = new Set(amountColumns(table));
  const sided = table.rows.some((row) => row.side !== undefined);
  const unit = table.unit ?? '单位未注明';
  const header = [
    '序号',
    '科目编码',
    '科目名称',
    ...(sided ? ['收支'] : []),
    ...table.columns.map((column) => (amounts.has(column) ? `${column}（${unit}）` : column)),
  ];
  const rows = table.rows.map((row) => [
    row.seq ?? '',
    row.code ?? '',
    row.name,
    ...(sided ? [row.side ? TABLE_SIDE_NAMES[row.side] : ''] : []),
    ...table.columns.map((column) => row.cells[column] ?? row.texts?.[column] ?? ''),
  ]);
  return BOM + toCsvLines([header, ...rows]);
}

/** Every table of the report as its own CSV in one zip. */
export function toTablesZip(report: DocumentReport): Uint8Array {
  const files = Object.fromEntries(
    report.tables.map((table, index) => [tableCsvName(report, index), strToU8(toTableCsv(table))]),
  );
  return zipSync(files, { level: 6 });
}
