// XLSX/XLS → document model. SheetJS (the `@e965/xlsx` republish of SheetJS 0.20.3, which fixes the
// prototype-pollution and ReDoS advisories of npm `xlsx` 0.18.5) reads the workbook; each sheet's
// cells become paragraphs (title, org and unit lines) and table grids, as a Word document's do.
// Cells give the text the sheet shows (`#,##0.00` → "6,570.38"), never a re-rendered float.

import type { CellObject, ParsingOptions, WorkBook, WorkSheet } from '@e965/xlsx';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import type { GridCell, Message, ParsedDocument } from '../../lib/model/document';
import { ReadError, describeCause } from '../../lib/model/read-error';
import { checkSheetArea, checkSpreadsheetCells } from '../budgets';
import { sheetBlocks } from './sheet-blocks';

export type SpreadsheetFormat = 'xlsx' | 'xls';

const FORMAT_NAMES: Record<SpreadsheetFormat, string> = { xlsx: 'XLSX', xls: 'XLS（Excel 97–2003）' };

/** `SUM(E8:F8)`, `SUM($E$8:$F$30)`: the one formula checked against the cells it adds up. */
const SUM_OF_RANGE = /^SUM\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/i;

/** Cells added up to check SUMs, over a whole workbook sheet: far more than any budget table holds. */
const MAX_SUMMED_CELLS = 2_000_000;
const NAMED_STALE_SUMS = 5;

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
  const input = format === 'xlsx' ? storedZip(bytes) : bytes;
  let workbook: WorkBook;
  try {
    workbook = XLSX.read(input, SHEETJS_OPTIONS);
  } catch (error) {
    throw new ReadError(
      'corrupt-file',
      `${FORMAT_NAMES[format]} 表格文件已损坏或不是有效的 Excel 文件，无法打开。请用 Excel 或 WPS 打开确认后再试。`,
      describeCause(error),
    );
  }
  signal?.throwIfAborted();
  const sheets = workbook.SheetNames.map((name) => ({ name, sheet: workbook.Sheets[name] }));
  checkSpreadsheetCells(sheets.reduce((sum, { sheet }) => sum + (sheet ? countCells(sheet) : 0), 0));
  const read = sheets.map(({ name, sheet }, index) => {
    if (!sheet) return { blocks: [], warnings: [] };
    const hidden: Message[] = workbook.Workbook?.Sheets?.[index]?.Hidden
      ? [{ stage: 'read', code: 'sheet-hidden', message: `工作表“${name}”是隐藏的，其中的内容也已读取。` }]
      : [];
    return {
      blocks: sheetBlocks(name, readCells(name, sheet)),
      warnings: [...hidden, ...hiddenRowsAndColumns(name, sheet), ...staleSums(name, sheet)],
    };
  });
  // NOTE: flatMap, not push(...): a sheet can hold more blocks than a call may take arguments.
  return {
    format,
    pages: null,
    blocks: read.flatMap((sheet) => sheet.blocks),
    warnings: read.flatMap((sheet) => sheet.warnings),
  };
}

/**
 * The workbook's parts inflated by fflate and zipped again uncompressed, so that SheetJS inflates
 * nothing. SheetJS's inflate does not stop at the end of its input: past a damaged deflate stream it
 * reads zero bits for ever (a literal each time, its buffer growing), so one corrupt entry hangs the
 * worker. fflate fails at the end of its input instead, and inflates each entry into a buffer of the
 * size the central directory declares, which checkInflatedSize has bounded. A part that inflates to
 * another size than declared (data missing, or stored bytes that are really compressed) is corrupt:
 * SheetJS would read it as an empty or garbled part without a word.
 */
function storedZip(bytes: Uint8Array): Uint8Array {
  const declared = new Map<string, number>();
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        declared.set(name, originalSize);
        return true;
      },
    });
  } catch (error) {
    throw corruptZip(describeCause(error));
  }
  for (const [name, data] of Object.entries(parts)) {
    if (data.length !== declared.get(name)) {
      throw corruptZip(`${name}: inflates to ${data.length} bytes, the zip declares ${declared.get(name)}`);
    }
  }
  return zipSync(parts, { level: 0 });
}

function corruptZip(details: string): ReadError {
  return new ReadError(
    'corrupt-file',
    'XLSX 表格文件已损坏：其中的压缩数据不完整或无法解压，可能是下载或保存时出错了。请重新下载，或用 Excel、WPS 打开后重新保存再试。',
    details,
  );
}

function rowsOf(sheet: WorkSheet): Array<Array<CellObject | undefined> | undefined> {
  return (sheet as { '!data'?: Array<Array<CellObject | undefined> | undefined> })['!data'] ?? [];
}

function countCells(sheet: WorkSheet): number {
  return rowsOf(sheet).reduce((sum, row) => sum + (row ? row.filter(Boolean).length : 0), 0);
}

/**
 * Shown text of each cell over the rows and columns that hold text (an empty formatted cell far
 * away does not stretch the grid); a merged area's covered cells carry the text of its first cell.
 */
function readCells(name: string, sheet: WorkSheet): GridCell[][] {
  const data = rowsOf(sheet);
  let height = 0;
  let width = 0;
  // forEach skips the holes of the sparse rows, so this costs the filled cells only.
  data.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || shownText(cell) === '') return;
      height = r + 1;
      width = Math.max(width, c + 1);
    }),
  );
  checkSheetArea(name, height, width);
  const grid: GridCell[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = data[r]?.[c];
      return { text: cell ? shownText(cell) : '' };
    }),
  );
  // Merged areas do not overlap in a sound file; overlapping ones may cover the grid once in all, no more.
  let coverable = height * width;
  for (const { s: start, e: end } of sheet['!merges'] ?? []) {
    const origin = grid[start.r]?.[start.c];
    if (!origin) continue;
    coverable -=
      Math.max(0, Math.min(end.r, height - 1) - start.r + 1) * Math.max(0, Math.min(end.c, width - 1) - start.c + 1);
    if (coverable < 0) break;
    for (let r = start.r; r <= Math.min(end.r, height - 1); r++) {
      for (let c = start.c; c <= Math.min(end.c, width - 1); c++) {
        if (r === start.r && c === start.c) continue;
        grid[r]![c] = { text: origin.text, spanOrigin: { row: start.r, col: start.c } };
      }
    }
  }
  return grid;
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
 * recalculate (or edited by hand) shows a total its rows do not add up to. The ranges checked are
 * capped in all (a sheet of formulas over whole columns must not keep the worker busy), and so are
 * the messages: the first few are named, the rest counted.
 */
function staleSums(name: string, sheet: WorkSheet): Message[] {
  const rows = rowsOf(sheet);
  const stale: string[] = [];
  let budget = MAX_SUMMED_CELLS;
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      const match = cell?.f ? SUM_OF_RANGE.exec(cell.f) : null;
      if (!cell || !match || typeof cell.v !== 'number') return;
      const top = Number(match[2]) - 1;
      const bottom = Math.min(Number(match[4]) - 1, rows.length - 1);
      const left = columnIndex(match[1]!);
      const right = columnIndex(match[3]!);
      budget -= Math.max(0, bottom - top + 1) * Math.max(0, right - left + 1);
      if (budget < 0) return;
      let sum = 0;
      for (let rr = top; rr <= bottom; rr++) {
        for (let cc = left; cc <= right; cc++) {
          const value = rows[rr]?.[cc]?.v;
          if (typeof value === 'number') sum += value;
        }
      }
      // Half a unit of the last decimal the cell shows: float noise never reaches it.
      const decimals = /\.(\d+)/.exec(cell.w ?? '')?.[1]?.length ?? 0;
      if (Math.abs(sum - cell.v) < 0.5 * 10 ** -decimals) return;
      stale.push(
        `工作表“${name}”${columnName(c)}${r + 1} 的公式 ${cell.f} 保存的结果是 ${shownText(cell)}，但按单元格重新相加是 ${sum.toFixed(decimals)}；表中用的是保存的结果，请核对该表。`,
      );
    });
  });
  const named = stale.slice(0, NAMED_STALE_SUMS);
  if (stale.length > named.length) {
    named.push(`工作表“${name}”另有 ${stale.length - named.length} 个 SUM 公式保存的结果与其区域之和不符。`);
  }
  return named.map((message) => ({ stage: 'read', code: 'formula-mismatch', message }));
}

function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `A` → 0, `AB` → 27. */
function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function listSome(items: Array<string | number>): string {
  return items.length <= 10 ? items.join('、') : `${items.slice(0, 10).join('、')} 等`;
}
