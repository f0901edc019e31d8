// Identities along each row of the 科目 tables, read from the column headers (support/column-sums):
// 收入总表 合计 = 本年收入小计 + 上年结转 and 小计 = Σ income sources; 支出总表 合计 = 基本 + 项目 +
// 经营 + 上缴上级 + 对附属单位补助 (+ 单位预留机动经费, 结转下年资金 in Jiangsu); 一般公共预算支出表
// 合计 = 基本 + 项目 and 基本支出 = 人员经费 + 公用经费 where split; 基本支出表 合计 = 人员 + 公用;
// 财政拨款收支总表 合计 = Σ fund columns. Jiangsu prints the 收入总表 as a list (`其他资金/事业收入`):
// there each group's 小计 = Σ its items and 收入总计 = Σ the 小计.

import type { StandardTable, TableKind } from '../model/disclosure';
import { normalName, STANDARD_KINDS } from '../model/table-vocabulary';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { checkColumnSums } from './support/column-sums';
import type { TableRef } from './support/locate';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'row-identities',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '表内各列关系', en: 'Row identities across columns' },
  severity: 'error',
  messages: AMOUNT_MESSAGES,
};

/** The 科目 tables and the 财政拨款收支总表; the 收支总表 and 三公 table have rules of their own. */
const KINDS: readonly TableKind[] = STANDARD_KINDS.filter(
  (kind) => kind !== 'income-expenditure-summary' && kind !== 'three-public-expenditure',
);

const GROUP_TOTAL = /^(小计|合计)$/;
const LIST_TOTAL = /^(收入总计|总计|合计)$/;

/** Jiangsu's 收入总表 printed as a list of `group/item` rows. */
function checkList(tally: Tally, ref: TableRef): boolean {
  const table: StandardTable = ref.table;
  const grouped = table.rows.map((row) => normalName(row.name).split('/'));
  const subtotals = grouped.flatMap((levels, index) =>
    levels.length === 2 && GROUP_TOTAL.test(levels[1]!) ? [index] : [],
  );
  if (subtotals.length === 0) return false;
  const grand = grouped.findIndex((levels) => levels.length === 1 && LIST_TOTAL.test(levels[0]!));
  for (const column of table.columns) {
    for (const subtotal of subtotals) {
      const group = grouped[subtotal]![0];
      const items = grouped.flatMap((levels, index) =>
        index !== subtotal && levels.length === 2 && levels[0] === group && !levels[1]!.startsWith('其中')
          ? [index]
          : [],
      );
      if (items.length > 0) tally.sumOfRows(ref, column, subtotal, items, `${group}各项之和`);
    }
    if (grand >= 0) tally.sumOfRows(ref, column, grand, subtotals, '各类资金小计之和');
  }
  return true;
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let applicable = false;
  disclosure.tables.forEach((table, index) => {
    if (!KINDS.includes(table.kind) || table.empty) return;
    const ref = { index, table };
    const byColumns = checkColumnSums(tally, ref);
    const byList = table.kind === 'income-summary' && checkList(tally, ref);
    applicable ||= byColumns || byList;
  });
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
