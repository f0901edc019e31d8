// A ruled grid filled with the words drawn inside it → a rectangular table block with spans.

import type { GridCell, TableBlock } from '../../../lib/model/document';
import { intervalIndex } from './cluster';
import { groupLines, joinLines, lineText } from './lines';
import type { RuledGrid } from './ruled-grid';
import type { Word } from './words';

/** The visual middle of CJK glyphs sits about 0.4 em above the baseline. */
export function wordCentre(word: Word): { x: number; y: number } {
  return { x: (word.x1 + word.x2) / 2, y: word.y - 0.4 * word.fontSize };
}

export function insideGrid(grid: RuledGrid, word: Word): boolean {
  const { x, y } = wordCentre(word);
  return intervalIndex(grid.xs, x) >= 0 && intervalIndex(grid.ys, y) >= 0;
}

/** Text of each merged cell (keyed by its top-left index): its lines joined, CJK without a separator. */
function cellTexts(grid: RuledGrid, words: readonly Word[]): Map<number, string> {
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
  const texts = new Map<number, string>();
  for (const [root, cellWords] of byCell) texts.set(root, joinLines(groupLines(cellWords).map(lineText)));
  return texts;
}

/**
 * The grid as a table block: rows without text of their own and columns that only continue a
 * merged cell are dropped, and every span re-anchored at its first kept cell. Null when the
 * drawing is not a table (one merged cell, or no text).
 */
export function fillRuledGrid(grid: RuledGrid, words: readonly Word[], page: number): TableBlock | null {
  const texts = cellTexts(grid, words);
  const cols = grid.xs.length - 1;
  const roots = new Set(grid.cells.flat());
  if (roots.size < 2 || texts.size === 0) return null;
  const isOrigin = (r: number, c: number) => grid.cells[r]![c] === r * cols + c;
  const keptRows = grid.cells
    .map((row, r) => ({ row, r }))
    .filter(({ row, r }) => row.some((root, c) => isOrigin(r, c) && texts.get(root)))
    .map(({ r }) => r);
  const keptCols = Array.from({ length: cols }, (_, c) => c).filter((c) => grid.cells.some((_, r) => isOrigin(r, c)));
  if (keptCols.length < 2 || keptRows.length === 0) return null;

  const anchors = new Map<number, { row: number; col: number }>();
  const rows: GridCell[][] = keptRows.map((r, row) =>
    keptCols.map((c, col) => {
      const root = grid.cells[r]![c]!;
      const text = texts.get(root) ?? '';
      const anchor = anchors.get(root);
      if (!anchor) {
        anchors.set(root, { row, col });
        return { text };
      }
      return { text, spanOrigin: anchor };
    }),
  );
  return { type: 'table', rows, rowPages: rows.map(() => page) };
}
