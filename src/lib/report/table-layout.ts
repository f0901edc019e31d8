// Pure layout helpers for TableView: multi-level column headers and the halves of a 收支总表.

import type { StandardTable, TableRow } from '../model/disclosure';
import { TABLE_SIDE_NAMES } from '../model/table-vocabulary';

export interface HeaderCell {
  label: string;
  colspan: number;
  rowspan: number;
}

function segmentsOf(path: string): string[] {
  return path.split('/').map((segment) => segment.trim());
}

/**
 * Header rows for column paths: `本年收入/小计` and `本年收入/财政拨款收入` share one
 * `本年收入` cell above `小计` and `财政拨款收入`; a one-level path spans every header row.
 */
export function headerRows(columns: readonly string[]): HeaderCell[][] {
  const paths = columns.map(segmentsOf);
  const depth = Math.max(1, ...paths.map((segments) => segments.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    for (let i = 0; i < paths.length; i++) {
      const segments = paths[i] ?? [];
      const label = segments[level];
      if (label === undefined) continue;
      if (level === segments.length - 1) {
        row.push({ label, colspan: 1, rowspan: depth - level });
        continue;
      }
      // A group cell covers the following columns with the same path up to this level.
      const prefix = segments.slice(0, level + 1).join('/');
      let colspan = 1;
      while (i + colspan < paths.length) {
        const next = paths[i + colspan] ?? [];
        if (next.length <= level + 1 || next.slice(0, level + 1).join('/') !== prefix) break;
        colspan++;
      }
      row.push({ label, colspan, rowspan: 1 });
      i += colspan - 1;
    }
    rows.push(row);
  }
  return rows;
}

/** The table's columns plus any text-only columns its rows have, in order of first appearance. */
export function displayColumns(columns: readonly string[], rows: readonly TableRow[]): string[] {
  const all = new Set(columns);
  for (const row of rows) for (const key of Object.keys(row.texts ?? {})) all.add(key);
  return [...all];
}

export interface TablePart {
  /** 收入 or 支出 for a half of a two-sided table; null for a one-sided table. */
  caption: string | null;
  /** Column paths, the keys of the rows' cells and texts. */
  columns: string[];
  /** The header to show for each column: its path without a leading segment the caption already says. */
  labels: string[];
  rows: TableRow[];
}

function usedColumns(rows: readonly TableRow[]): Set<string> {
  return new Set(rows.flatMap((row) => [...Object.keys(row.cells), ...Object.keys(row.texts ?? {})]));
}

function firstSegment(path: string): string {
  return segmentsOf(path)[0] ?? '';
}

function withoutCaption(path: string, caption: string): string {
  const segments = segmentsOf(path);
  return segments.length > 1 && segments[0] === caption ? segments.slice(1).join('/') : path;
}

/**
 * A two-sided summary table as its income and expenditure halves. A half shows the columns its
 * rows fill; a column nobody filled goes to the half its path names (`收入/…`, `支出/…`), or
 * to both when its path names neither.
 */
export function splitSides(table: StandardTable): TablePart[] {
  const columns = displayColumns(table.columns, table.rows);
  if (!table.rows.some((row) => row.side !== undefined)) {
    return [{ caption: null, columns, labels: columns, rows: table.rows }];
  }
  const captions = Object.values(TABLE_SIDE_NAMES);
  const everUsed = usedColumns(table.rows);
  const halves = (['income', 'expenditure'] as const).map((side): TablePart => {
    const caption = TABLE_SIDE_NAMES[side];
    const rows = table.rows.filter((row) => row.side === side);
    const used = usedColumns(rows);
    const shown = columns.filter((column) => {
      if (used.has(column)) return true;
      if (everUsed.has(column)) return false;
      const named = firstSegment(column);
      return named === caption || !captions.includes(named);
    });
    return { caption, columns: shown, labels: shown.map((column) => withoutCaption(column, caption)), rows };
  });
  // Rows the extractor could not assign to a side are still shown, never dropped.
  const unplaced = table.rows.filter((row) => row.side === undefined);
  return unplaced.length > 0 ? [...halves, { caption: '未分栏', columns, labels: columns, rows: unplaced }] : halves;
}
