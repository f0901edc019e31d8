// Finding recognised tables and rows in test assertions.

import { expect } from 'vitest';
import type { Disclosure, StandardTable, TableKind, TableRow } from '../../src/lib/model/disclosure';

export function tableOf(disclosure: Pick<Disclosure, 'tables'>, kind: TableKind): StandardTable {
  const matches = disclosure.tables.filter((table) => table.kind === kind);
  expect(matches, `exactly one ${kind} table`).toHaveLength(1);
  return matches[0]!;
}

export interface RowKey {
  side?: TableRow['side'];
  seq?: string;
  code?: string;
  name?: string;
}

export function rowOf(table: StandardTable, key: RowKey): TableRow {
  const matches = table.rows.filter(
    (row) =>
      (key.side === undefined || row.side === key.side) &&
      (key.seq === undefined || row.seq === key.seq) &&
      (key.code === undefined || row.code === key.code) &&
      (key.name === undefined || row.name === key.name),
  );
  expect(matches, `one row matching ${JSON.stringify(key)} in ${table.title}`).toHaveLength(1);
  return matches[0]!;
}

/**
 * A table as every format can print it, to compare two routes: no pages, boxes or block
 * positions, and of its rows only what is printed.
 */
export function printedTable({ kind, title, unit, empty, note, columns, rows }: StandardTable) {
  return {
    kind,
    title,
    unit,
    empty,
    note,
    columns,
    rows: rows.map(({ seq, code, name, side, cells }) => ({ seq, code, name, side, cells })),
  };
}
