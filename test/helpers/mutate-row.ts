// Changing what a row prints besides its amounts (its 科目编码, name or 序号), for the layout rules' tests.

import type { Disclosure, TableKind, TableRow } from '../../src/lib/model/disclosure';
import { rowIndexOf, type RowMatcher } from './mutate';

/** A clone of `disclosure` where the one matching row of the first non-empty `kind` table prints `change`. */
export function withRow(
  disclosure: Disclosure,
  kind: TableKind,
  rowMatcher: RowMatcher,
  change: Partial<Pick<TableRow, 'code' | 'name' | 'seq'>>,
): Disclosure {
  const { table, row } = rowIndexOf(disclosure, kind, rowMatcher);
  const clone = structuredClone(disclosure);
  Object.assign(clone.tables[table]!.rows[row]!, change);
  return clone;
}
