// A ruled grid filled with the words drawn inside it → a rectangular table block with spans.

import type { Box, GridCell, TableBlock } from '../../../lib/model/document';
import { intervalIndex } from './cluster';
import { groupLines, joinLines, lineText, type TextLine } from './lines';
import type { RuledGrid } from './ruled-grid';
import { isNumber } from './unruled-columns';
import type { Word } from './words';

/** The visual middle of CJK glyphs sits about 0.4 em above the baseline. */
export function wordCentre(word: Word): { x: number; y: number } {
  return { x: (word.x1 + word.x2) / 2, y: word.y - 0.4 * word.fontSize };
}

export function insideGrid(grid: RuledGrid, word: Word): boolean {
  const { x, y } = wordCentre(word);
  return intervalIndex(grid.xs, x) >= 0 && intervalIndex(grid.ys, y) >= 0;
}

/** Lines of the words in each merged cell (keyed by its top-left index), top to bottom. */
export function cellLinesOf(grid: RuledGrid, words: readonly Word[]): Map<number, TextLine[]> {
  const byCell = new Map<number, Word[]>();
  for (const word of words) {
    const { x, y } = wordCentre(word);
    const row = intervalIndex(grid.ys, y);
    const col = intervalIndex(grid.xs, x);
    if (row < 0 || col < 0) continue;
    const root = grid.cells[row]![col]!;
    const cellWords = byCell.get(root);
    if (cellWords) cellWords.push(word);
    else byCell.set(root, [word]);
  }
  const lines = new Map<number, TextLine[]>();
  for (const [root, cellWords] of byCell) lines.set(root, groupLines(cellWords));
  return lines;
}

/** A merged cell's extent in grid rows and columns (inclusive). */
interface CellSpan {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function spansOf(cells: number[][]): Map<number, CellSpan> {
  const boxes = new Map<number, CellSpan>();
  cells.forEach((row, r) =>
    row.forEach((root, c) => {
      const box = boxes.get(root);
      if (!box) boxes.set(root, { top: r, bottom: r, left: c, right: c });
      else {
        box.bottom = Math.max(box.bottom, r);
        box.right = Math.max(box.right, c);
      }
    }),
  );
  return boxes;
}

/**
 * A name column's amounts follow it, under the same group label. When a drawn group border
 * falls between a label column and its amounts (a group of label columns only, then a group
 * that starts with that amount column before a label column of its own), the amount column
 * is moved into the group on its left: 功能分类 | 支出用途 drawn over 功能科目名称 | 金额 项目名称 金额.
 * Columns are judged by the one-column cells two rows or more below the group labels.
 */
function realignGroupBorders(cells: number[][], texts: Map<number, string>): void {
  const rows = cells.length;
  const cols = cells[0]!.length;
  const boxes = spansOf(cells);
  // Per row and column, whether a one-column cell at or below that row holds an amount / other text.
  const amountsBelow = Array.from({ length: rows + 1 }, () => new Array<boolean>(cols).fill(false));
  const wordsBelow = Array.from({ length: rows + 1 }, () => new Array<boolean>(cols).fill(false));
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = 0; c < cols; c++) {
      const root = cells[r]![c]!;
      const box = boxes.get(root)!;
      const text = box.top === r && box.left === box.right ? (texts.get(root) ?? '') : '';
      const amount = text !== '' && isNumber(text);
      amountsBelow[r]![c] = amountsBelow[r + 1]![c]! || amount;
      wordsBelow[r]![c] = wordsBelow[r + 1]![c]! || (text !== '' && !amount);
    }
  }
  const amounts = (r: number, c: number) => amountsBelow[r]![c]! && !wordsBelow[r]![c]!;
  for (let r = 0; r + 2 < rows; r++) {
    for (let c = 1; c < cols; c++) {
      const leftRoot = cells[r]![c - 1]!;
      const rightRoot = cells[r]![c]!;
      const left = boxes.get(leftRoot)!;
      const right = boxes.get(rightRoot)!;
      if (leftRoot === rightRoot || right.left !== c || right.right === c) continue;
      if (left.top !== right.top || left.bottom !== r || right.bottom !== r) continue;
      if (!texts.get(leftRoot) || !texts.get(rightRoot)) continue;
      const body = r + 2;
      const leftLabelsOnly = Array.from({ length: c - left.left }, (_, k) => left.left + k).every(
        (k) => !amountsBelow[body]![k]!,
      );
      const rightHasLabels = Array.from({ length: right.right - c }, (_, k) => c + 1 + k).some(
        (k) => wordsBelow[body]![k]!,
      );
      if (!leftLabelsOnly || !wordsBelow[body]![c - 1]! || !amounts(body, c) || !rightHasLabels) continue;
      const movedRoot = right.top * cols + c + 1;
      for (let k = right.top; k <= right.bottom; k++) {
        cells[k]![c] = leftRoot;
        for (let j = c + 1; j <= right.right; j++) cells[k]![j] = movedRoot;
      }
      texts.set(movedRoot, texts.get(rightRoot)!);
      texts.delete(rightRoot);
      boxes.set(movedRoot, { ...right, left: c + 1 });
      boxes.delete(rightRoot);
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
  return fillRuledCells(grid, cellLinesOf(grid, words), page);
}

/** fillRuledGrid with the words already set in their cells (see cellLinesOf). */
export function fillRuledCells(
  grid: RuledGrid,
  cellLines: ReadonlyMap<number, readonly TextLine[]>,
  page: number,
): TableBlock | null {
  // Each cell's lines joined, CJK without a separator.
  const texts = new Map<number, string>();
  for (const [root, lines] of cellLines) texts.set(root, joinLines(lines.map(lineText)));
  const cols = grid.xs.length - 1;
  const corner = grid.cells[0]![0]!;
  const oneCell = grid.cells.every((row) => row.every((root) => root === corner));
  if (oneCell || texts.size === 0) return null;
  const cells = grid.cells.map((row) => [...row]);
  realignGroupBorders(cells, texts);
  const isOrigin = (r: number, c: number) => cells[r]![c] === r * cols + c;
  const keptRows = cells
    .map((row, r) => ({ row, r }))
    .filter(({ row, r }) => row.some((root, c) => isOrigin(r, c) && texts.get(root)))
    .map(({ r }) => r);
  const keptCols = Array.from({ length: cols }, (_, c) => c).filter((c) => cells.some((_, r) => isOrigin(r, c)));
  if (keptCols.length < 2 || keptRows.length === 0) return null;

  const spans = spansOf(cells);
  // In page space (y down); layoutPages turns boxes into PDF user space.
  const boxOf = (root: number): Box => {
    const span = spans.get(root)!;
    return {
      page,
      x0: grid.xs[span.left]!,
      y0: grid.ys[span.top]!,
      x1: grid.xs[span.right + 1]!,
      y1: grid.ys[span.bottom + 1]!,
    };
  };
  const anchors = new Map<number, { row: number; col: number }>();
  const rows: GridCell[][] = keptRows.map((r, row) =>
    keptCols.map((c, col) => {
      const root = cells[r]![c]!;
      const text = texts.get(root) ?? '';
      const box = boxOf(root);
      const anchor = anchors.get(root);
      if (!anchor) {
        anchors.set(root, { row, col });
        return { text, box };
      }
      return { text, spanOrigin: anchor, box };
    }),
  );
  return { type: 'table', rows, rowPages: rows.map(() => page) };
}
