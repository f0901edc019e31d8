// Income by source (财政拨款、事业收入、上年结转…) as bars, from the 收入总表, else from the income
// side of the 收支总表. Only the sources with an amount are drawn.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { convertAmount, Decimal, formatShare } from '../model/amount';
import type { StandardTable, TableRow, Unit } from '../model/disclosure';
import type { DocumentReport } from '../model/report';
import { findTable, ORDINAL, printedTotalRow, tableUnit, totalColumn } from '../model/table-vocabulary';
import { formatAmountTooltip } from './treemap';

export interface IncomeSource {
  name: string;
  amount: Decimal;
}

/** Sums and subsets: drawing them beside their parts would count money twice. */
const NOT_A_SOURCE = /合计|总计|小计|^其中|其中：/;

function lastSegment(path: string): string {
  return path.split('/').pop()!;
}

/** 收入总表 with sources as columns (合计 row: 财政拨款收入, 事业收入, …, 上年结转). */
function readColumns(table: StandardTable, from: Unit, unit: Unit): IncomeSource[] {
  const row = printedTotalRow(table) ?? table.rows.find((r) => r.code === null && /合计|总计/.test(r.name));
  if (!row) return [];
  const total = totalColumn(table);
  return table.columns
    .filter((column) => column !== total && !NOT_A_SOURCE.test(lastSegment(column)) && row.cells[column] !== undefined)
    .map((column) => ({ name: lastSegment(column), amount: convertAmount(row.cells[column]!, from, unit) }));
}

/**
 * 收入总表 with sources as rows (Jiangsu: `一般公共预算资金/小计`, `一般公共预算资金/专项收入`, …):
 * a group's parts when it has any with an amount, else its 小计.
 */
function readRows(table: StandardTable, column: string, from: Unit, unit: Unit): IncomeSource[] {
  const groups = new Map<string, { subtotal?: TableRow; parts: TableRow[] }>();
  for (const row of table.rows) {
    if (row.cells[column] === undefined || /^(合计|总计|收入合计|收入总计)$/.test(row.name.replace(/\s/g, '')))
      continue;
    const slash = row.name.lastIndexOf('/');
    const group = slash < 0 ? row.name : row.name.slice(0, slash);
    const leaf = row.name.slice(slash + 1);
    const entry = groups.get(group) ?? { parts: [] };
    if (leaf === '小计' || slash < 0) entry.subtotal = row;
    else if (!NOT_A_SOURCE.test(leaf)) entry.parts.push(row);
    groups.set(group, entry);
  }
  return [...groups].flatMap(([group, { subtotal, parts }]) => {
    const rows = parts.length > 0 ? parts : subtotal ? [subtotal] : [];
    return rows.map((row) => ({
      name: row === subtotal ? group : lastSegment(row.name),
      amount: convertAmount(row.cells[column]!, from, unit),
    }));
  });
}

/** The income half of a 收支总表: its numbered heads (一、…) and 上年结转, not their 1./2. parts. */
function readSummary(table: StandardTable, from: Unit, unit: Unit): IncomeSource[] {
  const column = table.columns.find((c) => c.startsWith('收入'));
  if (column === undefined) return [];
  return table.rows
    .filter((r) => r.side === 'income' && r.cells[column] !== undefined)
    .filter((r) => ORDINAL.test(r.name.trim()) || /^上年结转/.test(r.name.trim()))
    .map((r) => ({
      name: r.name.trim().replace(ORDINAL, ''),
      amount: convertAmount(r.cells[column]!, from, unit),
    }));
}

/** The sources with a positive amount, in the order printed; null when no table gives any. */
export function readIncomeSources(report: DocumentReport, unit: Unit): IncomeSource[] | null {
  const readers: Array<() => IncomeSource[]> = [
    () => {
      const table = findTable(report, ['income-summary']);
      if (!table) return [];
      const from = tableUnit(report, table);
      return table.columns.length > 1 ? readColumns(table, from, unit) : readRows(table, table.columns[0]!, from, unit);
    },
    () => {
      const table = findTable(report, ['income-expenditure-summary']);
      return table ? readSummary(table, tableUnit(report, table), unit) : [];
    },
  ];
  for (const read of readers) {
    const sources = read().filter((s) => s.amount.gt(0));
    if (sources.length > 0) return sources;
  }
  return null;
}

export function toIncomeSourcesOption(report: DocumentReport, unit: '元' | '万元'): EChartsOption | null {
  const sources = readIncomeSources(report, unit);
  if (!sources) return null;
  const total = sources.reduce((sum, s) => sum.plus(s.amount), new Decimal(0));
  const series: BarSeriesOption = {
    type: 'bar',
    name: '收入',
    data: sources.map((s) => ({
      name: s.name,
      value: s.amount.toNumber(),
      amount: s.amount.toString(),
      unit,
      share: formatShare(s.amount, total),
      shareOf: '收入合计',
    })) as BarSeriesOption['data'],
    label: { show: true, position: 'right', formatter: (params) => (params.data as { amount: string }).amount },
    barMaxWidth: 28,
  };
  return {
    title: { text: `收入来源（${unit}）`, left: 'center', textStyle: { fontSize: 15 } },
    tooltip: {
      trigger: 'item',
      formatter: (params) => formatAmountTooltip(params as { name?: string; data?: unknown }),
    },
    grid: { left: 8, right: 72, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: unit, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: sources.map((s) => s.name) },
    series: [series],
  };
}
