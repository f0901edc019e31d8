// 科目 tables add up their hierarchy in every amount column: 类 = Σ its 款, 款 = Σ its 项, and the
// 合计 row = Σ the top rows (类, or whatever rows have no parent in the table).
//
// Exactness (see support/tally.ts): printed figures must add exactly. A gap no larger than the
// parts' rounding could open (the 0.01 of a 决算 printed in 万元 from 元 data) is still a finding,
// a warning that says so; no tolerance is applied, because the printed parts can be made to add.
// A code printed a digit short (3012 for 30102) is reported, and its row still counts under its 类.
// A 决算 基本支出表 printed as two halves has 人员经费合计 = 301 + 303 and 公用经费合计 = the other 类.

import type { TableKind } from '../model/disclosure';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { codedRows, repairedCode, type CodedRow } from './support/codes';
import { tableName } from './support/describe';
import { cellAt, type TableRef } from './support/locate';
import { normalName, totalRowIndex } from '../model/table-vocabulary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'hierarchy-sums',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '科目层级合计', en: 'Classification hierarchy sums' },
  severity: 'error',
  messages: {
    ...AMOUNT_MESSAGES,
    codeShort:
      '{table} 科目编码 {code}（{name}）只有 {length} 位，{level}编码应为 {expectedLength} 位，疑为 {repaired}',
  },
};

/** Tables whose codes are not a 科目 hierarchy of one table (two-sided summaries) or carry no codes. */
const SKIPPED: TableKind[] = [
  'income-expenditure-summary',
  'fiscal-grant-summary',
  'project-performance',
  'procurement',
  'assets',
];

const LEVEL_NAMES: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

/** 经济分类 类 of 人员经费: 工资福利支出, 对个人和家庭的补助. */
const PERSONNEL_CLASSES = ['301', '303'];

/** Where coded rows stand in their table: what a sum of cells reads. */
const rowsOf = (coded: CodedRow[]) => coded.map((row) => row.index);

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let applicable = false;
  disclosure.tables.forEach((table, index) => {
    if (SKIPPED.includes(table.kind) || table.empty) return;
    const rows = codedRows(table);
    if (rows.length === 0) return;
    applicable = true;
    const ref: TableRef = { index, table };

    for (const row of rows.filter((candidate) => candidate.malformed)) {
      const level = LEVEL_NAMES[row.code.length + 1] ?? '下一级';
      const data = {
        table: tableName(table),
        code: row.code,
        name: row.row.name,
        length: row.code.length,
        level,
        expectedLength: row.code.length + 1,
        repaired: repairedCode(row.code),
      };
      tally.note(cellAt(ref, row.index, null), 'codeShort', data, 'malformed', 'warning');
    }

    // 决算 基本支出表 printed as two halves close with 人员经费合计 (301, 303) and 公用经费合计 (the rest).
    const personnelTotal = table.rows.findIndex((row) => !row.code && normalName(row.name) === '人员经费合计');
    const publicUseTotal = table.rows.findIndex((row) => !row.code && normalName(row.name) === '公用经费合计');
    const personnel = (row: { code: string }) => PERSONNEL_CLASSES.includes(row.code);
    const tops = rows.filter((row) => row.parent === null);
    const halves: Array<[number, number[], string]> = [
      [personnelTotal, rowsOf(tops.filter(personnel)), '人员经费各类（301、303）之和'],
      [publicUseTotal, rowsOf(tops.filter((row) => !personnel(row))), '公用经费各类之和'],
    ];
    for (const column of table.columns) {
      for (const [index, parts, what] of halves) {
        if (index >= 0) tally.sumOfRows(ref, column, index, parts, what);
      }
    }

    const totalIndex = totalRowIndex(table);
    const topRows = rowsOf(tops);
    const topsWhat = `各${LEVEL_NAMES[tops[0]?.code.length ?? 3] ?? '类'}之和`;
    // Grouped once: searching every row for each parent's children made a long table quadratic
    // (12,000 rows took most of a minute).
    const childrenOf = new Map<string, number[]>();
    for (const row of rows) {
      if (row.parent === null) continue;
      const siblings = childrenOf.get(row.parent);
      if (siblings) siblings.push(row.index);
      else childrenOf.set(row.parent, [row.index]);
    }
    // Each parent with its children's rows and the words of its sum, once for all the columns.
    const families = rows.flatMap((parent) => {
      const children = childrenOf.get(parent.code);
      if (!children) return [];
      return [{ parent, children, what: `所属各${LEVEL_NAMES[parent.code.length + 2] ?? '下级科目'}之和` }];
    });
    for (const column of table.columns) {
      if (totalIndex >= 0) tally.sumOfRows(ref, column, totalIndex, topRows, topsWhat);
      for (const { parent, children, what } of families) tally.sumOfRows(ref, column, parent.index, children, what);
    }
  });
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
