// The two halves of a 收支总表 or 财政拨款收支总表 read by meaning: which rows are the items, the
// 本年 total, the carry-over rows and the 总计, whatever each province calls them
// (本年收入合计 / 当年收入小计; 收入总计 / 收入合计 / 总计; 上年结转结余 / 上年结转资金 / 年初结转和结余…).

import type { StandardTable, TableSide } from '../disclosure';
import { normalName, ORDINAL, startsWithListMarker, SUB_ITEM_MARKER } from './row-names';

const CURRENT_TOTAL = /^(本年|当年)(收入|支出)(合计|小计)$/;
const GRAND_TOTAL = [/^(收入|支出)?总计$/, /^(收入|支出)合计$/];
const CARRY = /结转|结余/;
/** 支出用途 rows (Jiangsu prints them beside the 功能分类 类): 一、基本支出, 二、项目支出… */
const USAGE =
  /^(基本支出|项目支出|单位预留机动经费|经营支出|事业单位经营支出|上缴上级支出|上解上级支出|对附属单位补助支出)$/;

const withoutOrdinal = (name: string) => normalName(name).replace(ORDINAL, '').replace(SUB_ITEM_MARKER, '');

/** One amount of a side: a fund column (合计, 一般公共预算…), or several printed columns read as one. */
export interface SideColumn {
  label: string;
  columns: string[];
}

export interface SummaryItem {
  row: number;
  subItems: number[];
}

export interface CarryRow {
  row: number;
  /** Ordinal rows breaking the carry-over down by fund (年初财政拨款结转和结余 → 一、一般公共预算…). */
  breakdown: number[];
}

export interface SummarySide {
  side: TableSide;
  columns: SideColumn[];
  /** The 本年收入合计 / 本年支出合计 row, when printed. */
  current: number | null;
  /** The 收入总计 / 支出总计 row, when printed. */
  grand: number | null;
  /** Rows before the 本年 total: income sources, or 类 and 支出用途 rows. */
  items: SummaryItem[];
  /** Rows between the 本年 total and the 总计 (上年结转结余, 年终结转结余…). */
  carry: CarryRow[];
}

/** What each half of a 收支总表 is called: the word its column headers and the CSV's 收支 column use. */
export const TABLE_SIDE_NAMES: Readonly<Record<TableSide, string>> = { income: '收入', expenditure: '支出' };

function sideColumns(table: StandardTable, side: TableSide): SideColumn[] {
  const word = TABLE_SIDE_NAMES[side];
  let paths = [...new Set(table.columns.filter((column) => column.split('/')[0]?.includes(word)))];
  if (paths.length === 0) {
    paths = [
      ...new Set(
        table.columns.filter((column) =>
          table.rows.some((row) => row.side === side && row.cells[column] !== undefined),
        ),
      ),
    ];
  }
  const byLeaf = new Map<string, string[]>();
  for (const path of paths) {
    const leaf = path.split('/').at(-1) ?? path;
    byLeaf.set(leaf, [...(byLeaf.get(leaf) ?? []), path]);
  }
  return [...byLeaf].map(([label, columns]) => ({ label, columns }));
}

export function readSide(table: StandardTable, side: TableSide): SummarySide {
  const rows = table.rows.flatMap((row, index) => (row.side === side ? [{ index, name: normalName(row.name) }] : []));
  let current = rows.find(({ name }) => CURRENT_TOTAL.test(name))?.index ?? null;
  const grandCandidates = rows.filter(
    ({ index, name }) => GRAND_TOTAL.some((pattern) => pattern.test(name)) && index !== current,
  );
  const grand = grandCandidates.at(-1)?.index ?? null;
  // 收入合计 above 收入总计: the first is the 本年 total.
  if (current === null && grandCandidates.length > 1) current = grandCandidates[0]!.index;

  const items: SummaryItem[] = [];
  const carry: CarryRow[] = [];
  const boundary = current ?? grand;
  // Rows are taken in printed order, so comparing row indexes compares their places on the side.
  for (const { index, name } of rows) {
    if (index === current || index === grand) continue;
    const beforeTotal = boundary === null || index < boundary;
    const afterCurrent = current !== null && index > current && (grand === null || index < grand);
    if (beforeTotal && !(current === null && CARRY.test(name))) {
      const last = items.at(-1);
      if (SUB_ITEM_MARKER.test(name) && last) last.subItems.push(index);
      else items.push({ row: index, subItems: [] });
    } else if (afterCurrent || (current === null && beforeTotal)) {
      const last = carry.at(-1);
      if (startsWithListMarker(name) && last) last.breakdown.push(index);
      else carry.push({ row: index, breakdown: [] });
    }
  }
  return { side, columns: sideColumns(table, side), current, grand, items, carry };
}

/** True for a 支出用途 item (基本支出, 项目支出…) rather than a 功能分类 类. */
export function isUsageRow(table: StandardTable, row: number): boolean {
  const printed = table.rows[row];
  return !!printed && !printed.code && USAGE.test(withoutOrdinal(printed.name));
}

/** The printed column a side column is read from in a row: the first holding an amount, else its first. */
export function sideColumnPath(table: StandardTable, row: number, column: SideColumn): string | null {
  return column.columns.find((path) => table.rows[row]?.cells[path] !== undefined) ?? column.columns[0] ?? null;
}

/** The amount a side column prints in a row (undefined when blank). */
export function sideAmount(table: StandardTable, row: number, column: SideColumn): string | undefined {
  const path = sideColumnPath(table, row, column);
  return path === null ? undefined : table.rows[row]?.cells[path];
}

/** The side column holding the side's total (合计 among fund columns, else the only one). */
export function primaryColumn(side: SummarySide): SideColumn | null {
  return side.columns.find((column) => column.label === '合计') ?? side.columns[0] ?? null;
}
