// A ruled grid filled with the words drawn inside it → a rectangular table block with spans.

import type { Box, GridCell, TableBlock } from '../../../lib/model/document';
import { intervalIndex } from './cluster';
import { groupLines, joinLines, lineText } from './lines';
import type { RuledGrid } from './ruled-grid';
import { isNumber } from './unruled-columns';
import type { Word } from './words';

/** The visual middle of CJK glyphs sits about 0.4 em above the baseline. */
export function wordCentre(word: Word): { x: number; y: number } {
  return { x: (word.x1 + word.x2) / 2, y: word.y - 0.4 * word.fontSize };
}

/** The grid cell (row-major index, before merging) that holds the word's centre, or -1 outside the grid. */
export function placeInGrid(grid: RuledGrid, word: Word): number {
  const { x, y } = wordCentre(word);
  const row = intervalIndex(grid.ys, y);
  const col = intervalIndex(grid.xs, x);
  return row < 0 || col < 0 ? -1 : row * (grid.xs.length - 1) + col;
}

export function insideGrid(grid: RuledGrid, word: Word): boolean {
  return placeInGrid(grid, word) >= 0;
}

/**
 * The words in each merged cell, in the order given, at its top-left index (row-major); a cell
 * without words has none. Arrays indexed by cell, not maps: every grid builds several.
 */
export type CellWords = ReadonlyArray<readonly Word[] | undefined>;

/** `places`: each word's grid cell (see placeInGrid), when the caller has them already. */
export function cellWordsOf(
  grid: RuledGrid,
  words: readonly Word[],
  places: readonly number[] = words.map((word) => placeInGrid(grid, word)),
): CellWords {
  const cols = grid.xs.length - 1;
  const byCell = new Array<Word[] | undefined>(grid.cells.length * cols);
  words.forEach((word, i) => {
    const place = places[i]!;
    if (place < 0) return;
    const root = grid.cells[Math.floor(place / cols)]![place % cols]!;
    const cellWords = byCell[root];
    if (cellWords) cellWords.push(word);
    else byCell[root] = [word];
  });
  return byCell;
}

/** A cell's lines joined, CJK without a separator. Most cells hold one word: it needs no lines. */
function cellText(words: readonly Word[]): string {
  return words.length === 1 ? words[0]!.text : joinLines(groupLines(words).map(lineText));
}

/** A merged cell's extent in grid rows and columns (inclusive). */
interface CellSpan {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Each merged cell's span, at its top-left index (row-major). */
function spansOf(cells: readonly number[][]): Array<CellSpan | undefined> {
  const spans = new Array<CellSpan | undefined>(cells.length * (cells[0]?.length ?? 0));
  cells.forEach((row, r) =>
    row.forEach((root, c) => {
      const span = spans[root];
      if (!span) spans[root] = { top: r, bottom: r, left: c, right: c };
      else {
        span.bottom = Math.max(span.bottom, r);
        span.right = Math.max(span.right, c);
      }
    }),
  );
  return spans;
}

/**
 * Whether any of flags[from..to] is set. NOTE: a loop, not a callback: a closure over the loop's
 * variables would make V8 allocate them afresh for every cell the loop visits.
 */
function someSet(flags: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (flags[k]) return true;
  return false;
}

/**
 * A name column's amounts follow it, under the same group label. When a drawn group border
 * falls between a label column and its amounts (a group of label columns only, then a group
 * that starts with that amount column before a label column of its own), the amount column
 * is moved into the group on its left: 功能分类 | 支出用途 drawn over 功能科目名称 | 金额 项目名称 金额.
 * Columns are judged by the one-column cells two rows or more below the group labels. The cells'
 * spans (see spansOf) and texts are kept in step.
 */
function realignGroupBorders(cells: number[][], spans: Array<CellSpan | undefined>, texts: string[]): void {
  const rows = cells.length;
  const cols = cells[0]!.length;
  // Per row and column (at r * cols + c), whether a one-column cell at or below that row holds an amount / other text.
  const amountsBelow = new Array<boolean>((rows + 1) * cols).fill(false);
  const wordsBelow = new Array<boolean>((rows + 1) * cols).fill(false);
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = 0; c < cols; c++) {
      const root = cells[r]![c]!;
      const span = spans[root]!;
      const text = span.top === r && span.left === span.right ? texts[root]! : '';
      const amount = text !== '' && isNumber(text);
      const here = r * cols + c;
      const below = here + cols;
      amountsBelow[here] = amountsBelow[below]! || amount;
      wordsBelow[here] = wordsBelow[below]! || (text !== '' && !amount);
    }
  }
  const amounts = (r: number, c: number) => amountsBelow[r * cols + c]! && !wordsBelow[r * cols + c]!;
  for (let r = 0; r + 2 < rows; r++) {
    for (let c = 1; c < cols; c++) {
      const leftRoot = cells[r]![c - 1]!;
      const rightRoot = cells[r]![c]!;
      const left = spans[leftRoot]!;
      const right = spans[rightRoot]!;
      if (leftRoot === rightRoot || right.left !== c || right.right === c) continue;
      if (left.top !== right.top || left.bottom !== r || right.bottom !== r) continue;
      if (!texts[leftRoot] || !texts[rightRoot]) continue;
      const body = (r + 2) * cols;
      const leftLabelsOnly = !someSet(amountsBelow, body + left.left, body + c - 1);
      const rightHasLabels = someSet(wordsBelow, body + c + 1, body + right.right);
      if (!leftLabelsOnly || !wordsBelow[body + c - 1]! || !amounts(r + 2, c) || !rightHasLabels) continue;
      const movedRoot = right.top * cols + c + 1;
      for (let k = right.top; k <= right.bottom; k++) {
        cells[k]![c] = leftRoot;
        for (let j = c + 1; j <= right.right; j++) cells[k]![j] = movedRoot;
      }
      texts[movedRoot] = texts[rightRoot]!;
      texts[rightRoot] = '';
      spans[movedRoot] = { ...right, left: c + 1 };
      spans[rightRoot] = undefined;
      left.right = c;
    }
  }
}

/**
 * The grid as a table block: rows without text of their own and columns that only continue a
 * merged cell are dropped, and every span re-anchored at its first kept cell. Null when the
 * drawing is not a table (one merged cell, or no text).
 */
export function fillRuledGrid(grid: RuledGrid, words: readonly Word[], page: number): TableBlock | null {
  return fillRuledCells(grid, cellWordsOf(grid, words), page);
}

/** A box from its corners in page space (y down), in the space the caller keeps boxes in. */
export type BoxMaker = (page: number, x0: number, y0: number, x1: number, y1: number) => Box;

/**
 * fillRuledGrid with the words already set in their cells (see cellWordsOf). `toBox`: the boxes
 * it gives its cells (layoutPages: in PDF user space, see Box).
 */
export function fillRuledCells(
  grid: RuledGrid,
  cellWords: CellWords,
  page: number,
  toBox: BoxMaker = (page, x0, y0, x1, y1) => ({ page, x0, y0, x1, y1 }),
): TableBlock | null {
  const cols = grid.xs.length - 1;
  // Each cell's text; '' where a cell holds no words.
  const texts = new Array<string>(grid.cells.length * cols).fill('');
  let hasText = false;
  cellWords.forEach((words, root) => {
    if (!words) return;
    texts[root] = cellText(words);
    hasText = true;
  });
  const corner = grid.cells[0]![0]!;
  const oneCell = grid.cells.every((row) => row.every((root) => root === corner));
  if (oneCell || !hasText) return null;
  const cells = grid.cells.map((row) => [...row]);
  const spans = spansOf(cells);
  realignGroupBorders(cells, spans, texts);
  const isOrigin = (r: number, c: number) => cells[r]![c] === r * cols + c;
  const keptRows: number[] = [];
  for (let r = 0; r < cells.length; r++) {
    for (let c = 0; c < cols; c++) {
      if (isOrigin(r, c) && texts[r * cols + c]) {
        keptRows.push(r);
        break;
      }
    }
  }
  const keptCols: number[] = [];
  for (let c = 0; c < cols; c++) if (cells.some((_, r) => isOrigin(r, c))) keptCols.push(c);
  if (keptCols.length < 2 || keptRows.length === 0) return null;

  // At each merged cell's root index: its first kept cell, and its box (one for all its cells).
  const anchors = new Array<{ row: number; col: number } | undefined>(cells.length * cols);
  const boxes = new Array<Box | undefined>(cells.length * cols);
  const rows: GridCell[][] = keptRows.map((r, row) =>
    keptCols.map((c, col) => {
      const root = cells[r]![c]!;
      const text = texts[root]!;
      const anchor = anchors[root];
      if (!anchor) {
        const span = spans[root]!;
        const { xs, ys } = grid;
        const box = toBox(page, xs[span.left]!, ys[span.top]!, xs[span.right + 1]!, ys[span.bottom + 1]!);
        anchors[root] = { row, col };
        boxes[root] = box;
        return { text, box };
      }
      return { text, spanOrigin: anchor, box: boxes[root]! };
    }),
  );
  return { type: 'table', rows, rowPages: rows.map(() => page) };
}
