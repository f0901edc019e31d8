// How many table cells a route gets right against a reference route of the same seed (the DOCX
// one): standard tables matched by kind, rows by position, cells by column path.

import type { StandardTable, TableRow } from '../../src/lib/model/disclosure';
import { STANDARD_KINDS } from '../../src/lib/model/table-vocabulary/table-kinds';

export interface WrongCell {
  kind: string;
  row: number;
  column: string;
  expected: string | undefined;
  actual: string | undefined;
  /** The route's table and row indexes, to find the cell's confidence and findings. */
  table: number;
}

export interface CellAccuracy {
  cells: number;
  equal: number;
  wrong: WrongCell[];
}

/** Every amount cell either route prints, compared; a blank on one side and a figure on the other is wrong. */
export function compareCells(
  reference: readonly StandardTable[],
  read: readonly StandardTable[],
  kinds: readonly string[] = STANDARD_KINDS,
): CellAccuracy {
  const wrong: WrongCell[] = [];
  let cells = 0;
  for (const kind of kinds) {
    const expectedTable = reference.find((table) => table.kind === kind);
    if (!expectedTable) continue;
    const table = read.findIndex((candidate) => candidate.kind === kind);
    const rows: readonly TableRow[] = read[table]?.rows ?? [];
    expectedTable.rows.forEach((expectedRow, index) => {
      const row = rows[index];
      const columns = new Set([...Object.keys(expectedRow.cells), ...Object.keys(row?.cells ?? {})]);
      for (const column of columns) {
        cells++;
        const [expected, actual] = [expectedRow.cells[column], row?.cells[column]];
        if (expected !== actual) wrong.push({ kind, row: index, column, expected, actual, table });
      }
    });
  }
  return { cells, equal: cells - wrong.length, wrong };
}
