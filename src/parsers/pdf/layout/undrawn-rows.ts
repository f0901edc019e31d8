// Rows a ruled grid leaves undrawn: WPS often draws only the column lines and the header's
// borders, so the whole body is one grid row and every column one cell holding a stack of
// amounts (`1333132` over `32381` over …). Such a band is cut into rows at the baselines of its
// text; a line without amounts (a wrapped name) stays with the row it is set closest to.

import { intervalIndex } from './cluster';
import { groupLines, lineText, type TextLine } from './lines';
import type { RuledGrid } from './ruled-grid';
import { cellWordsOf, wordCentre, type CellWords } from './ruled-table';
import { isNumber } from './unruled-columns';
import type { Word } from './words';

/** A name line set closer than this share of the row pitch to a row of amounts is part of it. */
const WRAP_PITCH = 0.8;
/** How far below its baseline a glyph reaches (em), for the cut between two rows. */
const DESCENT = 0.2;
/** Line starts that open a 科目 of its own: `一、`, `（一）`, `其中：`, a code before its name. */
const ITEM_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|其中[:：]|\d{3,}\s)/;
/** Punctuation of prose: a cell of text listing `一、…；二、…` is not a stack of names. */
const PROSE = /[，。；;！？]/;

/** The end of an amount split at its point or a thousands comma (`38990000.` over `00`). */
const SPLIT_AMOUNT_END = /[.,，．]$/;

/** Lines of a cell that are each a whole amount (`38990000.` over `00` is one amount split). */
function amountLines(lines: readonly TextLine[]): number {
  if (lines.some((line) => SPLIT_AMOUNT_END.test(lineText(line)))) return 0;
  return lines.filter((line) => isNumber(lineText(line))).length;
}

/** A line that starts a row: it fills two columns or more, or holds only amounts (a name's `12` does not count). */
function startsRow({ words }: TextLine, columnOf: (word: Word) => number): boolean {
  const firstColumn = words.length ? columnOf(words[0]!) : -1;
  return words.some((word) => columnOf(word) !== firstColumn) || words.every((word) => isNumber(word.text));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Infinity;
}

/**
 * The lines of a band grouped into rows: each line across columns starts one; a line in one
 * column (a wrapped name) joins the nearest row when it is set closer than rows are. Rows are
 * as far apart as two neighbouring lines across columns, or (few of them) as lines mostly are.
 */
function rowsOfBand(lines: readonly TextLine[], columnOf: (word: Word) => number): TextLine[][] {
  // Whether each line starts a row, and the index of the next line that does after each (none: lines.length).
  const starts = lines.map((line) => startsRow(line, columnOf));
  const nextStart = new Array<number>(lines.length);
  for (let i = lines.length - 1, next = lines.length; i >= 0; i--) {
    nextStart[i] = next;
    if (starts[i]) next = i;
  }
  const steps = lines.slice(1).map((line, i) => ({ step: line.y - lines[i]!.y, rows: starts[i + 1]! && starts[i]! }));
  const between = steps.filter((step) => step.rows);
  const pitch = median((between.length ? between : steps).map(({ step }) => step));
  const rows: TextLine[][] = [];
  let pending: TextLine[] = [];
  lines.forEach((line, i) => {
    if (starts[i]) {
      rows.push([...pending, line]);
      pending = [];
      return;
    }
    const above = rows[rows.length - 1];
    const last = above?.[above.length - 1];
    const next = lines[nextStart[i]!];
    const toAbove = last && !pending.length ? line.y - last.y : Infinity;
    const toNext = next ? next.y - line.y : Infinity;
    if (above && toAbove < WRAP_PITCH * pitch && toAbove <= toNext) above.push(line);
    else if (toNext < WRAP_PITCH * pitch) pending.push(line);
    else {
      rows.push([...pending, line]);
      pending = [];
    }
  });
  if (pending.length) rows.push(pending);
  return rows;
}

/** Cuts between consecutive rows: halfway from the lower reach of one to the top of the next. */
function cutsBetween(rows: readonly TextLine[][]): number[] {
  return rows.slice(1).map((row, i) => {
    let bottom = -Infinity;
    for (const line of rows[i]!)
      for (const word of line.words) bottom = Math.max(bottom, word.y + DESCENT * word.fontSize);
    let top = Infinity;
    for (const line of row) for (const word of line.words) top = Math.min(top, word.y - word.fontSize);
    return (bottom + top) / 2;
  });
}

/** The grid with each stacked band cut into rows; the cells of a cut band stay one row high. */
function withCuts(grid: RuledGrid, cuts: ReadonlyMap<number, number[]>): RuledGrid {
  const cols = grid.xs.length - 1;
  // At each merged cell's root index (row-major).
  const spans = new Array<{ top: number; bottom: number; left: number } | undefined>(grid.cells.length * cols);
  grid.cells.forEach((row, r) =>
    row.forEach((root, c) => {
      const span = spans[root];
      if (span) span.bottom = Math.max(span.bottom, r);
      else spans[root] = { top: r, bottom: r, left: c };
    }),
  );
  const ys: number[] = [];
  const firstRow: number[] = [];
  grid.ys.slice(0, -1).forEach((y, r) => {
    firstRow.push(ys.length);
    ys.push(y, ...(cuts.get(r) ?? []));
  });
  ys.push(grid.ys[grid.ys.length - 1]!);
  const cells: number[][] = [];
  grid.cells.forEach((row, r) => {
    const parts = (cuts.get(r)?.length ?? 0) + 1;
    for (let k = 0; k < parts; k++) {
      const newRow = firstRow[r]! + k;
      cells.push(
        row.map((root) => {
          const span = spans[root]!;
          const top = span.top === r && span.bottom === r ? newRow : firstRow[span.top]!;
          return top * cols + span.left;
        }),
      );
    }
  });
  return { ...grid, ys, cells };
}

export interface UndrawnRows {
  grid: RuledGrid;
  /** Words of each merged cell of `grid` (see cellWordsOf). */
  cellWords: CellWords;
  /** Some cell still stacks several amounts or names: the cut could not tell its rows apart. */
  stacked: boolean;
}

/** Several amounts, or several 科目 names (not a cell of prose), on lines of their own in one cell. */
function isStackedCell(lines: readonly TextLine[]): boolean {
  if (lines.length < 2) return false;
  if (amountLines(lines) >= 2) return true;
  return (
    lines.filter((line) => ITEM_START.test(lineText(line))).length >= 2 &&
    lines.every((line) => !PROSE.test(lineText(line)))
  );
}

/** Whether a cell's words stack (see isStackedCell): one word is one line, not worth grouping. */
function stacks(cell: readonly Word[]): boolean {
  return cell.length > 1 && isStackedCell(groupLines(cell));
}

/**
 * Grid rows with stacked cells cut into the rows their text stands in, and the words of each cell
 * of the cut grid. `places`: each word's grid cell (see placeInGrid).
 */
export function cutUndrawnRows(grid: RuledGrid, words: readonly Word[], places: readonly number[]): UndrawnRows {
  const cols = grid.xs.length - 1;
  // The words of each grid row and of each grid cell (before merging), in the order given.
  const byRow = new Array<Word[] | undefined>(grid.ys.length - 1);
  const byCell = new Array<Word[] | undefined>(byRow.length * cols);
  const add = (groups: Array<Word[] | undefined>, at: number, word: Word) => {
    const group = groups[at];
    if (group) group.push(word);
    else groups[at] = [word]; // (most cells hold one word: an array of one, not one grown for pushes)
  };
  words.forEach((word, i) => {
    add(byRow, Math.floor(places[i]! / cols), word);
    add(byCell, places[i]!, word);
  });
  const holdsStack = (row: number) => {
    for (let place = row * cols; place < (row + 1) * cols; place++) {
      const cell = byCell[place];
      if (cell && stacks(cell)) return true;
    }
    return false;
  };
  const columnOf = (word: Word) => intervalIndex(grid.xs, wordCentre(word).x);
  const cuts = new Map<number, number[]>();
  byRow.forEach((band, row) => {
    if (!band || !holdsStack(row)) return;
    const rows = rowsOfBand(groupLines(band), columnOf);
    if (rows.length > 1) cuts.set(row, cutsBetween(rows));
  });
  const cut = cuts.size ? withCuts(grid, cuts) : grid;
  // The cut grid has rows of its own: its words are placed again.
  const cellWords = cut === grid ? cellWordsOf(grid, words, places) : cellWordsOf(cut, words);
  return { grid: cut, cellWords, stacked: cellWords.some((cell) => cell !== undefined && stacks(cell)) };
}
