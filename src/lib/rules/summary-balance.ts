// 收支总表 and 财政拨款收支总表 balance: 本年收入合计 = 本年支出合计, 收入总计 = 支出总计, and on each
// side 总计 = 本年合计 + the carry-over rows (上年结转结余 / 年终结转结余…), in every fund column.

import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableName } from './support/describe';
import { tablesOf } from './support/locate';
import { primaryColumn, readSide } from '../model/table-vocabulary';
import { namedSideFigure } from './support/summary';
import { AMOUNT_MESSAGES } from './support/messages';
import { createTally } from './support/tally';

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

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = createTally(meta);
  const refs = [
    ...tablesOf(disclosure, 'income-expenditure-summary'),
    ...tablesOf(disclosure, 'fiscal-grant-summary'),
  ].filter((ref) => !ref.table.empty);
  const final = disclosure.meta.kind === '决算';
  for (const ref of refs) {
    const label = tableName(ref.table);
    const income = readSide(ref.table, 'income');
    const spending = readSide(ref.table, 'expenditure');
    const incomeColumn = primaryColumn(income);
    const spendingColumn = primaryColumn(spending);
    if (!incomeColumn || !spendingColumn) continue;

    if (income.current !== null && spending.current !== null) {
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
