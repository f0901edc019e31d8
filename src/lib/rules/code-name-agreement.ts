// A 科目 code names the same 科目 wherever it is printed: 20101 is 人大事务 in the 支出总表 and in
// every other table. Names are compared without spaces, ordinals or `其中：`, brackets made
// half-width (table-vocabulary bareName). The side rows of a 收支总表 are left out: their 类 codes are
// derived from the names. The name most tables print is taken as the reference.

import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { VALID_CODE } from './support/codes';
import { tableName } from './support/describe';
import { cellAt, type TableRef } from './support/locate';
import { bareName } from '../model/table-vocabulary';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'code-name-agreement',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '科目编码与名称一致', en: 'Code and name agree across tables' },
  severity: 'warning',
  messages: {
    nameDiffers:
      '科目编码 {code} 在{table}中名为“{name}”，在{referenceTable}中名为“{referenceName}”，同一编码名称不一致',
  },
};

interface Occurrence {
  ref: TableRef;
  row: number;
  name: string;
  /** The name as compared (bareName). */
  bare: string;
}

/** The first row of each table printing each valid code. */
function occurrencesByCode(input: RuleInput): Map<string, Occurrence[]> {
  const byCode = new Map<string, Occurrence[]>();
  // Each table prints mostly the same names: each is made bare once.
  const bareNames = new Map<string, string>();
  input.disclosure.tables.forEach((table, index) => {
    if (table.empty) return;
    const ref = { index, table };
    const seen = new Set<string>();
    table.rows.forEach((row, rowIndex) => {
      const code = row.code;
      if (!code || row.side || !VALID_CODE.test(code) || seen.has(code)) return;
      let bare = bareNames.get(row.name);
      if (bare === undefined) {
        bare = bareName(row.name);
        bareNames.set(row.name, bare);
      }
      if (!bare) return;
      seen.add(code);
      const occurrence = { ref, row: rowIndex, name: row.name, bare };
      const occurrences = byCode.get(code);
      if (occurrences) occurrences.push(occurrence);
      else byCode.set(code, [occurrence]);
    });
  });
  return byCode;
}

export function check(input: RuleInput): RuleOutcome {
  let comparisons = 0;
  const tally = new Tally(meta);
  for (const [code, occurrences] of occurrencesByCode(input)) {
    if (occurrences.length < 2) continue;
    comparisons += occurrences.length - 1;
    // Nearly every code is named alike everywhere: nothing to count then.
    const first = occurrences[0]!.bare;
    if (occurrences.every(({ bare }) => bare === first)) continue;
    const counts = new Map<string, number>();
    for (const { bare } of occurrences) counts.set(bare, (counts.get(bare) ?? 0) + 1);
    const most = Math.max(...counts.values());
    const reference = occurrences.find(({ bare }) => counts.get(bare) === most)!;
    for (const occurrence of occurrences) {
      if (occurrence.bare === reference.bare) continue;
      tally.report({
        messageId: 'nameDiffers',
        data: {
          code,
          table: tableName(occurrence.ref.table),
          name: occurrence.name,
          referenceTable: tableName(reference.ref.table),
          referenceName: reference.name,
        },
        type: 'mismatch',
        location: cellAt(occurrence.ref, occurrence.row, null),
        related: [cellAt(reference.ref, reference.row, null)],
      });
    }
  }
  return { ...tally.outcome(comparisons > 0), comparisons };
}

export const rule: Rule = { meta, check };
