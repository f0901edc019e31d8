// Some text renderings print a merged header cell once and drop the cells it covered, so a
// header row has fewer cells than the table is wide. This puts each such cell back over the
// columns it spans, reading the spans off the row below it.

import type { GridCell } from '../../lib/model/document';

/**
 * Splits the row below into the column groups the collapsed row's cells stand over: each blank
 * cell is a group of its own (the cell above spans down into it); a run of labels is one group,
 * cut where a `科目名称` column closes a code/name pair or where the run's first label recurs
 * (the two halves of a 收支总表).
 */
function columnGroups(below: string[]): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) groups.push([start, end]);
    start = -1;
  };
  below.forEach((raw, col) => {
    const label = raw.trim();
    if (!label) {
      close(col - 1);
      groups.push([col, col]);
      return;
    }
    if (start >= 0 && label === below[start]?.trim()) close(col - 1);
    if (start < 0) start = col;
    if (/科目名称$/.test(label)) close(col);
  });
  close(below.length - 1);
  return groups;
}

export function alignCollapsedRows(rows: string[][], width: number): GridCell[][] {
  const grid: GridCell[][] = rows.map((row) => Array.from({ length: width }, (_, col) => ({ text: row[col] ?? '' })));
  rows.forEach((row, r) => {
    const below = rows[r + 1];
    if (row.length >= width || !below || below.length !== width) return;
    const groups = columnGroups(below);
    if (groups.length !== row.length) return;
    groups.forEach(([first, last], i) => {
      const text = row[i] ?? '';
      for (let col = first; col <= last; col++) {
        grid[r]![col] = col === first ? { text } : { text, spanOrigin: { row: r, col: first } };
      }
      if (first === last && text.trim() && !below[first]?.trim()) {
        grid[r + 1]![first] = { text, spanOrigin: { row: r, col: first } };
      }
    });
  });
  return grid;
}
