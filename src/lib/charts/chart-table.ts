// What a chart shows as a small table (for 「以表格查看」 and screen readers), and the file name
// of its PNG download.

import type { EChartsOption } from 'echarts';
import type { DisclosureMeta } from '../model/disclosure';

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

/** `江苏省高级人民法院-2019-三公经费.png`: characters no file system takes become `_`. */
export function toChartFileName(parts: Array<string | number | null | undefined>): string {
  const name = parts
    .filter((part) => part !== null && part !== undefined && `${part}`.trim() !== '')
    .map((part) => `${part}`.trim().replace(/[\\/:*?"<>|\s]+/g, '_'))
    .join('-');
  return `${name || '图表'}.png`;
}

/** File-name parts for one document's chart: organisation, year, chart. */
export function reportChartName(meta: DisclosureMeta, chart: string): Array<string | number | null> {
  return [meta.orgName, meta.year === null ? null : `${meta.year}年`, meta.kind, chart];
}
