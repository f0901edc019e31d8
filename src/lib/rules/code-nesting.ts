// 科目 codes are 3/5/7 digits (功能分类 类/款/项) or 3/5 (经济分类 类/款, the 基本支出表), and every
// 款 or 项 has its parent (the code two digits shorter) printed above it in the same table.
// A code one digit short that hierarchy-sums already reads as a malformed child (support/codes
// codedRows) is left to that rule; its parent is still taken as printed. Side rows of a 收支总表
// carry codes derived from names and are left out.

import type { StandardTable, TableKind } from '../model/disclosure';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { codedRows } from './support/codes';
import { tableName } from './support/describe';
import { cellAt } from './support/locate';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'code-nesting',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '科目编码位数与层级', en: 'Code length and nesting' },
  severity: 'warning',
  messages: {
    badLength: '{table} 科目编码 {code}（{name}）有 {length} 位，{rule}',
    parentBelow: '{table} {level} {code}（{name}）的上级{parentLevel} {parent} 印在其下方，应在其上方',
    parentMissing: '{table} {level} {code}（{name}）的上级{parentLevel} {parent} 未在表中列出',
  },
};

/** Tables coded by 经济分类 (类/款 only). */
const ECONOMIC: TableKind[] = ['general-budget-basic-expenditure'];

const LEVEL_NAMES: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

function validLengths(table: StandardTable): number[] {
  return ECONOMIC.includes(table.kind) ? [3, 5] : [3, 5, 7];
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let comparisons = 0;
  let applicable = false;
  disclosure.tables.forEach((table, index) => {
    if (table.empty) return;
    const ref = { index, table };
    const malformed = new Set<number>();
    for (const row of codedRows(table)) if (row.malformed) malformed.add(row.index);
    const lengths = validLengths(table);
    const above = new Set<string>();
    // Where each code is printed last: looking through the rest of the table for each row whose
    // parent is not above made a long table quadratic.
    const lastRowOf = new Map<string, number>();
    table.rows.forEach((row, rowIndex) => {
      if (row.code && !row.side) lastRowOf.set(row.code, rowIndex);
    });
    table.rows.forEach((row, rowIndex) => {
      const code = row.code;
      if (!code || row.side) return;
      applicable = true;
      if (malformed.has(rowIndex)) return;
      comparisons += 1;
      if (!/^\d+$/.test(code) || !lengths.includes(code.length)) {
        const kind = ECONOMIC.includes(table.kind) ? '经济分类编码应为 3 位或 5 位' : '功能分类编码应为 3、5 或 7 位';
        const data = { table: tableName(table), code, name: row.name, length: code.length, rule: kind };
        tally.note(cellAt(ref, rowIndex, null), 'badLength', data, 'malformed');
        return;
      }
      above.add(code);
      if (code.length === 3) return;
      comparisons += 1;
      const parent = code.slice(0, -2);
      if (above.has(parent)) return;
      const level = LEVEL_NAMES[code.length] ?? '科目';
      const parentLevel = LEVEL_NAMES[parent.length] ?? '上级科目';
      const below = (lastRowOf.get(parent) ?? -1) > rowIndex;
      const data = { table: tableName(table), level, code, name: row.name, parentLevel, parent };
      if (below) tally.note(cellAt(ref, rowIndex, null), 'parentBelow', data, 'order');
      else tally.note(cellAt(ref, rowIndex, null), 'parentMissing', data, 'missing');
    });
  });
  return { ...tally.outcome(applicable), comparisons };
}

export const rule: Rule = { meta, check };
