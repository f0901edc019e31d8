// One sheet's cells → paragraphs and table grids. A sheet holds one table or several, separated by
// blank rows or by a title row; the rows above a table that hold a single text (the title, the
// org/year/unit lines) are paragraphs, as they are in a Word document, so that the same table
// recognition reads both.

import type { Block, GridCell, TableBlock } from '../../lib/model/document';

/** Blank to the eye: nothing but spaces, including the full-width `　` that WPS users pad with. */
const BLANK = /^[\s\u3000]*$/;
/** `部门预算收入总表`, `收支总表（续）`: a table's title. */
const TITLE = /表[\s\u3000]*(（续）|\(续\))?$/;
/** Names a spreadsheet program gives by itself; they say nothing about the table. */
const DEFAULT_SHEET_NAME = /^(sheet|工作表|表)\s*\d*$/i;

/**
 * `grid` is the sheet's rectangular cells; a cell covered by a merged area carries that area's
 * text and its first cell's position on the sheet as `spanOrigin`.
 */
export function sheetBlocks(sheetName: string, grid: GridCell[][]): Block[] {
  const regions: number[][] = [[]];
  grid.forEach((row, r) => {
    if (row.every(isBlank)) regions.push([]);
    else regions.at(-1)!.push(r);
  });
  // NOTE: flatMap, not push(...): a sheet can hold more paragraphs than a call may take arguments.
  const blocks = regions.flatMap((region) => regionBlocks(grid, region));
  // Without a title row, the sheet's name is the table's title (unless it is `Sheet1`).
  const firstTable = blocks.findIndex((block) => block.type === 'table');
  const titled = blocks.slice(0, firstTable).some((block) => block.type === 'paragraph' && TITLE.test(block.text));
  if (firstTable >= 0 && !titled && !DEFAULT_SHEET_NAME.test(sheetName.trim())) {
    blocks.unshift({ type: 'paragraph', text: sheetName.trim() });
  }
  return blocks;
}

/** A run of non-blank rows: leading single-text rows are paragraphs, a title row starts a new table. */
function regionBlocks(grid: GridCell[][], rows: number[]): Block[] {
  const blocks: Block[] = [];
  let tableRows: number[] = [];
  const endTable = () => {
    if (tableRows.length) blocks.push(tableBlock(grid, tableRows));
    tableRows = [];
  };
  for (const r of rows) {
    const texts = distinctTexts(grid[r]!, r);
    const single = texts.length <= 1;
    if (single && (tableRows.length === 0 || isTitleRow(grid[r]!, r))) {
      endTable();
      // A merged title covering several rows is one paragraph, from its first row.
      const only = texts[0];
      if (only && !only.covered) blocks.push({ type: 'paragraph', text: only.text.trim() });
      continue;
    }
    tableRows.push(r);
  }
  endTable();
  return blocks;
}

/** The row's non-blank texts, a merged area once; `covered` when the area starts in a row above. */
function distinctTexts(row: GridCell[], r: number): Array<{ text: string; covered: boolean }> {
  const seen = new Set<string>();
  const texts: Array<{ text: string; covered: boolean }> = [];
  row.forEach((cell, c) => {
    if (isBlank(cell)) return;
    const origin = cell.spanOrigin ?? { row: r, col: c };
    const key = `${origin.row},${origin.col}`;
    if (seen.has(key)) return;
    seen.add(key);
    texts.push({ text: cell.text, covered: origin.row !== r });
  });
  return texts;
}

/**
 * Inside a run of table rows, a row holding only a title — or one text merged across every
 * column — begins the next table: two tables stacked on a sheet without a blank row between.
 */
function isTitleRow(row: GridCell[], r: number): boolean {
  const filled = row.map((cell, c) => (isBlank(cell) ? null : (cell.spanOrigin ?? { row: r, col: c })));
  const first = filled.findIndex(Boolean);
  const origin = filled[first];
  if (!origin) return false;
  if (TITLE.test(row[first]!.text.trim())) return true;
  const spansAll = filled.every((o) => o?.row === origin.row && o.col === origin.col);
  return spansAll && filled.length > 1;
}

/** The rows as a grid over the columns they use; merged areas inside it keep their origin. */
function tableBlock(grid: GridCell[][], rows: number[]): TableBlock {
  const used = (c: number) => rows.some((r) => !isBlank(grid[r]![c]!));
  const width = grid[rows[0]!]!.length;
  let first = 0;
  while (first < width - 1 && !used(first)) first++;
  let last = width - 1;
  while (last > first && !used(last)) last--;
  const top = rows[0]!;
  const bottom = rows.at(-1)!;
  return {
    type: 'table',
    rows: rows.map((r) =>
      grid[r]!.slice(first, last + 1).map((cell): GridCell => {
        const origin = cell.spanOrigin;
        if (!origin) return { text: cell.text };
        const inside = origin.row >= top && origin.row <= bottom && origin.col >= first && origin.col <= last;
        // A merged area reaching in from outside the table (a title over two rows) leaves its cells blank.
        if (!inside) return { text: '' };
        // The rows of a table are consecutive rows of the sheet.
        return { text: cell.text, spanOrigin: { row: origin.row - top, col: origin.col - first } };
      }),
    ),
  };
}

function isBlank(cell: GridCell): boolean {
  return BLANK.test(cell.text);
}
