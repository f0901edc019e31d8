// Where a table prints its totals and which column to read: the 合计 row, the 合计 column, a
// column by its last header level, and the 预算数/决算数 measure a 决算 table prints side by side.

import type { StandardTable, TableKind, TableRow, Unit } from '../disclosure';
import type { DocumentReport } from '../report';
import { normalName } from './row-names';

/** The name of a closing total row or label: `合计` or `总计` (spaces inside ignored). */
export function isTotalName(name: string): boolean {
  return /^(合计|总计)$/.test(normalName(name));
}

/** The 合计 row of a 科目 table: uncoded and named 合计 / 总计; -1 when none is printed. */
export function totalRowIndex(table: StandardTable): number {
  return table.rows.findIndex((row) => !row.code && isTotalName(row.name));
}

/**
 * The row of totals for reading amounts (charts, summary): the 合计 row, else a first row with
 * neither code nor name (省法院 2017 prints its 支出总表 as that one 合计 row, its name lost in
 * the PDF). Rules read only a named 合计 row (totalRowIndex): they point findings at it.
 */
export function printedTotalRow(table: StandardTable): TableRow | null {
  const named = table.rows[totalRowIndex(table)];
  const first = table.rows[0];
  return named ?? (first && first.code === null && first.name.trim() === '' ? first : null);
}

/**
 * The first column whose path ends with one of `labels`, tried in order: the label itself or its
 * last header level (`基本支出` finds `本年支出/基本支出`, not `其他基本支出`).
 */
export function columnEnding(table: StandardTable, ...labels: string[]): string | null {
  for (const label of labels) {
    const column = table.columns.find((path) => path === label || path.endsWith(`/${label}`));
    if (column) return column;
  }
  return null;
}

/**
 * The 合计 column of a table: `合计` itself, else the only column (Jiangsu prints one `金额`
 * column), else the first path ending in 合计 (`/合计`, `本年支出合计`).
 */
export function totalColumn(table: StandardTable): string | null {
  if (table.columns.includes('合计')) return '合计';
  if (table.columns.length === 1) return table.columns[0]!;
  return table.columns.find((c) => c.endsWith('合计')) ?? null;
}

/** A header level naming the measure a 决算 table prints under every column: 预算数 or 决算数. */
export function isMeasureLevel(level: string): boolean {
  return /^(预算数|决算数)$/.test(level);
}

/** The first table of the first of `kinds` that has rows and is not marked empty. */
export function findTable(report: Pick<DocumentReport, 'tables'>, kinds: TableKind[]): StandardTable | null {
  for (const kind of kinds) {
    const table = report.tables.find((t) => t.kind === kind && !t.empty && t.rows.length > 0);
    if (table) return table;
  }
  return null;
}

/** The unit a table's amounts are in: its own, else the document's other tables', else 万元. */
export function tableUnit(report: Pick<DocumentReport, 'tables'>, table: StandardTable): Unit {
  return table.unit ?? report.tables.find((t) => t.unit !== null)?.unit ?? '万元';
}
