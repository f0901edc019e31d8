// A 收支总表 whose spending side is split into 人员经费 / 公用经费 / 项目支出 per 类 (the Shanghai
// 财务收支预算总表): in every row 合计 = 人员 + 公用 + 项目, and the side's 人员/公用 totals are the basic
// spending printed elsewhere — together the 支出总表's 基本支出 (all funds), and each equal to the
// 一般公共预算 基本支出表's when that table covers the same basic spending (else it cannot exceed them).
// An unsplit 收支总表 (万里街道 2024) is not this rule's business.

import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableName } from './support/describe';
import { tableOf, tablesOf, type TableRef } from './support/locate';
import { primaryColumn, totalRowIndex, type SideColumn, type SummarySide } from '../model/table-vocabulary';
import { namedSideFigure, summarySide } from './support/summary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally, figureAt, type Figure } from './support/tally';

export const meta: RuleMeta = {
  id: 'summary-spending-split',
  title: { zh: '收支总表支出按人员、公用、项目拆分', en: 'Summary spending split into staff, running and projects' },
  severity: 'error',
  documentTypes: DISCLOSURES_ONLY,
  messages: { ...AMOUNT_MESSAGES },
};

const PARTS = ['人员经费', '公用经费', '项目支出'] as const;
type Part = (typeof PARTS)[number];

/** The 合计 and the three part columns of the spending side, when it is split. */
function splitColumns(side: SummarySide): { total: SideColumn; parts: Record<Part, SideColumn> } | null {
  const total = primaryColumn(side);
  const found = PARTS.map((label) => side.columns.find((column) => column.label === label));
  if (!total || PARTS.includes(total.label as Part) || found.some((column) => !column)) return null;
  return {
    total,
    parts: Object.fromEntries(PARTS.map((label, index) => [label, found[index]!])) as Record<Part, SideColumn>,
  };
}

/** A figure of another table's 合计 row in the column whose last header is `leaf`. */
function totalFigure(ref: TableRef | null, leaf: string): Figure | null {
  if (!ref || ref.table.empty) return null;
  const row = totalRowIndex(ref.table);
  const column = ref.table.columns.find((path) => path.split('/').at(-1) === leaf);
  return row < 0 || !column ? null : figureAt(ref, row, column);
}

/** The side's 人员/公用/项目 totals against the 支出总表 and the 基本支出表. */
function checkTotals(disclosure: RuleInput['disclosure'], totals: Record<Part, Figure>, tally: Tally): void {
  const spendingSummary = tableOf(disclosure, 'expenditure-summary');
  const basicTable = tableOf(disclosure, 'general-budget-basic-expenditure');
  const sameUnit = (figure: Figure | null): figure is Figure =>
    !!figure && PARTS.every((part) => totals[part].unit === figure.unit);

  const summaryBasic = totalFigure(spendingSummary, '基本支出');
  const summaryStaff = totalFigure(spendingSummary, '人员经费');
  const summaryRunning = totalFigure(spendingSummary, '公用经费');
  if (summaryStaff && summaryRunning) {
    tally.equal(totals.人员经费, summaryStaff);
    tally.equal(totals.公用经费, summaryRunning);
  } else if (sameUnit(summaryBasic)) {
    tally.sum(summaryBasic, [totals.人员经费, totals.公用经费], '收支总表人员经费、公用经费之和');
  }
  const summaryProjects = totalFigure(spendingSummary, '项目支出');
  if (summaryProjects) tally.equal(totals.项目支出, summaryProjects);

  const basicTotal = totalFigure(basicTable, '合计');
  const basicStaff = totalFigure(basicTable, '人员经费');
  const basicRunning = totalFigure(basicTable, '公用经费');
  if (!basicStaff || !basicRunning) return;
  // The 基本支出表 is 一般公共预算 only: equal where it prints the whole basic spending, else at most.
  const sameScope =
    !!basicTotal && !!summaryBasic && basicTotal.amount !== undefined && basicTotal.amount === summaryBasic.amount;
  if (sameScope) {
    tally.equal(totals.人员经费, basicStaff);
    tally.equal(totals.公用经费, basicRunning);
  } else {
    tally.atMost(basicStaff, totals.人员经费);
    tally.atMost(basicRunning, totals.公用经费);
  }
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let applicable = false;
  for (const ref of tablesOf(disclosure, 'income-expenditure-summary')) {
    if (ref.table.empty) continue;
    const side = summarySide(ref.table, 'expenditure');
    const columns = splitColumns(side);
    if (!columns) continue;
    applicable = true;
    const label = tableName(ref.table);
    const figure = (row: number, column: SideColumn) => namedSideFigure(ref, row, column, side, label);
    // The 本年 total, or the 总计 where no 本年 total and no carry-over is printed (万里's layout).
    const totalRow = side.current ?? (side.carry.length === 0 ? side.grand : null);
    const rows = [
      ...side.items.flatMap((item) => [item.row, ...item.subItems]),
      ...(totalRow === null ? [] : [totalRow]),
    ];
    for (const row of rows) {
      tally.sum(
        figure(row, columns.total),
        PARTS.map((part) => figure(row, columns.parts[part])),
        '人员经费、公用经费、项目支出之和',
      );
    }
    if (totalRow !== null) {
      const totals = Object.fromEntries(PARTS.map((part) => [part, figure(totalRow, columns.parts[part])]));
      checkTotals(disclosure, totals as Record<Part, Figure>, tally);
    }
  }
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
