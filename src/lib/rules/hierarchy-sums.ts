// 科目 tables add up their hierarchy in every amount column: 类 = Σ its 款, 款 = Σ its 项, and the
// 合计 row = Σ the top rows (类, or whatever rows have no parent in the table).
//
// Exactness (see support/tally.ts): printed figures must add exactly. A gap no larger than the
// parts' rounding could open (the 0.01 of a 决算 printed in 万元 from 元 data) is still a finding,
// a warning that says so; no tolerance is applied, because the printed parts can be made to add.
// A code printed a digit short (3012 for 30102) is reported, and its row still counts under its 类.

import type { TableKind } from '../model/disclosure';
import type { Rule, RuleInput, RuleMeta, RuleOutcome } from './rule';
import { codedRows, repairedCode } from './support/codes';
import { tableName } from './support/describe';
import { cellAt, totalRowIndex, type TableRef } from './support/locate';
import { createTally, figureAt } from './support/tally';

export const meta: RuleMeta = {
  id: 'hierarchy-sums',
  title: { zh: '科目层级合计', en: 'Classification hierarchy sums' },
  severity: 'error',
};

/** Tables whose codes are not a 科目 hierarchy of one table (two-sided summaries) or carry no codes. */
const SKIPPED: TableKind[] = ['income-expenditure-summary', 'fiscal-grant-summary', 'project-performance', 'procurement', 'assets'];

const LEVEL_NAMES: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = createTally(meta);
  let applicable = false;
  disclosure.tables.forEach((table, index) => {
    if (SKIPPED.includes(table.kind) || table.empty) return;
    const rows = codedRows(table);
    if (rows.length === 0) return;
    applicable = true;
    const ref: TableRef = { index, table };

    for (const row of rows.filter((candidate) => candidate.malformed)) {
      const level = LEVEL_NAMES[row.code.length + 1] ?? '下一级';
      tally.note(
        cellAt(ref, row.index, null),
        `${tableName(table)} 科目编码 ${row.code}（${row.row.name}）只有 ${row.code.length} 位，${level}编码应为 ${
          row.code.length + 1
        } 位，疑为 ${repairedCode(row.code)}`,
        'warning',
      );
    }

    const totalIndex = totalRowIndex(table);
    const tops = rows.filter((row) => row.parent === null);
    for (const column of table.columns) {
      if (totalIndex >= 0) {
        const parts = tops.map((row) => figureAt(ref, row.index, column));
        tally.sum(figureAt(ref, totalIndex, column), parts, `各${LEVEL_NAMES[tops[0]?.code.length ?? 3] ?? '类'}之和`);
      }
      for (const parent of rows) {
        const children = rows.filter((row) => row.parent === parent.code && row.index !== parent.index);
        if (children.length === 0) continue;
        const level = LEVEL_NAMES[parent.code.length + 2] ?? '下级科目';
        tally.sum(figureAt(ref, parent.index, column), children.map((row) => figureAt(ref, row.index, column)), `所属各${level}之和`);
      }
    }
  });
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
