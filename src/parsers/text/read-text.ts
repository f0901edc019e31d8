// Plain text / Markdown → document model. Two table layouts occur in real renderings:
// "row" layout — one table row per line, cells separated by tabs (seeds 002, 003);
// "cell" layout — one cell per tab-indented line, rows separated by blank lines (seeds 000, 001, 004).

import type { Block, GridCell, Message, ParsedDocument } from '../../lib/model/document';
import { alignCollapsedRows } from './align-collapsed-rows';

const CELL_LINE = /^\t[^\t]*$/;
const ROW_LINE = /\t/;
/** A table-of-contents entry: dot leaders, then a page number. */
const TOC_LINE = /(\.{3,}|…{2,}|·{3,})\s*\t?\s*\d+\s*$/;

type Layout = 'row' | 'cell';

export function readText(text: string): ParsedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const layout = detectLayout(lines);
  const blocks = layout === 'row' ? readRowLayout(lines) : readCellLayout(lines);
  const warnings: Message[] = [];
  return { format: 'text', pages: null, blocks, warnings };
}

function detectLayout(lines: string[]): Layout {
  let cellLines = 0;
  let rowLines = 0;
  for (const line of lines) {
    if (CELL_LINE.test(line)) cellLines++;
    else if (ROW_LINE.test(line) && !TOC_LINE.test(line)) rowLines++;
  }
  return rowLines > cellLines ? 'row' : 'cell';
}

/** Strips Markdown and word-processor markers that are presentation, not content. */
export function cleanParagraph(line: string): string {
  return (
    line
      .replace(/\[bookmark: [^\]]*\]/g, '')
      // Word TC fields (table-of-contents entries) leak into renderings: `… TC 5、… \f C \l 1`.
      .replace(/\s+TC\s.*\\l\s*\d+\s*$/, '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*[-*]\s+(?=\S)/, '')
      .trim()
  );
}

function paragraph(line: string): Block | null {
  const text = cleanParagraph(line);
  return text ? { type: 'paragraph', text } : null;
}

function toTable(rows: string[][]): Block {
  const width = Math.max(...rows.map((row) => row.length));
  const grid: GridCell[][] = alignCollapsedRows(rows, width);
  return { type: 'table', rows: grid };
}

function readRowLayout(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) blocks.push(toTable(rows));
    rows = [];
  };
  for (const line of lines) {
    if (ROW_LINE.test(line) && !TOC_LINE.test(line)) {
      rows.push(line.split('\t').map((cell) => cell.replace(/\[bookmark: [^\]]*\]/g, '')));
      continue;
    }
    flush();
    const block = paragraph(line.replace(/\t/g, ' '));
    if (block) blocks.push(block);
  }
  flush();
  return blocks;
}

function readCellLayout(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  let row: string[] = [];
  let blankRun = 0;
  const endRow = () => {
    if (row.length) rows.push(row);
    row = [];
  };
  const endTable = () => {
    endRow();
    if (rows.length) blocks.push(toTable(rows));
    rows = [];
  };
  for (const line of lines) {
    if (line.trim() === '' && !CELL_LINE.test(line)) {
      blankRun++;
      endRow();
      // NOTE: two blank lines in a row end a table; rows of one table are one blank line apart.
      if (blankRun >= 2) endTable();
      continue;
    }
    const wasBlank = blankRun > 0;
    blankRun = 0;
    if (CELL_LINE.test(line)) {
      row.push(line.slice(1).replace(/\[bookmark: [^\]]*\]/g, ''));
    } else if (row.length && !wasBlank && !line.startsWith(' \t')) {
      // A line without the leading tab continues the cell above (a line break inside a cell).
      row[row.length - 1] += `\n${line}`;
    } else {
      endTable();
      const block = paragraph(line.replace(/\t/g, ' '));
      if (block) blocks.push(block);
    }
  }
  endTable();
  return blocks;
}
