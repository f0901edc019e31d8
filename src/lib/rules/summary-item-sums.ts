// 收支总表 and 财政拨款收支总表 items add up to their 本年 totals: Σ income items (一、二、… rows; the
// 1./2. rows under 一、财政拨款 are its breakdown, not counted twice) = 本年收入合计; Σ 类 rows =
// 本年支出合计, and Σ 支出用途 rows (基本支出, 项目支出…, printed beside the 类 in Jiangsu) too;
// an item with a breakdown = Σ its breakdown, and a carry-over row = Σ its breakdown by fund.

import type { StandardTable } from '../model/disclosure';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableName } from './support/describe';
import { tablesOf, type TableRef } from './support/locate';
import { isUsageRow, type SummarySide } from '../model/table-vocabulary';
import { namedSideFigure, sideFigure, summarySide } from './support/summary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'summary-item-sums',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '收支总表分项之和', en: 'Summary table items add up' },
  severity: 'error',
  messages: AMOUNT_MESSAGES,
};

function checkSide(tally: Tally, ref: TableRef, side: SummarySide) {
  const label = tableName(ref.table);
  // Without a 本年 total the items add up to the 总计, but only where nothing is carried over.
  const total = side.current ?? (side.carry.length === 0 ? side.grand : null);
  const parts = total === null ? [] : partsOf(ref.table, side);
  for (const column of side.columns) {
    // Sums read in place; named figures are made only for one that fails.
    const amountOf = (row: number) => sideFigure(ref, row, column).amount;
    const figureOf = (row: number) => namedSideFigure(ref, row, column, side, label);
    const sum = (totalRow: number, rows: number[], what: string) =>
      tally.sumOfCells(totalRow, rows, amountOf, figureOf, what);
    for (const [rows, what] of parts) {
      if (rows.length > 0) sum(total!, rows, what);
    }
    for (const item of side.items) {
      if (item.subItems.length > 0) sum(item.row, item.subItems, '其下各分项之和');
    }
    for (const carry of side.carry) {
      if (carry.breakdown.length > 0) sum(carry.row, carry.breakdown, '其下各分项之和');
    }
  }
}

/** The item lists that must each add up to the 本年 total, with how the sum is named. */
function partsOf(table: StandardTable, side: SummarySide): Array<[number[], string]> {
  const items = side.items.map((item) => item.row);
  if (side.side === 'income') return [[items, '各项收入之和']];
  const usage = items.filter((row) => isUsageRow(table, row));
  const functional = items.filter((row) => !isUsageRow(table, row));
  return [
    [functional, '各类支出之和'],
    [usage, '各支出用途（基本支出、项目支出等）之和'],
  ];
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const refs = [
    ...tablesOf(disclosure, 'income-expenditure-summary'),
    ...tablesOf(disclosure, 'fiscal-grant-summary'),
  ].filter((ref) => !ref.table.empty);
  for (const ref of refs) {
    checkSide(tally, ref, summarySide(ref.table, 'income'));
    checkSide(tally, ref, summarySide(ref.table, 'expenditure'));
  }
  return tally.outcome(refs.length > 0);
}

export const rule: Rule = { meta, check };
