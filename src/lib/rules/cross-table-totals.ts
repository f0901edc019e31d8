// The standard tables agree with each other: 收支总表 本年收入合计 (收入总计) = 收入总表 合计; 本年支出合计
// = 支出总表 合计; each 类 of the 收支总表 = that 类 of the 支出总表 (and Jiangsu's 基本支出, 项目支出…
// rows = the 支出总表 columns of that name); 财政拨款收支总表 一般公共预算 column by 类 and in total =
// 一般公共预算财政拨款支出表, and (预算) its 一般公共预算 income = that table's 合计; 一般公共预算支出表
// 基本支出 (人员经费, 公用经费) = 基本支出表 合计 or, in a 决算, 人员经费合计 + 公用经费合计 (Jiangsu: the 财政拨款收支总表 基本支出 row, when
// no 政府性基金 is granted). Tables may print different units: figures are compared in 元, with the
// rounding of the coarser unit as tolerance, and reported in the unit of the figure pointed at,
// which is the one of the summarising table.

import type { StandardTable } from '../model/disclosure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableName } from './support/describe';
import { tableOf, type TableRef } from './support/locate';
import {
  columnEnding,
  isUsageRow,
  normalName,
  ORDINAL,
  primaryColumn,
  totalRowIndex,
  type SideColumn,
  type SummarySide,
} from '../model/table-vocabulary';
import { namedSideFigure, summarySide } from './support/summary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally, figureAt, labelled, type Figure } from './support/tally';

export const meta: RuleMeta = {
  id: 'cross-table-totals',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '表间数据一致', en: 'Tables agree with each other' },
  severity: 'error',
  messages: AMOUNT_MESSAGES,
};

const CLASS_CODE = /^\d{3}$/;

/** The 合计 row of a 科目 table, or its only row when it prints one unnamed row (Jiangsu 支出总表). */
function totalRow(table: StandardTable): number | null {
  const index = totalRowIndex(table);
  if (index >= 0) return index;
  const listed = table.rows.findIndex((row) => !row.code && /^(收入|支出)?(合计|总计)$/.test(normalName(row.name)));
  if (listed >= 0) return listed;
  return table.rows.length === 1 && !table.rows[0]!.code ? 0 : null;
}

/** The column holding a 科目 table's total: 合计 / 本年支出合计 / X/合计, else its only column. */
function totalColumn(table: StandardTable): string | null {
  return columnEnding(table, '本年支出合计', '合计') ?? (table.columns.length === 1 ? table.columns[0]! : null);
}

/** Rows of a table by 类 code. */
function classRows(table: StandardTable): Map<string, number> {
  const rows = new Map<string, number>();
  table.rows.forEach((row, index) => {
    if (row.code && CLASS_CODE.test(row.code) && !rows.has(row.code)) rows.set(row.code, index);
  });
  return rows;
}

/**
 * How many rounded figures a 科目 row adds up when its table prints it as the sum of its printed
 * 项 (the rows below it whose codes extend its own and that have none below them); 0 for a leaf.
 */
function leafCount(table: StandardTable, row: number): number {
  const code = table.rows[row]!.code;
  if (!code) return 0;
  const below = table.rows.map((r) => r.code).filter((c): c is string => !!c && c !== code && c.startsWith(code));
  return below.filter((c) => !below.some((other) => other !== c && other.startsWith(c))).length;
}

/** The 本年 total of a side: its 本年合计 row, or its 总计 where nothing is carried over. */
function currentRow(side: SummarySide): number | null {
  return side.current ?? (side.carry.length === 0 ? side.grand : null);
}

/** A stand-in for a row a table does not print, pointing at that table's total row. */
function absent(ref: TableRef, row: number, column: string | null, what: string): Figure {
  return labelled({ ...figureAt(ref, row, column), amount: undefined }, `${tableName(ref.table)}（未列${what}）`);
}

/** Each 类 in `summary` (by its side figures) against the same 类 in `detail`. */
function compareClasses(
  tally: Tally,
  summary: TableRef,
  side: SummarySide,
  column: SideColumn,
  detail: TableRef,
  detailColumn: string,
) {
  const label = tableName(summary.table);
  const detailRows = classRows(detail.table);
  if (detailRows.size === 0) return;
  const detailTotal = totalRow(detail.table) ?? 0;
  const summaryRows = new Map<string, number>();
  for (const item of side.items) {
    const code = summary.table.rows[item.row]!.code;
    if (code && CLASS_CODE.test(code)) summaryRows.set(code, item.row);
  }
  for (const code of new Set([...summaryRows.keys(), ...detailRows.keys()])) {
    const summaryRow = summaryRows.get(code);
    const detailRow = detailRows.get(code);
    if (summaryRow !== undefined) {
      const other =
        detailRow !== undefined
          ? figureAt(detail, detailRow, detailColumn)
          : absent(detail, detailTotal, detailColumn, ` ${code} 类`);
      // A 决算 detail table prints a 类 as the sum of its rounded 项, the summary the rounded 类 itself.
      const roundedParts = detailRow !== undefined ? leafCount(detail.table, detailRow) : 0;
      tally.equal(namedSideFigure(summary, summaryRow, column, side, label), other, undefined, { roundedParts });
    } else if (detailRow !== undefined) {
      const first = side.items[0]?.row ?? 0;
      tally.equal(
        figureAt(detail, detailRow, detailColumn),
        labelled(
          { ...figureAt(summary, first, column.columns[0] ?? null), amount: undefined },
          `${label}（未列 ${code} 类）`,
        ),
      );
    }
  }
}

function checkSummary(tally: Tally, summary: TableRef, income: TableRef | null, spending: TableRef | null) {
  const label = tableName(summary.table);
  const incomeSide = summarySide(summary.table, 'income');
  const spendingSide = summarySide(summary.table, 'expenditure');
  const incomeColumn = primaryColumn(incomeSide);
  const spendingColumn = primaryColumn(spendingSide);

  if (income && incomeColumn) {
    const table = income.table;
    const listed = table.rows.some((row) => row.name.includes('/'));
    const carried = table.columns.some((column) => /结转/.test(column));
    const total = totalRow(table);
    const currentColumn =
      table.columns.find((column) => /^(本年收入合计|本年收入\/小计|本年收入\/合计)$/.test(column)) ??
      (carried || listed ? null : totalColumn(table));
    const listedColumn = table.columns.find(
      (column) => column && total !== null && table.rows[total]!.cells[column] !== undefined,
    );
    const grandColumn = listed
      ? (listedColumn ?? table.columns.at(-1) ?? null)
      : carried
        ? columnEnding(table, '合计')
        : null;
    const current = currentRow(incomeSide);
    if (total !== null && currentColumn && current !== null) {
      tally.equal(
        namedSideFigure(summary, current, incomeColumn, incomeSide, label),
        figureAt(income, total, currentColumn),
      );
    }
    if (total !== null && grandColumn && incomeSide.grand !== null) {
      tally.equal(
        namedSideFigure(summary, incomeSide.grand, incomeColumn, incomeSide, label),
        figureAt(income, total, grandColumn),
      );
    }
  }

  if (spending && spendingColumn) {
    const table = spending.table;
    const total = totalRow(table);
    const column = totalColumn(table);
    const current = currentRow(spendingSide);
    if (total !== null && column && current !== null) {
      tally.equal(
        namedSideFigure(summary, current, spendingColumn, spendingSide, label),
        figureAt(spending, total, column),
      );
    }
    if (column) compareClasses(tally, summary, spendingSide, spendingColumn, spending, column);
    // Jiangsu: 一、基本支出, 二、项目支出… rows = the 支出总表 columns of that name.
    for (const item of spendingSide.items) {
      if (total === null || !isUsageRow(summary.table, item.row)) continue;
      const name = normalName(summary.table.rows[item.row]!.name).replace(ORDINAL, '');
      const usageColumn = columnEnding(table, name);
      if (usageColumn)
        tally.equal(
          namedSideFigure(summary, item.row, spendingColumn, spendingSide, label),
          figureAt(spending, total, usageColumn),
        );
    }
  }
}

const GENERAL_BUDGET = /一般公共预算/;

function checkFiscalGrant(
  tally: Tally,
  grant: TableRef,
  general: TableRef | null,
  basic: TableRef | null,
  final: boolean,
) {
  const label = tableName(grant.table);
  const incomeSide = summarySide(grant.table, 'income');
  const spendingSide = summarySide(grant.table, 'expenditure');
  const generalColumn = spendingSide.columns.find((column) => GENERAL_BUDGET.test(column.label)) ?? null;
  const generalTotal = general ? totalRow(general.table) : null;
  const generalTotalColumn = general ? totalColumn(general.table) : null;
  const incomeColumn = primaryColumn(incomeSide);

  if (general && generalTotal !== null && generalTotalColumn) {
    const current = currentRow(spendingSide);
    if (generalColumn) {
      compareClasses(tally, grant, spendingSide, generalColumn, general, generalTotalColumn);
      if (current !== null)
        tally.equal(
          namedSideFigure(grant, current, generalColumn, spendingSide, label),
          figureAt(general, generalTotal, generalTotalColumn),
        );
    }
    // In a 决算 the grant received need not all be spent; in a 预算 it is.
    const item = incomeSide.items.find((candidate) => GENERAL_BUDGET.test(grant.table.rows[candidate.row]!.name));
    if (!final && item && incomeColumn) {
      tally.equal(
        namedSideFigure(grant, item.row, incomeColumn, incomeSide, label),
        figureAt(general, generalTotal, generalTotalColumn),
      );
    }
  }

  // Jiangsu prints 基本支出 as a row of the 财政拨款收支总表: all of it 一般公共预算 when no fund is granted.
  const basicTotal = basic ? totalRow(basic.table) : null;
  const basicColumn = basic ? totalColumn(basic.table) : null;
  const fundGranted = incomeSide.items.some((candidate) => {
    const row = grant.table.rows[candidate.row]!;
    return !GENERAL_BUDGET.test(row.name) && Object.values(row.cells).some((amount) => Number(amount) !== 0);
  });
  const usageColumn = primaryColumn(spendingSide);
  if (basic && basicTotal !== null && basicColumn && usageColumn && !fundGranted) {
    for (const item of spendingSide.items) {
      if (isUsageRow(grant.table, item.row) && /基本支出$/.test(normalName(grant.table.rows[item.row]!.name))) {
        tally.equal(
          namedSideFigure(grant, item.row, usageColumn, spendingSide, label),
          figureAt(basic, basicTotal, basicColumn),
        );
      }
    }
  }
}

/** 一般公共预算支出表 基本支出 (and 人员经费, 公用经费 where split) = 基本支出表 合计. */
function checkBasic(tally: Tally, general: TableRef, basic: TableRef) {
  const generalTotal = totalRow(general.table);
  const basicTotal = totalRow(basic.table);
  const generalBasic = general.table.columns.find((column) => /(^|\/)基本支出(\/(小计|合计))?$/.test(column));
  if (generalTotal === null) return;
  if (basicTotal === null) {
    checkBasicHalves(tally, general, generalTotal, generalBasic, basic);
    return;
  }
  const basicColumn = totalColumn(basic.table);
  if (generalBasic && basicColumn)
    tally.equal(figureAt(general, generalTotal, generalBasic), figureAt(basic, basicTotal, basicColumn));
  for (const part of ['人员经费', '公用经费']) {
    const generalPart = general.table.columns.find((column) => column.endsWith(`基本支出/${part}`));
    const basicPart = columnEnding(basic.table, part);
    if (generalPart && basicPart)
      tally.equal(figureAt(general, generalTotal, generalPart), figureAt(basic, basicTotal, basicPart));
  }
}

/** A 决算 基本支出表 closing with 人员经费合计 and 公用经费合计 instead of 合计 (same unit only). */
function checkBasicHalves(
  tally: Tally,
  general: TableRef,
  generalTotal: number,
  generalBasic: string | undefined,
  basic: TableRef,
) {
  const halves = ['人员经费合计', '公用经费合计'].map((name) =>
    basic.table.rows.findIndex((row) => !row.code && normalName(row.name) === name),
  );
  const column = totalColumn(basic.table);
  if (!generalBasic || !column || halves.some((index) => index < 0) || general.table.unit !== basic.table.unit) return;
  tally.sum(
    figureAt(general, generalTotal, generalBasic),
    halves.map((index) => figureAt(basic, index, column)),
    `${tableName(basic.table)} 人员经费合计、公用经费合计之和`,
  );
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const present = (ref: TableRef | null) => (ref && !ref.table.empty ? ref : null);
  const summary = present(tableOf(disclosure, 'income-expenditure-summary'));
  const income = present(tableOf(disclosure, 'income-summary'));
  const spending = present(tableOf(disclosure, 'expenditure-summary'));
  const grant = present(tableOf(disclosure, 'fiscal-grant-summary'));
  const general = present(tableOf(disclosure, 'general-budget-expenditure'));
  const basic = present(tableOf(disclosure, 'general-budget-basic-expenditure'));

  let applicable = false;
  if (summary && (income || spending)) {
    applicable = true;
    checkSummary(tally, summary, income, spending);
  }
  if (grant && (general || basic)) {
    applicable = true;
    checkFiscalGrant(tally, grant, general, basic, disclosure.meta.kind === '决算');
  }
  if (general && basic) {
    applicable = true;
    checkBasic(tally, general, basic);
  }
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
