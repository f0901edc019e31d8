// 基本支出 vs 项目支出 pie from the 合计 row of the 支出总表 (or the 一般公共预算财政拨款支出表).

import type { EChartsOption, PieSeriesOption } from 'echarts';
import { convertAmount, Decimal, formatShare } from '../model/amount';
import type { DocumentReport } from '../model/report';
import { columnEnding, findTable, printedTotalRow, tableUnit } from '../model/table-vocabulary';
import { formatAmountTooltip } from './treemap';

export function toBudgetSplitOption(report: DocumentReport, unit: '元' | '万元'): EChartsOption | null {
  const table = findTable(report, ['expenditure-summary', 'general-budget-expenditure']);
  const row = table && printedTotalRow(table);
  if (!table || !row) return null;
  const from = tableUnit(report, table);
  const parts = ['基本支出', '项目支出'].map((name) => {
    const column = columnEnding(table, name);
    const printed = column === null ? undefined : row.cells[column];
    return { name, amount: printed === undefined ? new Decimal(0) : convertAmount(printed, from, unit) };
  });
  const total = parts.reduce((sum, p) => sum.plus(p.amount), new Decimal(0));
  if (total.isZero()) return null;
  const series: PieSeriesOption = {
    type: 'pie',
    name: '基本支出与项目支出',
    radius: ['35%', '65%'],
    data: parts.map((p) => ({
      name: p.name,
      value: p.amount.toNumber(),
      amount: p.amount.toString(),
      unit,
      share: formatShare(p.amount, total),
      // NOTE: not of the 合计: a 支出总表 may have more columns (省法院: 单位预留机动经费).
      shareOf: '基本与项目支出之和',
    })) as PieSeriesOption['data'],
    label: { formatter: '{b}\n{d}%' },
  };
  return {
    title: { text: `基本支出与项目支出（${unit}）` },
    tooltip: {
      trigger: 'item',
      formatter: (params) => formatAmountTooltip(params as { name?: string; data?: unknown }),
    },
    legend: { bottom: 0 },
    series: [series],
  };
}
