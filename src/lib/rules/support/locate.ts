// Finding tables, rows and cells in a disclosure, and naming them as finding locations.

import type { Disclosure, StandardTable, TableKind, TableRow } from '../../model/disclosure';
import type { CellLocation } from '../../model/finding';

export interface TableRef {
  index: number;
  table: StandardTable;
}

/** Tables by kind, per list of tables: the rules look kinds up dozens of times a document. */
const refsByKind = new WeakMap<readonly StandardTable[], Map<TableKind, TableRef[]>>();
const NO_TABLES: readonly TableRef[] = [];

/** The tables of a kind, in printed order (shared: read them, do not change them). */
export function tablesOf(disclosure: Disclosure, kind: TableKind): readonly TableRef[] {
  let byKind = refsByKind.get(disclosure.tables);
  if (byKind === undefined) {
    byKind = new Map();
    for (const [index, table] of disclosure.tables.entries()) {
      const refs = byKind.get(table.kind);
      if (refs) refs.push({ index, table });
      else byKind.set(table.kind, [{ index, table }]);
    }
    refsByKind.set(disclosure.tables, byKind);
  }
  return byKind.get(kind) ?? NO_TABLES;
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
