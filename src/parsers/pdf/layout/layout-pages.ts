// Page content → document blocks in reading order: ruled tables from the drawn grid, unruled
// tables from aligned columns, page furniture dropped, and the rest as paragraphs.

import type { Block, Box, GridCell, Message, TableBlock } from '../../../lib/model/document';
import type { PageContent } from '../page-types';
import { findAlignedTables } from './aligned-grid';
import { groupLines, lineText, pageLines, pieceCount, splitSegments, type TextLine } from './lines';
import { findFurniture } from './page-furniture';
import { isPreambleLabel, mayHoldLabel, PREAMBLE_GAP } from './preamble';
import { textColumn, toParagraphs, type TextColumn } from './paragraphs';
import { findRuledGrids } from './ruled-grid';
import { fillRuledCells, placeInGrid, type BoxMaker } from './ruled-table';
import { cutUndrawnRows } from './undrawn-rows';
import type { Column } from './unruled-columns';
import { pageWords, type Word } from './words';

interface PlacedTable {
  top: number;
  block: TableBlock;
}

interface PageLayout {
  pageNumber: number;
  /** Page space → PDF user space, where the model keeps cell boxes (see Box). */
  toUser: BoxMaker;
  /** Their cell boxes already in user space. */
  tables: PlacedTable[];
  /** Lines outside the ruled tables, top to bottom. */
  lines: readonly TextLine[];
}

/** How many lines above a table may be its title, organisation, year and unit. */
const PREAMBLE_LINES = 3;

function layoutTables(page: PageContent, warnings: Message[]): PageLayout {
  const toUser = userSpaceOf(page);
  const words = pageWords(page.runs);
  let free = words;
  const tables: PlacedTable[] = [];
  for (const grid of findRuledGrids(page.rules)) {
    const inside: Word[] = [];
    /** The grid cell of each word inside. */
    const places: number[] = [];
    const outside: Word[] = [];
    for (const word of free) {
      const place = placeInGrid(grid, word);
      if (place < 0) outside.push(word);
      else {
        inside.push(word);
        places.push(place);
      }
    }
    const { grid: cut, cellWords, stacked } = cutUndrawnRows(grid, inside, places);
    if (stacked) {
      // Glued amounts are never emitted: the words stay free for the aligned-column reading.
      warnings.push({
        stage: 'read',
        code: 'pdf-stacked-cells',
        message:
          '表格的行线没有画全，几行金额或科目挤在同一格中，无法按文字位置拆分成行；已改按文字对齐读取这张表，请对照原文核对。',
        page: page.pageNumber,
      });
      continue;
    }
    // Boxed in user space at once: nothing in layout measures a ruled table's cells.
    const block = fillRuledCells(cut, cellWords, page.pageNumber, toUser);
    if (!block) continue;
    if (grid.irregular) {
      warnings.push({
        stage: 'read',
        code: 'pdf-irregular-merge',
        message: '表格中有不成矩形的合并单元格，已按未合并处理。',
        page: page.pageNumber,
      });
    }
    tables.push({ top: grid.ys[0]!, block });
    free = outside;
  }
  // With no table cut out, the free lines are the page's lines, as mayHoldTable grouped them.
  const lines = free === words ? pageLines(page.runs) : groupLines(free);
  return { pageNumber: page.pageNumber, toUser, tables, lines };
}

function hasWideGap(line: TextLine): boolean {
  return pieceCount(line, PREAMBLE_GAP) > 1;
}

function isLabelled(line: TextLine): boolean {
  return mayHoldLabel(line) && splitSegments(line, PREAMBLE_GAP).some((segment) => isPreambleLabel(lineText(segment)));
}

interface StretchLayout {
  blocks: Block[];
  /** Columns of the unruled table the stretch ends with, or null. */
  endColumns: Column[] | null;
}

/**
 * Lines of a stretch between tables → its unruled tables and paragraphs, in order. `carried`:
 * columns of the table the page before ended with, when the stretch starts the page.
 */
function layoutStretch(
  lines: TextLine[],
  column: TextColumn,
  tableFollows: boolean,
  pageNumber: number,
  carried: readonly Column[] | null,
): StretchLayout {
  const found = findAlignedTables(lines, pageNumber, carried);
  const standalone = new Set(lines.filter((line) => hasWideGap(line) && isLabelled(line)));
  const blocks: Block[] = [];
  let start = 0;
  const textUpTo = (end: number, beforeTable: boolean) => {
    const text = lines.slice(start, end);
    if (beforeTable) for (const line of text.slice(-PREAMBLE_LINES)) if (hasWideGap(line)) standalone.add(line);
    blocks.push(...toParagraphs(text, column, standalone, pageNumber));
  };
  for (const table of found) {
    textUpTo(table.first, true);
    for (const text of table.preamble) blocks.push({ type: 'paragraph', text, page: pageNumber });
    blocks.push(table.block);
    start = table.last + 1;
  }
  textUpTo(lines.length, tableFollows);
  const last = found[found.length - 1];
  return { blocks, endColumns: last && last.last === lines.length - 1 ? last.columns : null };
}

/** A page's blocks, and the columns of the unruled table it ends with (for the next page). */
function pageBlocks(
  layout: PageLayout,
  furniture: ReadonlySet<TextLine>,
  carried: readonly Column[] | null,
): StretchLayout {
  const lines = layout.lines.filter((line) => !furniture.has(line));
  const column = textColumn(lines);
  // Unruled tables measure their cells in page space while they are built: boxed in user space after.
  const { toUser } = layout;
  const inUserSpace = (stretch: StretchLayout) =>
    mapCellBoxes(stretch.blocks, (box) => toUser(box.page, box.x0, box.y0, box.x1, box.y1));
  const blocks: Block[] = [];
  let next = 0;
  for (const [t, table] of layout.tables.entries()) {
    const stretch: TextLine[] = [];
    while (next < lines.length && lines[next]!.y - lines[next]!.fontSize < table.top) stretch.push(lines[next++]!);
    blocks.push(...inUserSpace(layoutStretch(stretch, column, true, layout.pageNumber, t === 0 ? carried : null)));
    blocks.push(table.block);
  }
  const end = layoutStretch(lines.slice(next), column, false, layout.pageNumber, layout.tables.length ? null : carried);
  return { blocks: [...blocks, ...inUserSpace(end)], endColumns: end.endColumns };
}

/** Boxes in page space (y down) → PDF user space, by inverting the page's viewport transform. */
function userSpaceOf(page: PageContent): BoxMaker {
  const [a, b, c, d, e, f] = page.transform ?? [1, 0, 0, -1, 0, page.height];
  const det = a! * d! - b! * c!;
  const userX = (x: number, y: number) => (d! * (x - e!) - c! * (y - f!)) / det;
  const userY = (x: number, y: number) => (a! * (y - f!) - b! * (x - e!)) / det;
  return (pageNumber, x0, y0, x1, y1) => {
    const px = userX(x0, y0);
    const py = userY(x0, y0);
    const qx = userX(x1, y1);
    const qy = userY(x1, y1);
    return { page: pageNumber, x0: Math.min(px, qx), y0: Math.min(py, qy), x1: Math.max(px, qx), y1: Math.max(py, qy) };
  };
}

export function toUserBox(box: Box, page: PageContent): Box {
  return userSpaceOf(page)(box.page, box.x0, box.y0, box.x1, box.y1);
}

/**
 * The cell with another box. Its fields are written out (keep them in step with GridCell's, in
 * order) because spreading the cell costs several times more, and a document has thousands.
 */
function withBox(cell: GridCell, box: Box): GridCell {
  return cell.spanOrigin ? { text: cell.text, spanOrigin: cell.spanOrigin, box } : { text: cell.text, box };
}

/** The blocks with every table cell's box replaced by `convert`'s. */
export function mapCellBoxes(blocks: readonly Block[], convert: (box: Box) => Box): Block[] {
  return blocks.map((block) =>
    block.type === 'table'
      ? {
          ...block,
          rows: block.rows.map((row) => row.map((cell) => (cell.box ? withBox(cell, convert(cell.box)) : cell))),
        }
      : block,
  );
}

export function layoutPages(pages: readonly PageContent[]): { blocks: Block[]; warnings: Message[] } {
  const warnings: Message[] = [];
  const layouts = pages.map((page) => layoutTables(page, warnings));
  const furniture = findFurniture(
    layouts.map((layout, i) => ({ width: pages[i]!.width, height: pages[i]!.height, lines: layout.lines })),
  );
  const blocks: Block[] = [];
  let carried: Column[] | null = null;
  for (const layout of layouts) {
    const page = pageBlocks(layout, furniture, carried);
    blocks.push(...page.blocks);
    carried = page.endColumns;
  }
  return { blocks, warnings };
}
