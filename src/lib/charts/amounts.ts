// Shared helpers for the chart builders: exact unit conversion, table lookup, tree building.

import { Decimal, fromYuan, inYuan } from '../model/amount';
import type { StandardTable, TableKind, TableRow, Unit } from '../model/disclosure';
import type { DocumentReport } from '../model/report';

/** A node of a 科目 tree: the drawn value is a number, the exact amount stays decimal text. */
export interface AmountNode {
  name: string;
  code: string;
  /** For drawing only; computed from `amount`. */
  value: number;
  /** Exact decimal text in the chosen unit (`6371.23` 万元 → `63712300` 元). */
  amount: string;
  unit: Unit;
  /** Share of the table total, exact to two places, e.g. `96.97%`. */
  share: string;
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

/** The 合计 column of a table: `合计` itself, else the first path ending in `/合计`. */
export function totalColumn(table: StandardTable): string | null {
  if (table.columns.includes('合计')) return '合计';
  return table.columns.find((c) => c.endsWith('/合计')) ?? null;
}

/** The column whose last path segment is `name` (e.g. `基本支出`). */
export function columnEndingWith(table: StandardTable, name: string): string | null {
  return table.columns.find((c) => c === name || c.endsWith(`/${name}`)) ?? null;
}

/** The row of totals: uncoded and named 合计 / 总计. */
export function totalRow(table: StandardTable): TableRow | null {
  return table.rows.find((r) => r.code === null && /^(合计|总计)$/.test(r.name.replace(/\s/g, ''))) ?? null;
}

export function formatShare(part: Decimal, whole: Decimal): string {
  if (whole.isZero()) return '—';
  return `${part.div(whole).times(100).toFixed(2)}%`;
}

/**
 * 科目 rows nested by code prefix (3 → 5 → 7 digits), each from the 合计 column, in `unit`.
 * Rows without a code or with a blank / non-positive 合计 are left out (a treemap cannot draw them).
 */
export function buildCodeTree(report: DocumentReport, table: StandardTable, unit: Unit): AmountNode[] | null {
  const column = totalColumn(table);
  if (column === null) return null;
  const from = tableUnit(report, table);
  const coded = table.rows.filter((r) => r.code !== null && /^\d+$/.test(r.code) && r.cells[column] !== undefined);
  const amounts = new Map<TableRow, Decimal>();
  for (const row of coded) amounts.set(row, convertAmount(row.cells[column]!, from, unit));
  const printedTotal = totalRow(table)?.cells[column];
  const topLength = Math.min(...coded.map((r) => r.code!.length));
  const total =
    printedTotal !== undefined
      ? convertAmount(printedTotal, from, unit)
      : coded.filter((r) => r.code!.length === topLength).reduce((sum, r) => sum.plus(amounts.get(r)!), new Decimal(0));

  const roots: AmountNode[] = [];
  const stack: AmountNode[] = [];
  for (const row of coded) {
    const amount = amounts.get(row)!;
    if (amount.lte(0)) continue;
    const node: AmountNode = {
      name: `${row.code} ${row.name}`,
      code: row.code!,
      value: amount.toNumber(),
      amount: amount.toString(),
      unit,
      share: formatShare(amount, total),
    };
    while (stack.length > 0 && !node.code.startsWith(stack[stack.length - 1]!.code)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && parent.code !== node.code) (parent.children ??= []).push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots.length > 0 ? roots : null;
}
