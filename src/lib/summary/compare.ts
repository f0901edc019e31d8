// Side-by-side tables built from several reports: one department across years (with year-on-year
// change) and several departments in one year. Exact decimals throughout, in one chosen unit.

import { convertAmount, Decimal } from '../model/amount';
import type { StandardTable, Unit } from '../model/disclosure';
import { withCorrectedMeta } from '../model/meta-correction';
import type { DocumentReport } from '../model/report';
import { normalName, tableUnit, totalColumn } from '../model/table-vocabulary';
import { SEVERITY_NAMES } from '../model/finding-labels';
import { printedAmount, summarizeReport, type ReportSummary } from './summarize';

/** A report as the comparison page knows it: `id` stays the same while the page is open. */
export interface CompareItem {
  id: number;
  report: DocumentReport;
}

export interface OrgGroup {
  key: string;
  /** The org name as first printed. */
  label: string;
  items: CompareItem[];
}

/** The files as the comparison sees them: each report with the meta its user corrected on its card. */
export function compareItems(files: readonly CompareItem[]): CompareItem[] {
  return files.map(({ id, report }) => ({ id, report: withCorrectedMeta(report) }));
}

/** Files whose year is neither printed nor set: the page asks for it rather than leave them out. */
export function itemsNeedingYear(items: readonly CompareItem[]): CompareItem[] {
  return items.filter((item) => item.report.meta.year === null);
}

/** What one department is called across years: spaces, brackets and a trailing （本级） do not count. */
export function orgKey(report: DocumentReport): string {
  const name = report.meta.orgName
    ?.replace(/\s/g, '')
    .replace(/[（(]本级[)）]$|本级$/, '')
    .replace(/^中共/, '中国共产党');
  return name || report.meta.orgCode || `未识别机构：${report.source.name}`;
}

/** Reports grouped by department; `overrides` (item id → group key) are the user's own choices. */
export function groupByOrg(items: CompareItem[], overrides: ReadonlyMap<number, string> = new Map()): OrgGroup[] {
  const groups = new Map<string, OrgGroup>();
  for (const item of items) {
    const key = overrides.get(item.id) ?? orgKey(item.report);
    const group = groups.get(key) ?? { key, label: item.report.meta.orgName ?? key, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface Change {
  /** Exact difference in the comparison's unit, signed (`+120.50`, `-3.00`). */
  difference: string;
  /** Rate against the earlier figure to two places, or `—` when the earlier one is zero. */
  rate: string;
}

export interface MetricRow {
  label: string;
  /** One per column; null when the report does not print it. */
  values: Array<string | null>;
  /** One per column: change from the column before (null for the first or when either is missing). */
  changes?: Array<Change | null>;
}

export interface CompareColumn {
  label: string;
  year: number | null;
  source: string;
}

export interface Comparison {
  unit: Unit;
  columns: CompareColumn[];
  totals: MetricRow[];
  threePublic: MetricRow[];
  /** Notes about reports left out (a second report for a year already shown, a report without a year). */
  notes: string[];
}

export interface YearComparison extends Comparison {
  /** 功能分类 类 and the largest 款 of each year, by code. */
  subjects: MetricRow[];
}

export interface DepartmentComparison extends Comparison {
  findings: MetricRow[];
  completeness: MetricRow;
}

/** `+` before a rise, so a reader sees the direction without reading colours. */
const sign = (value: Decimal, text: string) => (value.isPositive() && !value.isZero() ? `+${text}` : text);

export function changeBetween(earlier: string | null, later: string | null): Change | null {
  if (earlier === null || later === null) return null;
  const from = new Decimal(earlier);
  const difference = new Decimal(later).minus(from);
  const rate = difference.div(from.isZero() ? 1 : from).times(100);
  return {
    difference: sign(difference, printedAmount(difference)),
    rate: from.isZero() ? '—' : `${sign(rate, rate.toFixed(2))}%`,
  };
}

function withChanges(row: MetricRow): MetricRow {
  return {
    ...row,
    changes: row.values.map((value, index) => (index === 0 ? null : changeBetween(row.values[index - 1]!, value))),
  };
}

/** The unit most reports are printed in. */
function commonUnit(summaries: ReportSummary[]): Unit {
  return summaries.filter((s) => s.unit === '元').length > summaries.length / 2 ? '元' : '万元';
}

function inUnit(amount: string | null | undefined, from: Unit, to: Unit): string | null {
  return amount === null || amount === undefined ? null : printedAmount(convertAmount(amount, from, to));
}

function metricRows(summaries: ReportSummary[], unit: Unit): { totals: MetricRow[]; threePublic: MetricRow[] } {
  const row = (label: string, read: (s: ReportSummary) => string | null | undefined): MetricRow => ({
    label,
    values: summaries.map((s) => inUnit(read(s), s.unit, unit)),
  });
  return {
    totals: [
      row('收入合计', (s) => s.income?.amount),
      row('支出合计', (s) => s.expenditure?.amount),
      row('基本支出', (s) => s.basic?.amount),
      row('项目支出', (s) => s.project?.amount),
      row('“三公”经费', (s) => s.threePublic?.total),
    ],
    threePublic: [
      row('因公出国（境）费', (s) => s.threePublic?.abroad),
      row('公务用车购置及运行维护费', (s) => s.threePublic?.vehicle),
      row('公务接待费', (s) => s.threePublic?.reception),
      row('合计', (s) => s.threePublic?.total),
    ],
  };
}

/** 功能分类 amounts by code (类 and 款), from the 支出总表 or else the 一般公共预算财政拨款支出表. */
export function readSubjects(report: DocumentReport, unit: Unit): Map<string, { name: string; amount: Decimal }> {
  const coded = (t: StandardTable) => !t.empty && t.rows.some((r) => r.code !== null && /^\d{3}(\d{2})?$/.test(r.code));
  const table =
    report.tables.find((t) => t.kind === 'expenditure-summary' && coded(t)) ??
    report.tables.find((t) => t.kind === 'general-budget-expenditure' && coded(t));
  const subjects = new Map<string, { name: string; amount: Decimal }>();
  const column = table ? totalColumn(table) : null;
  if (!table || column === null) return subjects;
  for (const row of table.rows) {
    const printed = row.cells[column];
    if (row.code === null || !/^\d{3}(\d{2})?$/.test(row.code) || printed === undefined || subjects.has(row.code))
      continue;
    subjects.set(row.code, {
      name: normalName(row.name),
      amount: convertAmount(printed, tableUnit(report, table), unit),
    });
  }
  return subjects;
}

/** How many of each year's largest 款 are shown. */
export const TOP_SUBJECTS = 5;

function subjectRows(reports: DocumentReport[], unit: Unit): MetricRow[] {
  const perYear = reports.map((report) => readSubjects(report, unit));
  const shown = new Set<string>();
  for (const subjects of perYear) {
    const items = [...subjects]
      .filter(([code]) => code.length === 5)
      .sort(([, a], [, b]) => b.amount.comparedTo(a.amount));
    for (const [code] of items.slice(0, TOP_SUBJECTS)) {
      shown.add(code);
      shown.add(code.slice(0, 3));
    }
  }
  return [...shown].sort().map((code) => {
    const name = perYear.map((s) => s.get(code)?.name).find((n) => n !== undefined) ?? '';
    return withChanges({
      label: `${code} ${name}`,
      values: perYear.map((s) => {
        const amount = s.get(code)?.amount;
        return amount === undefined ? null : printedAmount(amount);
      }),
    });
  });
}

/** One department across years: a column per year (the first report of a year wins), oldest first. */
export function compareYears(reports: DocumentReport[]): YearComparison {
  const notes: string[] = [];
  const byYear = new Map<number, DocumentReport>();
  for (const report of reports) {
    const year = report.meta.year;
    if (year === null) notes.push(`${report.source.name} 未识别出年度，暂未列入：可在本页“需要补充年度”处填写。`);
    else if (byYear.has(year))
      notes.push(
        `${report.source.name} 与 ${byYear.get(year)!.source.name} 同为 ${year} 年，只列出先打开的 ${byYear.get(year)!.source.name}。`,
      );
    else byYear.set(year, report);
  }
  const chosen = [...byYear].sort(([a], [b]) => a - b).map(([, report]) => report);
  const summaries = chosen.map(summarizeReport);
  const unit = commonUnit(summaries);
  const rows = metricRows(summaries, unit);
  return {
    unit,
    columns: chosen.map((report) => ({
      label: `${report.meta.year}年${report.meta.kind ?? ''}`,
      year: report.meta.year,
      source: report.source.name,
    })),
    totals: rows.totals.map(withChanges),
    threePublic: rows.threePublic.map(withChanges),
    subjects: subjectRows(chosen, unit),
    notes,
  };
}

/** Years for which more than one department is open, latest first. */
export function sharedYears(groups: OrgGroup[]): number[] {
  const counts = new Map<number, number>();
  for (const group of groups) {
    for (const year of new Set(group.items.map((item) => item.report.meta.year))) {
      if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([year]) => year)
    .sort((a, b) => b - a);
}

/** Several departments in one year: a column per department (its first report of that year). */
export function compareDepartments(groups: OrgGroup[], year: number): DepartmentComparison {
  const chosen = groups.flatMap((group) =>
    group.items
      .filter((item) => item.report.meta.year === year)
      .slice(0, 1)
      .map((item) => ({ group, report: item.report })),
  );
  const summaries = chosen.map(({ report }) => summarizeReport(report));
  const unit = commonUnit(summaries);
  const rows = metricRows(summaries, unit);
  const count = (label: string, read: (s: ReportSummary) => number | null): MetricRow => ({
    label,
    values: summaries.map((s) => read(s)?.toString() ?? null),
  });
  return {
    unit,
    columns: chosen.map(({ group, report }) => ({ label: group.label, year, source: report.source.name })),
    totals: rows.totals,
    threePublic: rows.threePublic,
    findings: (['error', 'warning', 'info'] as const).map((severity) =>
      count(SEVERITY_NAMES[severity], (s) => s.findings[severity]),
    ),
    // A government report has no score: it owes no disclosure's tables.
    completeness: count('完整度评分', (s) => s.completeness?.score ?? null),
    notes: [],
  };
}
