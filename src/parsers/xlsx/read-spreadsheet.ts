// XLSX/XLS → document model. SheetJS (the `@e965/xlsx` republish of SheetJS 0.20.3, which fixes the
// prototype-pollution and ReDoS advisories of npm `xlsx` 0.18.5) reads the workbook; each sheet's
// cells become paragraphs (title, org and unit lines) and table grids, as a Word document's do.
// Cells give the text the sheet shows (`#,##0.00` → "6,570.38"), never a re-rendered float.

import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from '@e965/xlsx';
import type { Block, GridCell, Message, ParsedDocument } from '../../lib/model/document';
import { ReadError } from '../../lib/model/read-error';
import { checkSpreadsheetCells } from '../budgets';
import { sheetBlocks } from './sheet-blocks';

export type SpreadsheetFormat = 'xlsx' | 'xls';

const FORMAT_NAMES: Record<SpreadsheetFormat, string> = { xlsx: 'XLSX', xls: 'XLS（Excel 97–2003）' };

/** `SUM(E8:F8)`, `SUM($E$8:$F$30)`: the one formula checked against the cells it adds up. */
const SUM_OF_RANGE = /^SUM\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/i;

/** Dense sheets (an array per row), formulas, and row/column properties, which hold `hidden`. */
export const SHEETJS_OPTIONS: ParsingOptions = {
  type: 'array',
  dense: true,
  cellFormula: true,
  cellStyles: true,
  cellDates: false,
};

export async function readSpreadsheet(
  bytes: Uint8Array,
  format: SpreadsheetFormat,
  signal?: AbortSignal,
): Promise<ParsedDocument> {
  // Loaded only when a spreadsheet arrives: SheetJS is about 120 KB gzipped.
  const XLSX = await import('@e965/xlsx');
  signal?.throwIfAborted();
  let workbook: WorkBook;
  try {
    workbook = XLSX.read(bytes, SHEETJS_OPTIONS);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReadError(
      'corrupt-file',
      `${FORMAT_NAMES[format]} 表格文件已损坏或不是有效的 Excel 文件，无法打开（${detail}）。请用 Excel 或 WPS 打开确认后再试。`,
    );
  }
  signal?.throwIfAborted();
  const sheets = workbook.SheetNames.map((name) => ({ name, sheet: workbook.Sheets[name] }));
  checkSpreadsheetCells(sheets.reduce((sum, { sheet }) => sum + (sheet ? countCells(sheet) : 0), 0));
  const blocks: Block[] = [];
  const warnings: Message[] = [];
  sheets.forEach(({ name, sheet }, index) => {
    if (!sheet) return;
    if (workbook.Workbook?.Sheets?.[index]?.Hidden) {
      warnings.push({ stage: 'read', code: 'sheet-hidden', message: `工作表“${name}”是隐藏的，其中的内容也已读取。` });
    }
    warnings.push(...hiddenRowsAndColumns(name, sheet), ...staleSums(name, sheet, XLSX.utils.decode_range));
    blocks.push(...sheetBlocks(name, readCells(sheet)));
  });
  return { format, pages: null, blocks, warnings };
}

function rowsOf(sheet: WorkSheet): Array<Array<CellObject | undefined> | undefined> {
  return (sheet as { '!data'?: Array<Array<CellObject | undefined> | undefined> })['!data'] ?? [];
}

function countCells(sheet: WorkSheet): number {
  return rowsOf(sheet).reduce((sum, row) => sum + (row ? row.filter(Boolean).length : 0), 0);
}

/** Shown text of each cell; a merged area's covered cells carry the text of its first cell. */
function readCells(sheet: WorkSheet): GridCell[][] {
  // NOTE: Array.from, not map: `!data` is sparse (no entry for an empty row), and map keeps the holes.
  const grid: GridCell[][] = Array.from(rowsOf(sheet), (row) =>
    Array.from(row ?? [], (cell) => ({ text: cell ? shownText(cell) : '' })),
  );
  for (const merge of sheet['!merges'] ?? []) {
    const origin = grid[merge.s.r]?.[merge.s.c];
    if (!origin) continue;
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        if (r === merge.s.r && c === merge.s.c) continue;
        (grid[r] ??= [])[c] = { text: origin.text, spanOrigin: { row: merge.s.r, col: merge.s.c } };
      }
    }
  }
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '' }));
}

/** What the sheet shows: the formatted text, else the raw value (a formula's cached value). */
function shownText(cell: CellObject): string {
  const text = cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v));
  return text.replace(/\r\n?/g, '\n');
}

function hiddenRowsAndColumns(name: string, sheet: WorkSheet): Message[] {
  const rows = (sheet['!rows'] ?? []).flatMap((row, r) => (row?.hidden ? [r + 1] : []));
  const columns = (sheet['!cols'] ?? []).flatMap((col, c) => (col?.hidden ? [columnName(c)] : []));
  const messages: Message[] = [];
  if (rows.length) {
    messages.push({
      stage: 'read',
      code: 'rows-hidden',
      message: `工作表“${name}”有 ${rows.length} 行被隐藏（第 ${listSome(rows)} 行），这些行也已读取。`,
    });
  }
  if (columns.length) {
    messages.push({
      stage: 'read',
      code: 'columns-hidden',
      message: `工作表“${name}”有 ${columns.length} 列被隐藏（${listSome(columns)} 列），这些列也已读取。`,
    });
  }
  return messages;
}

/**
 * A SUM's cached value against the cells of its range: a workbook saved by a tool that does not
 * recalculate (or edited by hand) shows a total its rows do not add up to.
 */
function staleSums(
  name: string,
  sheet: WorkSheet,
  decodeRange: (range: string) => { s: { r: number; c: number }; e: { r: number; c: number } },
): Message[] {
  const rows = rowsOf(sheet);
  const messages: Message[] = [];
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      const match = cell?.f ? SUM_OF_RANGE.exec(cell.f) : null;
      if (!cell || !match || typeof cell.v !== 'number') return;
      const range = decodeRange(`${match[1]}${match[2]}:${match[3]}${match[4]}`);
      let sum = 0;
      for (let rr = range.s.r; rr <= range.e.r; rr++) {
        for (let cc = range.s.c; cc <= range.e.c; cc++) {
          const value = rows[rr]?.[cc]?.v;
          if (typeof value === 'number') sum += value;
        }
      }
      // Half a unit of the last decimal the cell shows: float noise never reaches it.
      const decimals = /\.(\d+)/.exec(cell.w ?? '')?.[1]?.length ?? 0;
      if (Math.abs(sum - cell.v) < 0.5 * 10 ** -decimals) return;
      messages.push({
        stage: 'read',
        code: 'formula-mismatch',
        message: `工作表“${name}”${columnName(c)}${r + 1} 的公式 ${cell.f} 保存的结果是 ${shownText(cell)}，但按单元格重新相加是 ${sum.toFixed(decimals)}；表中用的是保存的结果，请核对该表。`,
      });
    });
  });
  return messages;
}

function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function listSome(items: Array<string | number>): string {
  return items.length <= 10 ? items.join('、') : `${items.slice(0, 10).join('、')} 等`;
}
