// Mutating one amount of an extracted disclosure, for rule tests: a clone with one cell changed.

import type { Disclosure, TableKind, TableRow } from '../../src/lib/model/disclosure';

export interface RowKey {
  side?: TableRow['side'];
  code?: string;
  name?: string | RegExp;
}

export type RowMatcher = RowKey | ((row: TableRow, index: number) => boolean);

function matches(matcher: RowMatcher, row: TableRow, index: number): boolean {
  if (typeof matcher === 'function') return matcher(row, index);
  const nameMatches =
    matcher.name === undefined ||
    (typeof matcher.name === 'string' ? row.name === matcher.name : matcher.name.test(row.name));
  return (
    nameMatches &&
    (matcher.side === undefined || row.side === matcher.side) &&
    (matcher.code === undefined || row.code === matcher.code)
  );
}

/**
 * A clone of `disclosure` where the one row matching `rowMatcher` in the first non-empty table of
 * `kind` prints `newValue` in `column` (undefined blanks the cell). Throws unless exactly one row matches.
 */
export function withAmount(
  disclosure: Disclosure,
  kind: TableKind,
  rowMatcher: RowMatcher,
  column: string,
  newValue: string | undefined,
): Disclosure {
  const clone = structuredClone(disclosure);
  const table = clone.tables.find((candidate) => candidate.kind === kind && !candidate.empty);
  if (!table) throw new Error(`no ${kind} table`);
  if (!table.columns.includes(column))
    throw new Error(`no column ${column} in ${table.title}: ${table.columns.join(' | ')}`);
  const rows = table.rows.filter((row, index) => matches(rowMatcher, row, index));
  if (rows.length !== 1) throw new Error(`${rows.length} rows match in ${table.title}`);
  if (newValue === undefined) delete rows[0]!.cells[column];
  else rows[0]!.cells[column] = newValue;
  return clone;
}

/** Index of the one row matching in the first non-empty table of `kind` (for expected locations). */
export function rowIndexOf(
  disclosure: Disclosure,
  kind: TableKind,
  rowMatcher: RowMatcher,
): { table: number; row: number } {
  const table = disclosure.tables.findIndex((candidate) => candidate.kind === kind && !candidate.empty);
  const rows = disclosure.tables[table]?.rows ?? [];
  const indexes = rows.flatMap((row, index) => (matches(rowMatcher, row, index) ? [index] : []));
  if (indexes.length !== 1) throw new Error(`${indexes.length} rows match in ${kind}`);
  return { table, row: indexes[0]! };
}
