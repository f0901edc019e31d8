// 序号 of a table are unique and consecutive: 1, 2, 3… with none printed twice and none skipped.
// A two-sided 收支总表 numbers its printed lines once for both halves: each half counts a number at
// most once, in increasing order, and the two together cover 1…n. Tables whose 序号 column holds
// anything but numbers (a shifted column), or numbers too long to be row numbers, are left out. A
// run of skipped numbers is one finding, so a stray huge 序号 costs one message, not millions.

import type { TableSide } from '../model/disclosure';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableName } from './support/describe';
import { cellAt, type TableRef } from './support/locate';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'seq-order',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '序号连续不重复', en: 'Row numbers unique and consecutive' },
  severity: 'warning',
  messages: {
    repeated: '{where} 序号 {seq} 重复：“{previous}”与“{label}”都编为 {seq}',
    reversed: '{where} 序号 {seq}（{label}）排在序号 {previousSeq} 之后，顺序颠倒',
    skipped: '{table} 序号跳过 {missing}：序号 {next}（{name}）之前没有 {missing}',
  },
};

/** Up to six digits: a table of a million printed lines is not a disclosure's. */
const SEQ = /^\d{1,6}$/;

const SIDE_NAMES: Record<TableSide, string> = { income: '收入方', expenditure: '支出方' };

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let comparisons = 0;
  let applicable = false;
  for (const [index, table] of disclosure.tables.entries()) {
    if (table.empty) continue;
    const numbered = table.rows.flatMap((row, rowIndex) =>
      row.seq === null ? [] : [{ row, rowIndex, seq: row.seq.trim() }],
    );
    if (numbered.length < 2 || numbered.some(({ seq }) => !SEQ.test(seq))) continue;
    applicable = true;
    const ref: TableRef = { index, table };
    const halves = new Map<string, typeof numbered>();
    for (const entry of numbered) {
      const half = halves.get(entry.row.side ?? '');
      if (half) half.push(entry);
      else halves.set(entry.row.side ?? '', [entry]);
    }
    for (const [side, entries] of halves) {
      const where = side ? `${tableName(table)}${SIDE_NAMES[side as TableSide]}` : tableName(table);
      let previous: (typeof numbered)[number] | null = null;
      for (const entry of entries) {
        const value = Number(entry.seq);
        if (previous) {
          comparisons += 1;
          const before = Number(previous.seq);
          // Named and located only when out of order: most rows are not.
          if (value <= before) {
            const label = entry.row.name || `第 ${entry.rowIndex + 1} 行`;
            const at = cellAt(ref, entry.rowIndex, null);
            if (value === before) {
              tally.note(at, 'repeated', { where, seq: entry.seq, previous: previous.row.name, label }, 'duplicate');
            } else {
              tally.note(at, 'reversed', { where, seq: entry.seq, label, previousSeq: previous.seq }, 'order');
            }
          }
        }
        previous = entry;
      }
    }
    // Together the halves (or the one column) cover 1…n without a gap.
    const values = [...new Set(numbered.map(({ seq }) => Number(seq)))].sort((a, b) => a - b);
    comparisons += Math.max(0, values.at(-1)! - 1);
    let covered = 0;
    for (const value of values) {
      if (value > covered + 1) {
        const first = covered + 1;
        const last = value - 1;
        const next = numbered.find(({ seq }) => Number(seq) === value)!;
        const missing = first === last ? first : `${first}–${last}`;
        const data = { table: tableName(table), missing, next: next.seq, name: next.row.name };
        tally.note(cellAt(ref, next.rowIndex, null), 'skipped', data, 'missing');
      }
      covered = Math.max(covered, value);
    }
  }
  return { ...tally.outcome(applicable), comparisons };
}

export const rule: Rule = { meta, check };
