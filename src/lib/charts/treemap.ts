// The ECharts treemap option shared by the 功能分类 and 经济分类 charts: drill-down with a breadcrumb.

import type { EChartsOption, TreemapSeriesOption } from 'echarts';
import type { Unit } from '../model/disclosure';
import type { AmountNode } from './amounts';

interface TooltipInfo {
  name?: string;
  data?: unknown;
}

/** Tooltip text for a node: name, exact amount with unit, share of the total. */
export function formatAmountTooltip(info: TooltipInfo): string {
  const data = info.data as Partial<AmountNode> | undefined;
  if (!data || data.amount === undefined) return info.name ?? '';
  return `${data.name ?? info.name ?? ''}<br/>${data.amount} ${data.unit ?? ''}<br/>占合计 ${data.share ?? '—'}`;
}

export function toTreemapOption(title: string, nodes: AmountNode[], unit: Unit): EChartsOption {
  const series: TreemapSeriesOption = {
    type: 'treemap',
    name: title,
    data: nodes as TreemapSeriesOption['data'],
    leafDepth: 1,
    nodeClick: 'zoomToNode',
    roam: false,
    breadcrumb: { show: true },
    label: { show: true, formatter: '{b}' },
    upperLabel: { show: true, height: 24 },
    levels: [
      { itemStyle: { borderWidth: 2, gapWidth: 2 } },
      { itemStyle: { gapWidth: 1 } },
      { itemStyle: { gapWidth: 1 } },
    ],
  };
  return {
    title: { text: `${title}（${unit}）` },
    tooltip: { formatter: (params) => formatAmountTooltip(params as TooltipInfo) },
    series: [series],
  };
}
