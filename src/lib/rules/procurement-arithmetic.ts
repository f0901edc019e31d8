// 政府采购 tables: 数量 × 单价 = 金额 on item rows printing all three, and every total the sum of
// what it heads. The levels are read from the names: the 合计/总计 row, 小计 rows, the 采购品目大类
// (一、货物A, 二、工程B…), the Jiangsu project/expense rows (`信息网络建设维护费/信息网络及软件购置更新`)
// and the items. A row heads the rows after it down to the next row of its level or above, and sums
// those of them on the highest level present. Only columns where the heading row prints a figure are
// summed, and never 数量 or 单价; a structure that does not read this way gives no comparison.

import Decimal from 'decimal.js';
import type { StandardTable } from '../model/disclosure';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { printedPlaces, roundingTolerance } from './support/amounts';
import { columnLabel, formatAmount } from './support/describe';
import { tablesOf, type TableRef } from './support/locate';
import { isTotalName, normalName, ORDINAL } from '../model/table-vocabulary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally, figureAt, labelled } from './support/tally';

export const meta: RuleMeta = {
  id: 'procurement-arithmetic',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '政府采购数量单价与合计', en: 'Procurement quantity × price and totals' },
  severity: 'error',
  messages: AMOUNT_MESSAGES,
};

const SUBTOTAL = /小计$/;
const QUANTITY = /^数量$/;
const PRICE = /^单价/;
const LEVEL_WORDS: Record<number, string> = { 1: '各小计', 2: '各品目大类', 3: '各项目', 4: '各采购品目' };

const leaf = (column: string) => normalName(column.split('/').at(-1) ?? column);

/** 0 total, 1 小计, 2 品目大类, 3 project/expense heading, 4 item. */
function levelOf(table: StandardTable, row: number): number {
  const printed = table.rows[row]!;
  const name = normalName(printed.name);
  if (isTotalName(name)) return 0;
  if (SUBTOTAL.test(name)) return 1;
  if (ORDINAL.test(name)) return 2;
  if (name.includes('/') && !Object.keys(printed.texts ?? {}).length) return 3;
  return 4;
}

/** The column of the purchase amount: 金额 … /合计 or /总计, else the one 金额 column. */
function amountColumn(table: StandardTable): string | null {
  const amounts = table.columns.filter((column) => /金额|总计/.test(column));
  return amounts.find((column) => isTotalName(leaf(column))) ?? (amounts.length === 1 ? amounts[0]! : null);
}

function checkItems(ref: TableRef, levels: number[], tally: Tally): number {
  const { table } = ref;
  const quantity = table.columns.find((column) => QUANTITY.test(leaf(column)));
  const price = table.columns.find((column) => PRICE.test(leaf(column)));
  const amount = amountColumn(table);
  if (!quantity || !price || !amount) return 0;
  let withinRounding = 0;
  table.rows.forEach((row, index) => {
    if (levels[index] !== 4) return;
    const [q, p, a] = [row.cells[quantity], row.cells[price], row.cells[amount]];
    if (q === undefined || p === undefined || a === undefined) return;
    const product = new Decimal(q).times(p);
    // 单价 printed rounded: the product may miss the amount by 数量 × half a unit of its last place.
    const rounding = roundingTolerance(Number(q), printedPlaces(p)).abs();
    const gap = product.minus(a).abs();
    if (!gap.isZero() && gap.lessThanOrEqualTo(rounding)) {
      withinRounding += 1;
      return;
    }
    const places = Math.max(printedPlaces(a), printedPlaces(p));
    const expected = labelled(
      { ...figureAt(ref, index, price), amount: formatAmount(product, places) },
      `数量 ${q} × 单价 ${p}`,
    );
    tally.equal(figureAt(ref, index, amount), expected, `数量 ${q} × 单价 ${p}（「${columnLabel(price)}」）`);
  });
  return withinRounding;
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let applicable = false;
  let extra = 0;
  for (const ref of tablesOf(disclosure, 'procurement')) {
    const { table } = ref;
    if (table.empty || table.rows.length === 0) continue;
    applicable = true;
    const levels = table.rows.map((_, index) => levelOf(table, index));
    extra += checkItems(ref, levels, tally);
    const summed = table.columns.filter((column) => !QUANTITY.test(leaf(column)) && !PRICE.test(leaf(column)));
    levels.forEach((level, head) => {
      if (level === 4) return;
      const span: number[] = [];
      for (let index = head + 1; index < levels.length && levels[index]! > level; index += 1) span.push(index);
      if (span.length === 0) return;
      const top = Math.min(...span.map((index) => levels[index]!));
      const parts = span.filter((index) => levels[index] === top);
      for (const column of summed) {
        if (table.rows[head]!.cells[column] === undefined) continue;
        tally.sumOfRows(ref, column, head, parts, `${LEVEL_WORDS[top]}之和`);
      }
    });
  }
  const outcome = tally.outcome(applicable);
  return { ...outcome, comparisons: outcome.comparisons + extra };
}

export const rule: Rule = { meta, check };
