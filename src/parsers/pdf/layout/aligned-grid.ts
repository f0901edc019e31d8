// Unruled tables: runs of lines whose pieces line up in columns → table blocks. Columns come from
// the gutters the data rows leave empty; header labels over several columns become spans, and a
// wrapped name on the next baseline is joined to the row above.

import type { GridCell, TableBlock } from '../../../lib/model/document';
import { joinLines, lineText, splitSegments, type TextLine } from './lines';
import { isPreambleLabel } from './preamble';

export interface AlignedTable {
  /** Index of the table's first and last line in the lines given. */
  first: number;
  last: number;
  block: TableBlock;
}

interface Column {
  x1: number;
  x2: number;
}

interface Piece {
  text: string;
  x1: number;
  x2: number;
}

/** Fewer rows than this with two or more pieces is not told apart from text with gaps. */
const MIN_ROWS = 3;
/** Rows of a table stand at most this many em apart. */
const MAX_ROW_GAP = 2.5;
/** Header lines above the first row with two pieces (a group label alone on its line). */
const MAX_LONE_HEADER_LINES = 2;
/** A wrapped line sits closer to its row than rows sit to each other. */
const WRAP_PITCH = 0.8;
/** A lone line after the last row belongs to it only when set this close (em): a wrapped name. */
const TIGHT_WRAP = 1.4;
/** Share of rows whose pieces must each fall in one column. */
const MIN_FIT = 0.8;
const NUMBER = /^[-+]?[\d,，]*[.．]?\d+%?$/;

function isNumber(text: string): boolean {
  return NUMBER.test(text.replace(/\s+/g, ''));
}

function piecesOf(line: TextLine): Piece[] {
  return splitSegments(line).map((segment) => ({ text: lineText(segment), x1: segment.x1, x2: segment.x2 }));
}

/** Column intervals between the gutters the given rows leave empty: sort by left edge and sweep. */
function columnsOf(rows: readonly Piece[][]): Column[] {
  const pieces = rows.flat().sort((a, b) => a.x1 - b.x1);
  const columns: Column[] = [];
  for (const piece of pieces) {
    const last = columns[columns.length - 1];
    if (last && piece.x1 <= last.x2) last.x2 = Math.max(last.x2, piece.x2);
    else columns.push({ x1: piece.x1, x2: piece.x2 });
  }
  return columns;
}

/** Columns a piece overlaps, as a range of indexes. */
function columnRange(columns: readonly Column[], piece: Piece): [number, number] | null {
  let first = -1;
  let last = -1;
  columns.forEach((column, i) => {
    if (piece.x1 < column.x2 && piece.x2 > column.x1) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/** Body columns: a number belongs where its right edge is, text where its left edge is. */
function bodyColumn(columns: readonly Column[], piece: Piece): number {
  const anchor = isNumber(piece.text) ? piece.x2 - 0.5 : piece.x1 + 0.5;
  let best = 0;
  let distance = Infinity;
  columns.forEach((column, i) => {
    const d = anchor < column.x1 ? column.x1 - anchor : anchor > column.x2 ? anchor - column.x2 : 0;
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}

/**
 * A centred group label covers the columns around it that have sub-labels in a header row below
 * and hold nothing else on its own row.
 */
function widenLabel(range: [number, number], piece: Piece, columns: readonly Column[], taken: Set<number>, below: Set<number>): [number, number] {
  let [first, last] = range;
  const centre = (piece.x1 + piece.x2) / 2;
  while (first > 0 && last < columns.length - 1) {
    const [left, right] = [first - 1, last + 1];
    const free = !taken.has(left) && !taken.has(right) && below.has(left) && below.has(right);
    const middle = (columns[left]!.x1 + columns[right]!.x2) / 2;
    const width = columns[right]!.x2 - columns[left]!.x1;
    if (!free || Math.abs(middle - centre) > width / 4) break;
    [first, last] = [left, right];
  }
  return [first, last];
}

function headerRow(pieces: Piece[], columns: readonly Column[], below: Set<number>, row: number): GridCell[] {
  const cells: GridCell[] = columns.map(() => ({ text: '' }));
  const ranges = pieces.map((piece): [number, number] => columnRange(columns, piece) ?? [bodyColumn(columns, piece), bodyColumn(columns, piece)]);
  const taken = new Set(ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)));
  pieces.forEach((piece, i) => {
    const [first, last] = widenLabel(ranges[i]!, piece, columns, taken, below);
    const text = cells[first]!.text ? `${cells[first]!.text} ${piece.text}` : piece.text;
    cells[first] = { text };
    for (let c = first + 1; c <= last; c++) cells[c] = { text, spanOrigin: { row, col: first } };
  });
  return cells;
}

function bodyRow(pieces: Piece[], columns: readonly Column[]): string[] {
  const texts = columns.map(() => '');
  for (const piece of pieces) {
    const c = bodyColumn(columns, piece);
    texts[c] = texts[c] ? `${texts[c]} ${piece.text}` : piece.text;
  }
  return texts;
}

function medianPitch(lines: readonly TextLine[]): number {
  const pitches = lines.slice(1).map((line, i) => line.y - lines[i]!.y).sort((a, b) => a - b);
  return pitches[pitches.length >> 1] ?? Infinity;
}

/** The table held by lines[first..last], or null when its pieces do not line up in columns. */
function buildTable(lines: readonly TextLine[], first: number, last: number, page: number): TableBlock | null {
  const rows = lines.slice(first, last + 1);
  const pieces = rows.map(piecesOf);
  const isBody = (row: Piece[]) => row.length > 1 && row.slice(1).some((piece) => isNumber(piece.text));
  // Budget tables are tables of amounts: without rows of them, aligned gaps are only spaced-out text.
  if (pieces.filter(isBody).length < MIN_ROWS) return null;
  const firstBody = pieces.findIndex(isBody);
  const body = pieces.slice(firstBody);
  const columns = columnsOf(body.filter((row) => row.length > 1));
  if (columns.length < 2) return null;
  const fitting = body.filter((row) => row.every((piece) => columnRange(columns, piece)?.[0] === columnRange(columns, piece)?.[1]));
  if (fitting.length < MIN_FIT * body.length) return null;

  const headerCount = firstBody;
  const pitch = medianPitch(rows.slice(headerCount));
  const grid: GridCell[][] = [];
  const wrapped: boolean[] = [];
  pieces.forEach((row, r) => {
    if (r < headerCount) {
      // Sub-labels may sit two lines down: a label merged down both rows is centred between them.
      const below = new Set(pieces.slice(r + 1, headerCount).flatMap((under) => under.map((piece) => bodyColumn(columns, piece))));
      grid.push(headerRow(row, columns, below, grid.length));
      return;
    }
    const texts = bodyRow(row, columns);
    const above = grid[grid.length - 1];
    const isWrap =
      r > headerCount &&
      rows[r]!.y - rows[r - 1]!.y < WRAP_PITCH * pitch && !wrapped[r - 1] &&
      row.every((piece) => !isNumber(piece.text));
    if (above && isWrap && texts.every((text, c) => !text || above[c]!.text)) {
      texts.forEach((text, c) => text && (above[c] = { text: joinLines([above[c]!.text, text]) }));
      wrapped[r] = true;
      return;
    }
    grid.push(texts.map((text) => ({ text })));
  });
  return { type: 'table', rows: grid, rowPages: grid.map(() => page) };
}

/** Lines directly above a run of aligned rows that hold its lone group labels. */
function loneHeaderLines(lines: readonly TextLine[], first: number): number {
  let start = first;
  while (start > 0 && first - start < MAX_LONE_HEADER_LINES) {
    const line = lines[start - 1]!;
    const next = lines[start]!;
    const sameSize = Math.abs(line.fontSize - next.fontSize) <= 0.15 * next.fontSize;
    const text = lineText(line);
    if (!sameSize || next.y - line.y > MAX_ROW_GAP * next.fontSize || isPreambleLabel(text) || /[。：:]$/.test(text)) break;
    start--;
  }
  return start;
}

export function findAlignedTables(lines: readonly TextLine[], page: number): AlignedTable[] {
  const pieceCounts = lines.map((line) => splitSegments(line).length);
  const isRow = (i: number) => pieceCounts[i]! > 1 && !isPreambleLabel(lineText(lines[i]!));
  const tables: AlignedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRow(i)) {
      i++;
      continue;
    }
    let last = i;
    let rowCount = 1;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j]!.y - lines[j - 1]!.y > MAX_ROW_GAP * lines[j]!.fontSize) break;
      if (isRow(j)) [last, rowCount] = [j, rowCount + 1];
      else if (j + 1 < lines.length && isRow(j + 1)) continue;
      else if (isRow(j - 1) && lines[j]!.y - lines[j - 1]!.y <= TIGHT_WRAP * lines[j]!.fontSize) last = j;
      else break;
    }
    const first = loneHeaderLines(lines, i);
    const block = rowCount >= MIN_ROWS ? buildTable(lines, first, last, page) : null;
    if (block) tables.push({ first, last, block });
    i = block ? last + 1 : i + 1;
  }
  return tables;
}
