// Shared helpers for the chart builders: amount nodes, shares and 科目 trees (tables are read
// through the model's table vocabulary).

import { convertAmount, Decimal, formatShare } from '../model/amount';
import type { StandardTable, TableRow, Unit } from '../model/disclosure';
import type { DocumentReport } from '../model/report';
import { printedTotalRow, tableUnit, totalColumn } from '../model/table-vocabulary';

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
  const printedTotal = printedTotalRow(table)?.cells[column];
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
