// Identities between the columns of a table, read from its header paths: under any header, a
// 合计/小计 column is the sum of its sibling columns, a sibling group counting by its own 小计 (or
// by its leaves when it has none). `合计 | 本年收入/{小计, 财政拨款收入…} | 上年结转` gives
// 合计 = 本年收入/小计 + 上年结转 and 本年收入/小计 = Σ sources. Columns that repeat a measure
// under every header (…/预算数, …/决算数) are read once per measure. `其中` columns are not parts.

import { columnLabel, sumText } from './describe';
import type { TableRef } from './locate';
import type { Tally } from './tally';

export interface ColumnSum {
  total: string;
  parts: string[];
}

const TOTAL_LABEL = /^(合计|小计|总计|本年(收入|支出)合计)$/;
const MEASURE = /^(预算数|决算数|执行数)$/;
const ASIDE = /^其中/;

interface HeaderNode {
  label: string;
  column: string | null;
  children: HeaderNode[];
}

function insert(root: HeaderNode, levels: string[], column: string) {
  let node = root;
  for (const label of levels) {
    let child = node.children.find((candidate) => candidate.label === label);
    if (!child) {
      child = { label, column: null, children: [] };
      node.children.push(child);
    }
    node = child;
  }
  node.column ??= column;
}

const totalOf = (node: HeaderNode) =>
  node.children.find((child) => child.column !== null && child.children.length === 0 && TOTAL_LABEL.test(child.label));

/** The columns that stand for a node in its parent's sum: its own column, its total, else its leaves. */
function standIns(node: HeaderNode): string[] | null {
  if (node.children.length === 0) return node.column === null ? null : [node.column];
  const total = totalOf(node);
  if (total) return [total.column!];
  const leaves = node.children.filter((child) => !ASIDE.test(child.label)).map(standIns);
  return leaves.some((leaf) => leaf === null) ? null : leaves.flatMap((leaf) => leaf!);
}

function collect(node: HeaderNode, sums: ColumnSum[]) {
  const total = totalOf(node);
  if (total) {
    const parts = node.children.filter((child) => child !== total && !ASIDE.test(child.label)).map(standIns);
    if (parts.length > 0 && parts.every((part) => part !== null))
      sums.push({ total: total.column!, parts: parts.flatMap((part) => part!) });
  }
  for (const child of node.children) collect(child, sums);
}

export function columnSums(columns: string[]): ColumnSum[] {
  const roots = new Map<string, HeaderNode>();
  for (const column of columns) {
    const levels = column.split('/').map((level) => level.replace(/\s/g, ''));
    const measure = levels.length > 1 && MEASURE.test(levels.at(-1)!) ? levels.pop()! : '';
    if (!roots.has(measure)) roots.set(measure, { label: '', column: null, children: [] });
    insert(roots.get(measure)!, levels, column);
  }
  const sums: ColumnSum[] = [];
  for (const root of roots.values()) collect(root, sums);
  return sums;
}

/** Checks every row of a table against its column sums; false when its headers imply none. */
export function checkColumnSums(tally: Tally, ref: TableRef): boolean {
  const sums = columnSums(ref.table.columns).map((sum) => ({ ...sum, what: sumText(sum.parts.map(columnLabel)) }));
  ref.table.rows.forEach((_, row) => {
    for (const { total, parts, what } of sums) tally.sumOfColumns(ref, row, total, parts, what);
  });
  return sums.length > 0;
}
