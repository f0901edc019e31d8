// A report's header in figures: who and which year, 收入/支出合计, 基本 vs 项目, 三公, findings by
// severity and a completeness score, every amount exact (decimal text) in the report's own unit.
// Only a disclosure owes the standard tables: a government report or another file has no score.

import { convertAmount, Decimal, formatShare } from '../model/amount';
import type { DisclosureKind, DisclosureScope, StandardTable, TableRow, TableSide, Unit } from '../model/disclosure';
import type { Severity } from '../model/finding';
import type { DocumentReport } from '../model/report';
import { openFindings } from '../model/review';
import {
  columnEnding,
  findTable,
  isUsageRow,
  normalName,
  primaryColumn,
  printedTotalRow,
  readSide,
  sideAmount,
  tableUnit,
  totalColumn,
} from '../model/table-vocabulary';
import { readThreePublicTable } from '../tables/three-public';
import { scoreCompleteness, type Completeness } from './completeness';

/** An amount in the summary's unit, with the table it was read from. */
export interface SummaryAmount {
  /** Exact decimal text in `ReportSummary.unit`. */
  amount: string;
  /** Title of the table it was read from. */
  source: string;
}

export interface SharedAmount extends SummaryAmount {
  /** Share of 支出合计, e.g. `59.35%`. */
  share: string;
}

export interface ThreePublicSummary {
  /** Sum of the three parts. */
  total: string;
  abroad: string | null;
  vehicle: string | null;
  reception: string | null;
  source: string;
}

export interface ReportSummary {
  orgName: string | null;
  orgCode: string | null;
  year: number | null;
  kind: DisclosureKind | null;
  scope: DisclosureScope | null;
  /** Every amount below is in this unit: the one the report's tables are printed in. */
  unit: Unit;
  income: SummaryAmount | null;
  expenditure: SummaryAmount | null;
  basic: SharedAmount | null;
  project: SharedAmount | null;
  threePublic: ThreePublicSummary | null;
  /** Open findings by severity: those a reviewer marked 不是问题 are not counted. */
  findings: Record<Severity, number>;
  /** Findings a reviewer marked 不是问题. */
  dismissed: number;
  /** Null when the document is not a department's or unit's disclosure. */
  completeness: Completeness | null;
}

/** The unit most of the report's tables are printed in (万元 when none says). */
export function reportUnit(report: DocumentReport): Unit {
  const yuan = report.tables.filter((t) => t.unit === '元').length;
  const wan = report.tables.filter((t) => t.unit === '万元').length;
  return yuan > wan ? '元' : '万元';
}

/** The 本年 total of one side of the 收支总表 (本年收入合计 / 当年支出小计), else its 总计. */
function summarySideTotal(report: DocumentReport, side: TableSide, unit: Unit): SummaryAmount | null {
  const table = report.tables.find((t) => t.kind === 'income-expenditure-summary' && !t.empty);
  if (!table) return null;
  const read = readSide(table, side);
  const column = primaryColumn(read);
  for (const row of [read.current, read.grand]) {
    if (row === null || column === null) continue;
    const printed = sideAmount(table, row, column);
    if (printed !== undefined) {
      return {
        amount: printedAmount(convertAmount(printed, tableUnit(report, table), unit)),
        source: table.title,
      };
    }
  }
  return null;
}

/** The row of totals of a 科目 table: 合计 / 总计, or (Jiangsu 支出总表) its only, uncoded row. */
function totalsRow(table: StandardTable): TableRow | null {
  const only = table.rows.length === 1 && table.rows[0]!.code === null ? table.rows[0]! : null;
  return printedTotalRow(table) ?? only;
}

/** The 合计 of the 收入总表 / 支出总表 when the 收支总表 gave nothing. */
function tableTotal(report: DocumentReport, kind: StandardTable['kind'], unit: Unit): SummaryAmount | null {
  const table = findTable(report, [kind]);
  const row = table && totalsRow(table);
  const column = table && totalColumn(table);
  const printed = row && column ? row.cells[column] : undefined;
  if (!table || printed === undefined) return null;
  return { amount: printedAmount(convertAmount(printed, tableUnit(report, table), unit)), source: table.title };
}

/** Exact decimal text with at least the two places amounts are printed with (`180` → `180.00`). */
export function printedAmount(value: Decimal): string {
  return value.decimalPlaces() < 2 ? value.toFixed(2) : value.toString();
}

function share(part: Decimal, whole: Decimal | null): string {
  return whole === null ? '—' : formatShare(part, whole);
}

/** 基本支出 and 项目支出 from the 支出总表's 合计 row, else from the 收支总表's 支出用途 rows. */
function readSplit(
  report: DocumentReport,
  unit: Unit,
  expenditure: SummaryAmount | null,
): [SharedAmount | null, SharedAmount | null] {
  const whole = expenditure === null ? null : new Decimal(expenditure.amount);
  const table = findTable(report, ['expenditure-summary']);
  const row = table && totalsRow(table);
  if (table && row) {
    const parts = ['基本支出', '项目支出'].map((name): SharedAmount | null => {
      const column = columnEnding(table, name);
      if (column === null) return null;
      const amount = convertAmount(row.cells[column] ?? '0', tableUnit(report, table), unit);
      return { amount: printedAmount(amount), source: table.title, share: share(amount, whole) };
    });
    if (parts.some((p) => p !== null)) return [parts[0]!, parts[1]!];
  }
  const summary = report.tables.find((t) => t.kind === 'income-expenditure-summary' && !t.empty);
  if (!summary) return [null, null];
  const read = readSide(summary, 'expenditure');
  const column = primaryColumn(read);
  const usage = (name: string): SharedAmount | null => {
    const item = read.items.find(
      (i) => isUsageRow(summary, i.row) && normalName(summary.rows[i.row]!.name).endsWith(name),
    );
    if (!item || column === null) return null;
    const printed = sideAmount(summary, item.row, column);
    const amount = convertAmount(printed ?? '0', tableUnit(report, summary), unit);
    return { amount: printedAmount(amount), source: summary.title, share: share(amount, whole) };
  };
  return [usage('基本支出'), usage('项目支出')];
}

/** The three parts of the 三公 table (its own table only: figures of the text are other years'). */
export function readThreePublic(report: DocumentReport, unit: Unit): ThreePublicSummary | null {
  const table = findTable(report, ['three-public-expenditure']);
  if (!table) return null;
  const values = readThreePublicTable(report, table, unit);
  if (Object.keys(values).length === 0) return null;
  const { abroad, vehicle, reception } = values;
  const total = [abroad, vehicle, reception].reduce((sum: Decimal, part) => sum.plus(part ?? 0), new Decimal(0));
  const text = (part: Decimal | undefined) => (part === undefined ? null : printedAmount(part));
  return {
    total: printedAmount(total),
    abroad: text(abroad),
    vehicle: text(vehicle),
    reception: text(reception),
    source: table.title,
  };
}

/** Open findings by severity: a finding a reviewer marked 不是问题 no longer counts against the document. */
export function countFindings(report: DocumentReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { finding } of openFindings(report)) counts[finding.severity]++;
  return counts;
}

export function summarizeReport(report: DocumentReport): ReportSummary {
  const unit = reportUnit(report);
  const income = summarySideTotal(report, 'income', unit) ?? tableTotal(report, 'income-summary', unit);
  const expenditure = summarySideTotal(report, 'expenditure', unit) ?? tableTotal(report, 'expenditure-summary', unit);
  const [basic, project] = readSplit(report, unit, expenditure);
  return {
    ...report.meta,
    unit,
    income,
    expenditure,
    basic,
    project,
    threePublic: readThreePublic(report, unit),
    findings: countFindings(report),
    dismissed: report.findings.length - openFindings(report).length,
    // Unknown only for an unreadable file; scored like a disclosure, as the rules judged it.
    completeness: (report.meta.documentType ?? 'disclosure') === 'disclosure' ? scoreCompleteness(report) : null,
  };
}
