// 科目 codes of a table: which rows carry a valid 功能分类/经济分类 code (3/5/7 digits), how they
// nest (a child's code starts with its parent's and is two digits longer), and codes printed a
// digit short (`301|2` read as 3012 for 30102), which still nest under their 类.

import type { StandardTable, TableRow } from '../../model/disclosure';

export const VALID_CODE = /^\d{3}(\d{2}){0,2}$/;

export interface CodedRow {
  index: number;
  row: TableRow;
  code: string;
  /** The code of the row it nests under when that row is in the table, else null. */
  parent: string | null;
  /** True when the code is one digit short of its level (4 or 6 digits) and nests under the row before it. */
  malformed: boolean;
}

/** Coded rows by table: hierarchy-sums and code-nesting both read them, and tables do not change. */
const codedRowsByTable = new WeakMap<StandardTable, readonly CodedRow[]>();

/**
 * The coded rows of a table (not the side rows of a 收支总表, whose 类 codes are derived from names).
 * A 4- or 6-digit code counts as a malformed child of the 3- or 5-digit row its first digits name,
 * but only right after a sibling or that parent, so numbers glued together by extraction do not.
 */
export function codedRows(table: StandardTable): readonly CodedRow[] {
  let rows = codedRowsByTable.get(table);
  if (rows === undefined) {
    rows = readCodedRows(table);
    codedRowsByTable.set(table, rows);
  }
  return rows;
}

function readCodedRows(table: StandardTable): CodedRow[] {
  const present = new Set<string>();
  for (const row of table.rows) if (row.code && !row.side && VALID_CODE.test(row.code)) present.add(row.code);
  const rows: CodedRow[] = [];
  let previous: string | null = null;
  table.rows.forEach((row, index) => {
    const code = row.code;
    if (!code || row.side) return;
    if (VALID_CODE.test(code)) {
      rows.push({ index, row, code, parent: ancestorIn(code, present), malformed: false });
      previous = code;
      return;
    }
    if (code.length === 4 || code.length === 6) {
      const parent = code.slice(0, code.length - 1);
      if (present.has(parent) && previous !== null && previous.startsWith(parent)) {
        rows.push({ index, row, code, parent, malformed: true });
        previous = code;
      }
    }
  });
  return rows;
}

/** The nearest ancestor code (2 or 4 digits shorter) present in the table. */
function ancestorIn(code: string, present: Set<string>): string | null {
  for (let length = code.length - 2; length >= 3; length -= 2) {
    const candidate = code.slice(0, length);
    if (present.has(candidate)) return candidate;
  }
  return null;
}

/** The code a malformed code probably stands for: a 0 put back before its last digit (3012 → 30102). */
export function repairedCode(code: string): string {
  return `${code.slice(0, -1)}0${code.slice(-1)}`;
}
