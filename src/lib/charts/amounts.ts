// Shared helpers for the chart builders: exact unit conversion, table lookup, tree building.

import { Decimal, fromYuan, inYuan } from '../model/amount';
import type { StandardTable, TableKind, TableRow, Unit } from '../model/disclosure';
import type { DocumentReport } from '../model/report';

/** A node of a 科目 tree: the drawn value is a number, the exact amount stays decimal text. */
export interface AmountNode {
  /** Unique in its chart, so ECharts actions (`treemapRootToNode`) can target the node. */
  id: string;
  name: string;
  code: string;
  /** For drawing only; computed from `amount`. */
  value: number;
  /** Exact decimal text in the chosen unit (`6371.23` 万元 → `63712300` 元). */
  amount: string;
  unit: Unit;
  /** Share of `shareOf`, exact to two places, e.g. `96.97%`. */
  share: string;
  /** What the share is of: `合计`, or the column drawn (`基本支出`). */
  shareOf: string;
  children?: AmountNode[];
}

/** Converts printed decimal text from one unit to another without floats. */
export function convertAmount(printed: string, from: Unit, to: Unit): Decimal {
  // NOTE: decimal.js division is exact here because the divisor is a power of ten.
  return fromYuan(inYuan(printed, from), to);
}

/** The unit a table's amounts are in: its own, else the document's other tables', else 万元. */
export function tableUnit(report: DocumentReport, table: StandardTable): Unit {
  return table.unit ?? report.tables.find((t) => t.unit !== null)?.unit ?? '万元';
}

export function findTable(report: DocumentReport, kinds: TableKind[]): StandardTable | null {
  for (const kind of kinds) {
    const table = report.tables.find((t) => t.kind === kind && !t.empty && t.rows.length > 0);
    if (table) return table;
  }
  return null;
}

/**
 * The 合计 column of a table: `合计` itself, else the first path ending in 合计 (`/合计`,
 * `本年支出合计`), else the only column (Jiangsu prints one `金额` column).
 */
export function totalColumn(table: StandardTable): string | null {
  if (table.columns.includes('合计')) return '合计';
  if (table.columns.length === 1) return table.columns[0]!;
  return table.columns.find((c) => c.endsWith('合计')) ?? null;
}

/** The column whose last path segment is `name` (e.g. `基本支出`). */
export function columnEndingWith(table: StandardTable, name: string): string | null {
  return table.columns.find((c) => c === name || c.endsWith(`/${name}`)) ?? null;
}

/**
 * The row of totals: uncoded and named 合计 / 总计, else a first row with neither code nor name
 * (省法院 2017 prints its 支出总表 as that one 合计 row, its name lost in the PDF).
 */
export function totalRow(table: StandardTable): TableRow | null {
  const named = table.rows.find((r) => r.code === null && /^(合计|总计)$/.test(r.name.replace(/\s/g, '')));
  const first = table.rows[0];
  return named ?? (first && first.code === null && first.name.trim() === '' ? first : null);
}

export function formatShare(part: Decimal, whole: Decimal): string {
  if (whole.isZero()) return '—';
  return `${part.div(whole).times(100).toFixed(2)}%`;
}

export interface CodeTree {
  nodes: AmountNode[];
  /** The printed total of the column (its 合计 row), else the sum of the top-level rows. */
  total: Decimal;
}

/**
 * 科目 rows nested by code prefix (3 → 5 → 7 digits), from one column (the 合计 column by default),
 * in `unit`. Rows without a code or with a blank / non-positive amount are left out (a treemap
 * cannot draw them). Node ids are `idPrefix` + code.
 */
export function buildCodeTree(
  report: DocumentReport,
  table: StandardTable,
  unit: Unit,
  column: string | null = totalColumn(table),
  idPrefix = '',
): CodeTree | null {
  if (column === null) return null;
  const from = tableUnit(report, table);
  const coded = table.rows.filter((r) => r.code !== null && /^\d+$/.test(r.code) && r.cells[column] !== undefined);
  if (coded.length === 0) return null;
  const amounts = new Map<TableRow, Decimal>();
  for (const row of coded) amounts.set(row, convertAmount(row.cells[column]!, from, unit));
  const printedTotal = totalRow(table)?.cells[column];
  const topLength = Math.min(...coded.map((r) => r.code!.length));
  const total =
    printedTotal !== undefined
      ? convertAmount(printedTotal, from, unit)
      : coded.filter((r) => r.code!.length === topLength).reduce((sum, r) => sum.plus(amounts.get(r)!), new Decimal(0));
  const shareOf = column.split('/').pop()!;

  const roots: AmountNode[] = [];
  const stack: AmountNode[] = [];
  for (const row of coded) {
    const amount = amounts.get(row)!;
    if (amount.lte(0)) continue;
    const node: AmountNode = {
      id: `${idPrefix}${row.code}`,
      name: `${row.code} ${row.name}`,
      code: row.code!,
      value: amount.toNumber(),
      amount: amount.toString(),
      unit,
      share: formatShare(amount, total),
      shareOf,
    };
    while (stack.length > 0 && !node.code.startsWith(stack[stack.length - 1]!.code)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && parent.code !== node.code) (parent.children ??= []).push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots.length > 0 ? { nodes: roots, total } : null;
}
