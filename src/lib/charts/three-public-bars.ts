// 三公 bars by category per year across every loaded document, plus earlier years' figures the
// explanation text states (marked as from the text). A document's own table wins for its year.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import type { Unit } from '../model/disclosure';
import type { DocumentReport } from '../model/report';
import { collectThreePublic, THREE_PUBLIC_CATEGORIES } from '../tables/three-public';
import type { ChartTable } from './chart-table';

export const FROM_TEXT_NOTE = '来自说明文字';

export interface ThreePublicBarDatum {
  value: number | null;
  /** Exact decimal text in `unit`. */
  amount: string | null;
  unit: Unit;
  year: number;
  category: string;
  fromText: boolean;
  /** File the figure comes from. */
  source: string;
}

function formatTooltip(info: { data?: unknown }): string {
  const d = info.data as ThreePublicBarDatum | undefined;
  if (!d || d.amount === null) return '';
  const note = d.fromText ? `<br/>${FROM_TEXT_NOTE}` : '';
  return `${d.year}年 ${d.category}<br/>${d.amount} ${d.unit}${note}<br/>${d.source}`;
}

export function toThreePublicBarsOption(reports: DocumentReport[], unit: Unit = '万元'): EChartsOption | null {
  const years = collectThreePublic(reports, unit);
  if (years.size === 0) return null;
  const sorted = [...years.keys()].sort((a, b) => a - b);
  const series: BarSeriesOption[] = THREE_PUBLIC_CATEGORIES.map((c) => ({
    type: 'bar',
    name: c.label,
    label: {
      show: true,
      position: 'top',
      fontSize: 11,
      formatter: (params) => (params.data as ThreePublicBarDatum).amount ?? '',
    },
    data: sorted.map((year) => {
      const entry = years.get(year)!;
      const amount = entry.values[c.key];
      const datum: ThreePublicBarDatum = {
        value: amount === undefined ? null : amount.toNumber(),
        amount: amount === undefined ? null : amount.toString(),
        unit,
        year,
        category: c.label,
        fromText: entry.fromText,
        source: entry.source,
      };
      return entry.fromText
        ? {
            ...datum,
            itemStyle: {
              opacity: 0.55,
              decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
            },
          }
        : datum;
    }) as BarSeriesOption['data'],
  }));
  return {
    title: {
      text: `“三公”经费（${unit}）`,
      subtext: years.size > 0 && [...years.values()].some((e) => e.fromText) ? `浅色条：${FROM_TEXT_NOTE}` : undefined,
    },
    tooltip: { trigger: 'item', formatter: (params) => formatTooltip(params as { data?: unknown }) },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: sorted.map((y) => `${y}年`) },
    yAxis: { type: 'value', name: unit, axisLabel: { hideOverlap: true } },
    series,
  };
}

/** The years drawn, oldest first. */
export function threePublicYears(reports: DocumentReport[]): number[] {
  return [...collectThreePublic(reports).keys()].sort((a, b) => a - b);
}

/** The bars as rows: a year, its three amounts (— when not given) and where they come from. */
export function toThreePublicTable(reports: DocumentReport[], unit: Unit = '万元'): ChartTable {
  const years = collectThreePublic(reports, unit);
  return {
    columns: ['年度', ...THREE_PUBLIC_CATEGORIES.map((c) => `${c.label}（${unit}）`), '来源'],
    rows: [...years.keys()]
      .sort((a, b) => a - b)
      .map((year) => {
        const entry = years.get(year)!;
        const source = entry.fromText ? `${entry.source}（${FROM_TEXT_NOTE}）` : entry.source;
        return [`${year}年`, ...THREE_PUBLIC_CATEGORIES.map((c) => entry.values[c.key]?.toString() ?? '—'), source];
      }),
  };
}
