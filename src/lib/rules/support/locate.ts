// Finding tables, rows and cells in a disclosure, and naming them as finding locations.

import type { Disclosure, StandardTable, TableKind, TableRow } from '../../model/disclosure';
import type { CellLocation } from '../../model/finding';

export interface TableRef {
  index: number;
  table: StandardTable;
}

export function tablesOf(disclosure: Disclosure, kind: TableKind): TableRef[] {
  return disclosure.tables.flatMap((table, index) => (table.kind === kind ? [{ index, table }] : []));
}

/** The first table of a kind that has rows (a file may print a kind twice, once empty). */
export function tableOf(disclosure: Disclosure, kind: TableKind): TableRef | null {
  const refs = tablesOf(disclosure, kind);
  return refs.find((ref) => !ref.table.empty) ?? refs[0] ?? null;
}

export function cellAt(ref: TableRef, rowIndex: number, column: string | null): CellLocation {
  const row: TableRow | undefined = ref.table.rows[rowIndex];
  const location: CellLocation = {
    type: 'cell',
    table: ref.index,
    tableKind: ref.table.kind,
    tableTitle: ref.table.title,
    row: rowIndex,
    rowLabel: [row?.code, row?.name].filter(Boolean).join(' ') || `第 ${rowIndex + 1} 行`,
    column,
    page: row?.page ?? ref.table.page,
  };
  if (row?.side) location.side = row.side;
  return location;
}
