// 三公 bars by category per year across every loaded document, plus earlier years' figures the
// explanation text states (marked as from the text). A document's own table wins for its year.

import type { BarSeriesOption, EChartsOption } from 'echarts';
import { Decimal } from '../model/amount';
import type { StandardTable, Unit } from '../model/disclosure';
import type { DocumentReport } from '../model/report';
import type { FigureSubject, NarrativeFigure } from '../model/narrative-figure';
import { convertAmount, tableUnit, totalColumn } from './amounts';
import type { ChartTable } from './chart-table';

export type ThreePublicCategory = 'abroad' | 'vehicle' | 'reception';

export const THREE_PUBLIC_CATEGORIES: ReadonlyArray<{ key: ThreePublicCategory; label: string; pattern: RegExp }> = [
  { key: 'abroad', label: '因公出国（境）费', pattern: /因公出国/ },
  { key: 'vehicle', label: '公务用车购置及运行费', pattern: /公务用车购置及运(行)?维/ },
  { key: 'reception', label: '公务接待费', pattern: /公务接待/ },
];

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

type YearValues = Partial<Record<ThreePublicCategory, Decimal>>;

/** The three parts from a 三公 table: rows named after them, or (Jiangsu) one row with them as columns. */
function readTable(report: DocumentReport, table: StandardTable, unit: Unit): YearValues {
  const from = tableUnit(report, table);
  const values: YearValues = {};
  const byRow = table.rows.some((r) => THREE_PUBLIC_CATEGORIES.some((c) => c.pattern.test(r.name)));
  if (byRow) {
    const column = totalColumn(table);
    if (column === null) return values;
    for (const c of THREE_PUBLIC_CATEGORIES) {
      const row = table.rows.find((r) => c.pattern.test(r.name) && !/^其中|^其他|教学科研/.test(r.name.trim()));
      if (!row) continue;
      const printed = row.cells[column];
      // NOTE: a printed row with a blank 合计 is a zero, not a missing figure.
      values[c.key] = printed === undefined ? new Decimal(0) : convertAmount(printed, from, unit);
    }
    return values;
  }
  const row = table.rows.find((r) => Object.keys(r.cells).length > 0);
  if (!row) return values;
  for (const c of THREE_PUBLIC_CATEGORIES) {
    const column =
      c.key === 'vehicle'
        ? (table.columns.find((col) => c.pattern.test(col) && col.endsWith('/小计')) ??
          table.columns.find((col) => c.pattern.test(col) && !/购置费$|运行维护费$/.test(col)))
        : table.columns.find((col) => c.pattern.test(col));
    if (column === undefined) continue;
    const printed = row.cells[column];
    values[c.key] = printed === undefined ? new Decimal(0) : convertAmount(printed, from, unit);
  }
  return values;
}

const FIGURE_SUBJECTS: Record<ThreePublicCategory, FigureSubject> = {
  abroad: 'three-public-abroad',
  vehicle: 'three-public-vehicle',
  reception: 'three-public-reception',
};

/** Values the text states, per year, for the three parts (公务用车 from its two parts when not stated). */
function readFigures(figures: NarrativeFigure[], unit: Unit): Map<number, YearValues> {
  const usable = figures.filter(
    (f) => f.relation === 'value' && f.basis === undefined && f.unit !== '%' && f.year !== null,
  );
  const years = new Map<number, YearValues>();
  const first = (year: number, subject: FigureSubject) => usable.find((f) => f.year === year && f.subject === subject);
  for (const year of new Set(usable.map((f) => f.year!))) {
    const values: YearValues = {};
    for (const c of THREE_PUBLIC_CATEGORIES) {
      const figure = first(year, FIGURE_SUBJECTS[c.key]);
      if (figure) values[c.key] = convertAmount(figure.amount, figure.unit as Unit, unit);
    }
    if (values.vehicle === undefined) {
      const parts = [
        first(year, 'three-public-vehicle-purchase'),
        first(year, 'three-public-vehicle-operation'),
      ].filter((f): f is NarrativeFigure => f !== undefined);
      if (parts.length > 0) {
        values.vehicle = parts.reduce(
          (sum, f) => sum.plus(convertAmount(f.amount, f.unit as Unit, unit)),
          new Decimal(0),
        );
      }
    }
    if (Object.keys(values).length > 0) years.set(year, values);
  }
  return years;
}

interface YearEntry {
  values: YearValues;
  fromText: boolean;
  source: string;
}

/** Per year, the values drawn: tables first (first document wins), then the text for years no table has. */
export function collectThreePublic(reports: DocumentReport[], unit: Unit = '万元'): Map<number, YearEntry> {
  const years = new Map<number, YearEntry>();
  for (const report of reports) {
    const table = report.tables.find((t) => t.kind === 'three-public-expenditure' && !t.empty && t.rows.length > 0);
    const year = report.meta.year;
    if (!table || year === null || years.has(year)) continue;
    const values = readTable(report, table, unit);
    if (Object.keys(values).length > 0) years.set(year, { values, fromText: false, source: report.source.name });
  }
  for (const report of reports) {
    for (const [year, values] of readFigures(report.figures, unit)) {
      if (!years.has(year)) years.set(year, { values, fromText: true, source: report.source.name });
    }
  }
  return years;
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
