// The batch overview: one row per file (who, which year, what was found, how complete, how the
// reading went), its sorting and filtering, and the overview and every finding of every file as
// CSV for a spreadsheet. Pure data: the page's table, its XLSX export and the CLI's summary.csv
// are all built from these rows.

import { toCsvLines } from '../export/table-csv';
import { describeLocation, FINDING_TYPE_NAMES, SEVERITY_NAMES } from '../model/finding-labels';
import type { Severity } from '../model/finding';
import { correctedMeta } from '../model/meta-correction';
import type { DocumentReport } from '../model/report';
import { describeReview, reviewsInOrder } from '../model/review';
import { countFindings } from './summarize';
import { scoreCompleteness } from './completeness';

/** Where a file of the batch is: waiting for its turn, being read, read, or not readable. */
export type ReadingStatus = 'queued' | 'reading' | 'done' | 'failed';

export const READING_STATUS_NAMES: Record<ReadingStatus, string> = {
  queued: '排队中',
  reading: '读取中',
  done: '已读完',
  failed: '未能读取',
};

/** A file of the batch as the overview is given it: its report once there is one. */
export interface OverviewInput {
  name: string;
  /** Null while the file waits or is read. */
  report: DocumentReport | null;
  /** From the file's turn to its report, in ms; null when not measured (a restored report). */
  readMs: number | null;
  /** True while the file is being read (its turn has come); a file with no report otherwise waits. */
  reading?: boolean;
}

export interface OverviewRow {
  file: string;
  /** 机构: the name, else the code. */
  org: string | null;
  year: number | null;
  kind: string | null;
  scope: string | null;
  /** Tables recognised. */
  tables: number | null;
  /** Open findings (not marked 不是问题) by severity; null until read. */
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  /** 0–100; null when the file is not a disclosure or not read. */
  completeness: number | null;
  status: ReadingStatus;
  /** Seconds, to one decimal place. */
  seconds: number | null;
  /** Why the file could not be read (Chinese), for a failed one. */
  problem: string | null;
}

export type OverviewKey = Exclude<keyof OverviewRow, 'problem'>;

export const OVERVIEW_COLUMNS: ReadonlyArray<{ key: OverviewKey; label: string }> = [
  { key: 'file', label: '文件' },
  { key: 'org', label: '机构' },
  { key: 'year', label: '年度' },
  { key: 'kind', label: '预算/决算' },
  { key: 'scope', label: '部门/单位' },
  { key: 'tables', label: '表格' },
  { key: 'errors', label: '错误' },
  { key: 'warnings', label: '警告' },
  { key: 'infos', label: '提示' },
  { key: 'completeness', label: '完整性' },
  { key: 'status', label: '读取状态' },
  { key: 'seconds', label: '用时（秒）' },
];

export function overviewRow({ name, report, readMs, reading = false }: OverviewInput): OverviewRow {
  const seconds = readMs === null ? null : Math.round(readMs / 100) / 10;
  const empty = {
    file: name,
    org: null,
    year: null,
    kind: null,
    scope: null,
    tables: null,
    errors: null,
    warnings: null,
    infos: null,
    completeness: null,
  };
  if (!report) return { ...empty, status: reading ? 'reading' : 'queued', seconds: null, problem: null };
  if (report.error) return { ...empty, status: 'failed', seconds, problem: report.error.message };
  // As the user sees it: their correction of 机构/年度/预算或决算/部门或单位 over what was read.
  const meta = correctedMeta(report);
  const counts = countFindings(report);
  return {
    file: name,
    org: meta.orgName ?? meta.orgCode,
    year: meta.year,
    kind: meta.kind,
    scope: meta.scope,
    tables: report.tables.length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    completeness: (meta.documentType ?? 'disclosure') === 'disclosure' ? scoreCompleteness(report).score : null,
    status: 'done',
    seconds,
    problem: null,
  };
}

export type SortDirection = 'ascending' | 'descending';

/**
 * Sorted by one column (numbers as numbers, text in Chinese order); a blank always comes last,
 * whichever the direction, and ties keep their page order.
 */
export function sortOverview<Row extends OverviewRow>(
  rows: readonly Row[],
  key: OverviewKey,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[key];
      const y = b.row[key];
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}

export interface OverviewFilter {
  /** Matched in the file name and 机构, ignoring case. */
  text?: string;
  /** Only files with at least one open error, or that could not be read. */
  onlyProblems?: boolean;
}

export function filterOverview<Row extends OverviewRow>(
  rows: readonly Row[],
  { text = '', onlyProblems = false }: OverviewFilter,
): Row[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!needle || `${row.file}\n${row.org ?? ''}`.toLowerCase().includes(needle)) &&
      (!onlyProblems || (row.errors ?? 0) > 0 || row.status === 'failed'),
  );
}

/** A cell of an exported sheet: numbers stay numbers; a blank is null. */
export type SheetCell = string | number | null;

/** The overview as a sheet: the header row, then a row per file (a failed file's reason beside it). */
export function overviewSheet(rows: readonly OverviewRow[]): SheetCell[][] {
  const header = [...OVERVIEW_COLUMNS.map((column) => column.label), '说明'];
  return [
    header,
    ...rows.map((row) => [
      ...OVERVIEW_COLUMNS.map(({ key }) => (key === 'status' ? READING_STATUS_NAMES[row.status] : row[key])),
      row.problem,
    ]),
  ];
}

/** Every finding of every read file, one row each, with the reviewer's mark where there is one. */
export function findingsSheet(reports: readonly DocumentReport[]): SheetCell[][] {
  const header = [
    '文件',
    '机构',
    '年度',
    '严重程度',
    '类型',
    '规则',
    '说明',
    '位置',
    '页码',
    '应为',
    '实为',
    '差额',
    '单位',
    '复核',
  ];
  const severityOrder: Severity[] = ['error', 'warning', 'info'];
  const rows = reports.flatMap((report) => {
    const reviews = reviewsInOrder(report);
    const meta = correctedMeta(report);
    return report.findings
      .map((finding, index) => ({ finding, review: reviews[index] ?? null }))
      .sort((a, b) => severityOrder.indexOf(a.finding.severity) - severityOrder.indexOf(b.finding.severity))
      .map(({ finding, review }): SheetCell[] => [
        report.source.name,
        meta.orgName ?? meta.orgCode,
        meta.year,
        SEVERITY_NAMES[finding.severity],
        finding.type ? FINDING_TYPE_NAMES[finding.type] : null,
        finding.ruleId,
        finding.message,
        describeLocation(finding.location),
        finding.location.type === 'document' ? null : finding.location.page,
        finding.expected,
        finding.actual,
        finding.difference,
        finding.unit,
        review ? describeReview(review) : null,
      ]);
  });
  return [header, ...rows];
}

/** UTF-8 with a BOM (Excel keeps the Chinese), RFC 4180, CRLF, formulas defused: as every CSV of the app. */
export function toSafeCsv(sheet: readonly (readonly SheetCell[])[]): string {
  return `\uFEFF${toCsvLines(sheet.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))))}`;
}
