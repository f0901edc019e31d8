// 收支总表 and 财政拨款收支总表 balance: 收入总计 = 支出总计, and on each side 总计 = 本年合计 + the
// carry-over rows (上年结转结余 / 年初结转和结余 / 使用非财政拨款结余 / 年末结转和结余 / 结余分配…), in every
// fund column. 本年收入合计 = 本年支出合计 only where the carry-over does not account for the gap: a 决算
// spends last year's balance and leaves one, so its 本年 totals differ by exactly the carry-over change.

import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableName } from './support/describe';
import { tablesOf } from './support/locate';
import Decimal from 'decimal.js';
import { primaryColumn, sideAmount, type SideColumn, type SummarySide } from '../model/table-vocabulary';
import type { StandardTable } from '../model/disclosure';
import { namedSideFigure, summarySide } from './support/summary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'summary-balance',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '收支总表平衡', en: 'Summary tables balance' },
  severity: 'error',
  messages: {
    ...AMOUNT_MESSAGES,
    finalMayDiffer: '；决算中本年收支可以不等，差额应体现在年末结转和结余中',
  },
};

const amountOf = (table: StandardTable, row: number, column: SideColumn) =>
  new Decimal(sideAmount(table, row, column) ?? 0);

/** The side's 本年合计 plus its carry-over rows (a carry row's fund breakdown is part of it, not added). */
function currentWithCarry(table: StandardTable, side: SummarySide, column: SideColumn): Decimal {
  return side.carry.reduce(
    (sum, carry) => sum.plus(amountOf(table, carry.row, column)),
    amountOf(table, side.current!, column),
  );
}

/** The 本年 totals differ by exactly the carry-over printed: 本年收入 + 年初结转 = 本年支出 + 年末结转. */
function balancedThroughCarry(
  table: StandardTable,
  income: SummarySide,
  incomeColumn: SideColumn,
  spending: SummarySide,
  spendingColumn: SideColumn,
): boolean {
  const carried = [
    ...income.carry.map((carry) => amountOf(table, carry.row, incomeColumn)),
    ...spending.carry.map((carry) => amountOf(table, carry.row, spendingColumn)),
  ];
  return (
    carried.some((amount) => !amount.isZero()) &&
    currentWithCarry(table, income, incomeColumn).equals(currentWithCarry(table, spending, spendingColumn))
  );
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const refs = [
    ...tablesOf(disclosure, 'income-expenditure-summary'),
    ...tablesOf(disclosure, 'fiscal-grant-summary'),
  ].filter((ref) => !ref.table.empty);
  const final = disclosure.meta.kind === '决算';
  for (const ref of refs) {
    const label = tableName(ref.table);
    const income = summarySide(ref.table, 'income');
    const spending = summarySide(ref.table, 'expenditure');
    const incomeColumn = primaryColumn(income);
    const spendingColumn = primaryColumn(spending);
    if (!incomeColumn || !spendingColumn) continue;

    // Where both 总计 rows are printed, a 决算's balance is checked through them (总计 = 总计, and each
    // 总计 = 本年合计 + carry-over below), which localises a wrong figure better than the 本年 totals.
    const checkedThroughGrand = final && income.grand !== null && spending.grand !== null;
    if (
      income.current !== null &&
      spending.current !== null &&
      !checkedThroughGrand &&
      !balancedThroughCarry(ref.table, income, incomeColumn, spending, spendingColumn)
    ) {
      tally.equal(
        namedSideFigure(ref, spending.current, spendingColumn, spending, label),
        namedSideFigure(ref, income.current, incomeColumn, income, label),
        ref.table.rows[income.current]!.name,
        final ? { severity: 'warning', remark: 'finalMayDiffer' } : undefined,
      );
    }
    if (income.grand !== null && spending.grand !== null) {
      tally.equal(
        namedSideFigure(ref, spending.grand, spendingColumn, spending, label),
        namedSideFigure(ref, income.grand, incomeColumn, income, label),
        `收入方${ref.table.rows[income.grand]!.name}`,
      );
    }
    for (const side of [income, spending]) {
      if (side.current === null || side.grand === null) continue;
      for (const column of side.columns) {
        const parts = [side.current, ...side.carry.map((carry) => carry.row)].map((row) =>
          namedSideFigure(ref, row, column, side, label),
        );
        const names = parts.map((part) => part.label!.replace(`${label} `, '')).join('、');
        tally.sum(namedSideFigure(ref, side.grand, column, side, label), parts, `${names}之和`);
      }
    }
  }
  return tally.outcome(refs.length > 0);
}

export const rule: Rule = { meta, check };
