// What a chart shows as a small table (for 「以表格查看」 and screen readers).

import type { EChartsOption } from 'echarts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

interface AmountDatum {
  name: string;
  amount: string;
  unit: string;
  share: string;
}

/** A one-series chart (bars or pie) whose data carry exact amounts: name, amount, share. */
export function toSeriesTable(option: EChartsOption): ChartTable {
  const series = ([] as unknown[]).concat(option.series ?? [])[0] as { data?: AmountDatum[] } | undefined;
  const data = series?.data ?? [];
  const unit = data[0]?.unit ?? '';
  return {
    columns: ['项目', `金额（${unit}）`, '占比'],
    rows: data.map((d) => [d.name, d.amount, d.share]),
  };
}
