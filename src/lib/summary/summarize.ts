// A report's header in figures: who and which year, 收入/支出合计, 基本 vs 项目, 三公, findings by
// severity and a completeness score, every amount exact (decimal text) in the report's own unit.
// Only a disclosure owes the standard tables: a government report or another file has no score.

import { convertAmount, Decimal, formatShare } from '../model/amount';
import type { DisclosureKind, DisclosureScope, StandardTable, TableRow, TableSide, Unit } from '../model/disclosure';
import type { Severity } from '../model/finding';
import type { DocumentReport } from '../model/report';
import { openFindings } from '../model/review';
import {
  CLASS_ORDINAL,
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

/** A part of 支出合计 beside 基本 and 项目 (the Jiangsu courts' 单位预留机动经费), named as printed. */
export interface OtherSpending extends SharedAmount {
  name: string;
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
  /** The rest of 支出合计 beside 基本 and 项目, each as printed: without it the two shares add up to less than 100%. */
  otherSpending: OtherSpending[];
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

interface SpendingSplit {
  basic: SharedAmount | null;
  project: SharedAmount | null;
  others: OtherSpending[];
}

/**
 * 基本支出 and 项目支出 from the 支出总表's 合计 row, else from the 收支总表's 支出用途 rows, and the
 * other parts printed beside them (单位预留机动经费) when those make up the rest of the total.
 */
function readSplit(report: DocumentReport, unit: Unit, expenditure: SummaryAmount | null): SpendingSplit {
  const whole = expenditure === null ? null : new Decimal(expenditure.amount);
  const shared = (amount: Decimal, source: string): SharedAmount => ({
    amount: printedAmount(amount),
    source,
    share: share(amount, whole),
  });
  /** The parts beside 基本 and 项目 that add up exactly to what those two leave of the total. */
  const rest = (basic: SharedAmount | null, project: SharedAmount | null, candidates: OtherSpending[]) => {
    if (whole === null || basic === null || project === null) return [];
    const left = whole.minus(basic.amount).minus(project.amount);
    const others = candidates.filter((part) => !new Decimal(part.amount).isZero());
    const sum = others.reduce((total, part) => total.plus(part.amount), new Decimal(0));
    return !left.isZero() && sum.equals(left) ? others : [];
  };
  const table = findTable(report, ['expenditure-summary']);
  const row = table && totalsRow(table);
  if (table && row) {
    const amountIn = (column: string) => convertAmount(row.cells[column] ?? '0', tableUnit(report, table), unit);
    const named = ['基本支出', '项目支出'].map((name) => columnEnding(table, name));
    const [basic, project] = named.map((column) => (column === null ? null : shared(amountIn(column), table.title)));
    if (basic || project) {
      const total = totalColumn(table);
      const candidates = table.columns
        .filter((column) => column !== total && !named.includes(column) && row.cells[column] !== undefined)
        .map((column) => ({ name: column.split('/').at(-1)!, ...shared(amountIn(column), table.title) }));
      return { basic: basic!, project: project!, others: rest(basic!, project!, candidates) };
    }
  }
  const summary = report.tables.find((t) => t.kind === 'income-expenditure-summary' && !t.empty);
  if (!summary) return { basic: null, project: null, others: [] };
  const read = readSide(summary, 'expenditure');
  const column = primaryColumn(read);
  const usageItems = read.items.filter((i) => isUsageRow(summary, i.row));
  const amountOf = (row: number) =>
    convertAmount(column === null ? '0' : (sideAmount(summary, row, column) ?? '0'), tableUnit(report, summary), unit);
  const usage = (name: string): SharedAmount | null => {
    const item = usageItems.find((i) => normalName(summary.rows[i.row]!.name).endsWith(name));
    return !item || column === null ? null : shared(amountOf(item.row), summary.title);
  };
  const basic = usage('基本支出');
  const project = usage('项目支出');
  const candidates = usageItems
    .filter((i) => !/(基本|项目)支出$/.test(normalName(summary.rows[i.row]!.name)))
    .map((i) => ({
      name: normalName(summary.rows[i.row]!.name).replace(CLASS_ORDINAL, ''),
      ...shared(amountOf(i.row), summary.title),
    }));
  return { basic, project, others: column === null ? [] : rest(basic, project, candidates) };
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
  const { basic, project, others } = readSplit(report, unit, expenditure);
  return {
    ...report.meta,
    unit,
    income,
    expenditure,
    basic,
    project,
    otherSpending: others,
    threePublic: readThreePublic(report, unit),
    findings: countFindings(report),
    dismissed: report.findings.length - openFindings(report).length,
    // Unknown only for an unreadable file; scored like a disclosure, as the rules judged it.
    completeness: (report.meta.documentType ?? 'disclosure') === 'disclosure' ? scoreCompleteness(report) : null,
  };
}
