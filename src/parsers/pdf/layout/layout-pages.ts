// Page content → document blocks in reading order: ruled tables from the drawn grid, unruled
// tables from aligned columns, page furniture dropped, and the rest as paragraphs.

import type { Block, Box, Message, TableBlock } from '../../../lib/model/document';
import type { PageContent } from '../page-types';
import { findAlignedTables } from './aligned-grid';
import { groupLines, lineText, splitSegments, type TextLine } from './lines';
import { findFurniture } from './page-furniture';
import { isPreambleLabel, PREAMBLE_GAP } from './preamble';
import { textColumn, toParagraphs, type TextColumn } from './paragraphs';
import { findRuledGrids } from './ruled-grid';
import { fillRuledGrid, insideGrid } from './ruled-table';
import { cutUndrawnRows } from './undrawn-rows';
import type { Column } from './unruled-columns';
import { splitRuns, type Word } from './words';

interface PlacedTable {
  top: number;
  block: TableBlock;
}

interface PageLayout {
  pageNumber: number;
  tables: PlacedTable[];
  /** Lines outside the ruled tables, top to bottom. */
  lines: TextLine[];
}

/** How many lines above a table may be its title, organisation, year and unit. */
const PREAMBLE_LINES = 3;

function layoutTables(page: PageContent, warnings: Message[]): PageLayout {
  let free: Word[] = splitRuns(page.runs);
  const tables: PlacedTable[] = [];
  for (const grid of findRuledGrids(page.rules)) {
    const inside: Word[] = [];
    const outside: Word[] = [];
    for (const word of free) (insideGrid(grid, word) ? inside : outside).push(word);
    const { grid: cut, stacked } = cutUndrawnRows(grid, inside);
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
    const block = fillRuledGrid(cut, inside, page.pageNumber);
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
  return { pageNumber: page.pageNumber, tables, lines: groupLines(free) };
}

function hasWideGap(line: TextLine): boolean {
  return splitSegments(line, PREAMBLE_GAP).length > 1;
}

function isLabelled(line: TextLine): boolean {
  return splitSegments(line, PREAMBLE_GAP).some((segment) => isPreambleLabel(lineText(segment)));
}

/** What a stretch of lines holds; `endColumns`: the columns of the unruled table it ends with. */
interface Stretch {
  blocks: Block[];
  endColumns: Column[] | null;
}

/** Lines of a stretch between tables → its unruled tables and paragraphs, in order. */
function layoutStretch(
  lines: TextLine[],
  column: TextColumn,
  tableFollows: boolean,
  pageNumber: number,
  continues: readonly Column[] | null,
): Stretch {
  const found = findAlignedTables(lines, pageNumber, continues);
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
    blocks.push(table.block);
    start = table.last + 1;
  }
  textUpTo(lines.length, tableFollows);
  const ending = found[found.length - 1];
  return { blocks, endColumns: ending && ending.last === lines.length - 1 ? ending.columns : null };
}

/**
 * A page's blocks. `continues`: the columns of the unruled table that ended the page before, in
 * which rows at the top of this page may go on; the page's own such columns are returned.
 */
function pageBlocks(
  layout: PageLayout,
  furniture: ReadonlySet<TextLine>,
  continues: readonly Column[] | null,
): Stretch {
  const lines = layout.lines.filter((line) => !furniture.has(line));
  const column = textColumn(lines);
  const blocks: Block[] = [];
  let next = 0;
  for (const table of layout.tables) {
    const stretch: TextLine[] = [];
    while (next < lines.length && lines[next]!.y - lines[next]!.fontSize < table.top) stretch.push(lines[next++]!);
    const carried = blocks.length === 0 ? continues : null;
    blocks.push(...layoutStretch(stretch, column, true, layout.pageNumber, carried).blocks, table.block);
  }
  const last = layoutStretch(lines.slice(next), column, false, layout.pageNumber, blocks.length ? null : continues);
  return { blocks: [...blocks, ...last.blocks], endColumns: last.endColumns };
}

/** A box in page space (y down) → PDF user space, by inverting the page's viewport transform. */
function toUserBox(box: Box, page: PageContent): Box {
  const [a, b, c, d, e, f] = page.transform ?? [1, 0, 0, -1, 0, page.height];
  const det = a! * d! - b! * c!;
  const toUser = (x: number, y: number): [number, number] => [
    (d! * (x - e!) - c! * (y - f!)) / det,
    (a! * (y - f!) - b! * (x - e!)) / det,
  ];
  const [p, q] = [toUser(box.x0, box.y0), toUser(box.x1, box.y1)];
  return {
    page: box.page,
    x0: Math.min(p[0], q[0]),
    y0: Math.min(p[1], q[1]),
    x1: Math.max(p[0], q[0]),
    y1: Math.max(p[1], q[1]),
  };
}

/** Layout measures in page space; the model keeps cell boxes in PDF user space (see Box). */
function boxesToUserSpace(blocks: readonly Block[], pages: readonly PageContent[]): Block[] {
  const byNumber = new Map(pages.map((page) => [page.pageNumber, page]));
  const convert = (box: Box) => {
    const page = byNumber.get(box.page);
    return page ? toUserBox(box, page) : box;
  };
  return blocks.map((block) =>
    block.type === 'table'
      ? {
          ...block,
          rows: block.rows.map((row) => row.map((cell) => (cell.box ? { ...cell, box: convert(cell.box) } : cell))),
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
  let continues: Column[] | null = null;
  for (const layout of layouts) {
    const page = pageBlocks(layout, furniture, continues);
    blocks.push(...page.blocks);
    continues = page.endColumns;
  }
  return { blocks: boxesToUserSpace(blocks, pages), warnings };
}
