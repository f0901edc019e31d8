// The ECharts treemap option shared by the 功能分类 and 经济分类 charts: one level at a time with a
// breadcrumb, and the path to a node so the page can offer 「返回上一级」 beside the canvas.

import type { EChartsOption, LabelLayoutOptionCallbackParams, TreemapSeriesOption } from 'echarts';
import { displayAmount } from '../model/amount';
import type { Unit } from '../model/disclosure';
import type { AmountNode } from './amounts';

interface TooltipInfo {
  name?: string;
  data?: unknown;
}

/** Tooltip text for a node: name, exact amount with unit, share of what it is part of. */
export function formatAmountTooltip(info: TooltipInfo): string {
  const data = info.data as Partial<AmountNode> | undefined;
  if (!data || data.amount === undefined) return info.name ?? '';
  const amount = displayAmount(data.amount, data.unit ?? null);
  return `${data.name ?? info.name ?? ''}<br/>${amount} ${data.unit ?? ''}<br/>占${data.shareOf ?? '合计'} ${data.share ?? '—'}`;
}

/** The smallest tile that shows a label: three characters of it across, one line of it down. */
const LABEL_MIN_WIDTH = 40;
const LABEL_MIN_HEIGHT = 18;

/**
 * A label too big for its tile is hidden (drawn at size 0: ECharts has no option for it). ECharts
 * cuts a label to the tile's width but keeps at least two characters, which then spill over the
 * tile's edge onto its neighbours; the tooltip and the table below the chart keep the full name.
 */
export function fitTreemapLabel({ rect }: Pick<LabelLayoutOptionCallbackParams, 'rect'>): { fontSize?: number } {
  return rect.width < LABEL_MIN_WIDTH || rect.height < LABEL_MIN_HEIGHT ? { fontSize: 0 } : {};
}

/** The nodes from a root down to the node with `id` (empty when no node has it). */
export function findTreemapPath(nodes: AmountNode[], id: string | null): AmountNode[] {
  if (id === null) return [];
  for (const node of nodes) {
    if (node.id === id) return [node];
    const below = findTreemapPath(node.children ?? [], id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

export function toTreemapOption(title: string, nodes: AmountNode[], unit: Unit): EChartsOption {
  const series: TreemapSeriesOption = {
    type: 'treemap',
    name: title,
    data: nodes as TreemapSeriesOption['data'],
    leafDepth: 1,
    nodeClick: 'zoomToNode',
    roam: false,
    top: 48,
    bottom: 36,
    left: 4,
    right: 4,
    breadcrumb: { show: true, bottom: 4 },
    label: {
      show: true,
      // NOTE: 'break' stacks the characters of a narrow block's label into a column; cut it instead.
      overflow: 'truncate',
      formatter: (params) => {
        const data = params.data as Partial<AmountNode> | undefined;
        return data?.amount === undefined ? params.name : `${params.name}\n${displayAmount(data.amount, unit)} ${unit}`;
      },
    },
    labelLayout: fitTreemapLabel,
    upperLabel: { show: true, height: 24 },
    levels: [
      // The level above the drawn one: its name is already in the title and the breadcrumb.
      { itemStyle: { borderWidth: 2, gapWidth: 2 }, upperLabel: { show: false } },
      { itemStyle: { gapWidth: 1 } },
      { itemStyle: { gapWidth: 1 } },
    ],
  };
  return {
    title: { text: `${title}（${unit}）`, left: 'center', textStyle: { fontSize: 15 } },
    tooltip: { formatter: (params) => formatAmountTooltip(params as TooltipInfo) },
    series: [series],
  };
}

/** The nodes a treemap option draws. */
export function readTreemapNodes(option: EChartsOption): AmountNode[] {
  const series = ([] as TreemapSeriesOption[]).concat((option.series ?? []) as TreemapSeriesOption[])[0];
  return (series?.data ?? []) as AmountNode[];
}

/**
 * The id of the node ECharts puts above the top level: it names its virtual root after the series,
 * so `treemapRootToNode` with this id goes back to the whole tree.
 */
export function treemapTopId(option: EChartsOption): string {
  const series = ([] as TreemapSeriesOption[]).concat((option.series ?? []) as TreemapSeriesOption[])[0];
  return `${series?.name ?? ''}`;
}
