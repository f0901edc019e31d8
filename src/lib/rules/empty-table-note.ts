// A table whose note says it is empty (`本部门2024年无“三公”经费…预算，故本表为空表`) cannot also
// print figures: either the note or the figures are wrong. A note that names another table's
// subject (`无政府采购预算`) is left alone: it was printed under the wrong table, or read so.

import Decimal from 'decimal.js';
import type { StandardTable } from '../model/disclosure';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { cellName, tableName } from './support/describe';
import { cellAt, type TableRef } from './support/locate';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'empty-table-note',
  title: { zh: '空表说明与表中数字', en: 'An “empty table” note on a filled table' },
  severity: 'error',
  documentTypes: EVERY_DOCUMENT,
  messages: {
    filledDespiteNote: '{table}注明“{note}”，但表中列有数字，如 {cell} {amount}',
  },
};

const SAYS_EMPTY = /空表|本表无数据/;
/** Subjects a note may name, to tell whether it is about this table. */
const SUBJECTS = [/三公/, /机关运行/, /政府性?基金/, /国有资本/, /采购/, /资产/, /项目/];

/** The note's sentence that says the table is empty, or null. */
function emptyClaim(table: StandardTable): string | null {
  const sentence = table.note?.split(/[\n。]/).find((part) => SAYS_EMPTY.test(part));
  return sentence ? sentence.replace(/^注[:：]\s*/, '').trim() : null;
}

function aboutThisTable(claim: string, table: StandardTable): boolean {
  const named = SUBJECTS.filter((subject) => subject.test(claim));
  return named.length === 0 || named.some((subject) => subject.test(table.title));
}

/** The first cell printed with a non-zero amount. */
function firstFigure(ref: TableRef): { row: number; column: string; amount: string } | null {
  for (const [row, { cells }] of ref.table.rows.entries()) {
    for (const [column, amount] of Object.entries(cells)) {
      if (!new Decimal(amount).isZero()) return { row, column, amount };
    }
  }
  return null;
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let comparisons = 0;
  for (const [index, table] of disclosure.tables.entries()) {
    const claim = emptyClaim(table);
    if (!claim || !aboutThisTable(claim, table)) continue;
    comparisons += 1;
    const ref = { index, table };
    const figure = firstFigure(ref);
    if (!figure) continue;
    tally.report({
      messageId: 'filledDespiteNote',
      data: {
        table: tableName(table),
        note: claim,
        cell: cellName(ref, figure.row, figure.column),
        amount: `${figure.amount}${table.unit ? ` ${table.unit}` : ''}`,
      },
      type: 'mismatch',
      location: cellAt(ref, figure.row, figure.column),
    });
  }
  return { ...tally.outcome(comparisons > 0), comparisons };
}

export const rule: Rule = { meta, check };
