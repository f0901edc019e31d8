// Naming tables, cells and amounts in the Chinese messages of findings.

import type Decimal from 'decimal.js';
import type { StandardTable, Unit } from '../../model/disclosure';
import { TABLE_KIND_SHORT_NAMES } from '../../model/table-vocabulary';
import { printedPlaces } from './amounts';
import type { TableRef } from './locate';

/** The short name reviewers use for a standard table; the printed title for any other table. */
export function tableName(table: Pick<StandardTable, 'kind' | 'title'>): string {
  return TABLE_KIND_SHORT_NAMES[table.kind] ?? `《${table.title}》`;
}

/**
 * How a cell reads in a message: `支出总表 208 社会保障和就业支出行「基本支出」列`; the column is
 * left out where the table has one amount column, the row where the table has one unnamed row.
 */
export function cellName(ref: TableRef, rowIndex: number, column: string | null): string {
  const row = ref.table.rows[rowIndex];
  const label =
    [row?.code, row?.name].filter(Boolean).join(' ') || (ref.table.rows.length === 1 ? '' : `第 ${rowIndex + 1} 行`);
  const showColumn = column !== null && (ref.table.columns.length > 1 || !label);
  if (!showColumn) return `${tableName(ref.table)} ${label}`;
  return `${tableName(ref.table)} ${label ? `${label}行` : ''}「${columnLabel(column)}」${label ? '列' : ''}`;
}

/** A column path shortened for reading: its last level, with the level above when the last is generic. */
export function columnLabel(column: string): string {
  const levels = column.split('/').filter(Boolean);
  const last = levels.at(-1) ?? column;
  if (levels.length > 1 && /^(合计|小计|金额|预算数|决算数)$/.test(last)) return levels.slice(-2).join('/');
  return last;
}

/** An amount as text with at least `places` decimals (more only when the value needs them). */
export function formatAmount(value: Decimal, places: number): string {
  return value.decimalPlaces() <= places ? value.toFixed(places) : value.toString();
}

/** Most decimals printed among the figures (blank figures ignored). */
export function placesOf(amounts: Array<string | undefined>): number {
  return amounts.reduce((most, amount) => (amount === undefined ? most : Math.max(most, printedPlaces(amount))), 0);
}

export function unitText(unit: Unit | null): string {
  return unit ?? '';
}

/** `A、B、C之和`, or `A、B、C等 7 项之和` for long lists. */
export function sumText(labels: string[]): string {
  if (labels.length <= 4) return `${labels.join('、')}之和`;
  return `${labels.slice(0, 3).join('、')}等 ${labels.length} 项之和`;
}
