// The limits a file must stay within before and while it is read: a hostile or broken file gets a
// clear refusal instead of exhausting the page's memory or keeping the worker busy for ever.

import type { ParsedDocument } from '../lib/model/document';
import type { StandardTable } from '../lib/model/disclosure';
import { ReadError } from '../lib/model/read-error';
import type { ZipEntry } from './shared/zip-directory';

const MB = 1024 * 1024;

/**
 * Real disclosures are well under 20 MB (the largest provincial PDF we have is a few MB); a
 * browser tab copies the bytes more than once (file → worker → pdf.js), so 64 MB stays safe.
 */
export const MAX_FILE_BYTES = 64 * MB;

/** One department's disclosure runs to tens of pages, a whole province's bundle to hundreds. */
export const MAX_PDF_PAGES = 2000;

/** Inflated size of all parts of a DOCX/XLSX; a budget document's XML is a few MB. */
export const MAX_INFLATED_BYTES = 256 * MB;

/**
 * XML compresses about 10:1 and pictures not at all; a part that inflates more than 100:1 to
 * more than 32 MB is a run of repeated bytes, i.e. a zip bomb.
 */
export const MAX_INFLATE_RATIO = 100;
const RATIO_CHECKED_FROM = 32 * MB;

/**
 * Filled cells of a whole workbook: a department's nine tables hold a few thousand; a sheet that
 * claims more is a generated or hostile file, and its cells would exhaust the worker's memory.
 */
export const MAX_SPREADSHEET_CELLS = 1_000_000;

/** Rows × columns a sheet's text spans, each a grid cell in the document model: text at A1 and at XFD1048576 is not a table. */
export const MAX_SHEET_AREA = 2_000_000;

/** Tables inside tables: Word layouts use two or three levels; nothing real needs more than 8. */
export const MAX_TABLE_DEPTH = 8;

/** Element nesting of an HTML page (browsers stop nesting at 512); deeper is not a document. */
export const MAX_ELEMENT_DEPTH = 512;

/**
 * How long one file may take to read, in the page and the CLI alike: long enough for a large
 * scanned PDF, short enough that a stuck parse does not hang forever.
 */
export const PARSE_TIMEOUT_MS = 120_000;
/** OCR takes seconds a page: a scan read by OCR gets a generous limit (the page offers a cancel button). */
export const OCR_TIMEOUT_MS = 60 * 60_000;

/**
 * Table rows in one document. The largest real file we have (a city's whole 决算, 杭州 2023) has
 * about 2,200 rows in its standard tables; a department's has a few hundred. Past this, checking
 * and drawing the tables would hold the page for long (60,000 rows never finished).
 */
export const MAX_TABLE_ROWS = 10_000;

/** Table cells in one document: the rows above at twenty columns (a grid is kept rectangular). */
export const MAX_TABLE_CELLS = 200_000;

/** Paragraphs in one document: a real one has hundreds; a 2,000-page PDF might have tens of thousands. */
export const MAX_PARAGRAPHS = 50_000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** The refusal for a file of this many bytes, or null; for callers that check before reading. */
export function refuseFileSize(bytes: number): ReadError | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return new ReadError(
    'too-large',
    `文件有 ${formatMegabytes(bytes)}，超过了 ${formatMegabytes(MAX_FILE_BYTES)} 的上限，没有读取。部门预算/决算公开文件通常只有几 MB；请确认选对了文件，或把它拆分后再试。`,
  );
}

export function checkFileSize(bytes: number): void {
  const refusal = refuseFileSize(bytes);
  if (refusal) throw refusal;
}

/**
 * From the sizes the zip declares, before anything is inflated. Sizes that cannot be true (data
 * that would not fit in the file, or inflate beyond what deflate can) mean a corrupt zip, not a bomb.
 */
export function checkInflatedSize(entries: ZipEntry[]): void {
  const inflated = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  const ratio = inflated / Math.max(compressed, 1);
  if (inflated <= MAX_INFLATED_BYTES && (inflated <= RATIO_CHECKED_FROM || ratio <= MAX_INFLATE_RATIO)) return;
  if (entries.some((entry) => !entry.sizesPossible)) {
    throw new ReadError(
      'corrupt-file',
      '文件已损坏：压缩包目录里记录的大小与文件里的实际数据对不上，无法解压读取。请重新下载或从原件重新导出后再试。',
    );
  }
  throw new ReadError(
    'zip-bomb',
    `这个文件解压后会有 ${formatMegabytes(inflated)}（压缩比约 ${Math.round(ratio)} 倍），远超正常文档，可能是“压缩炸弹”，为安全起见没有解压读取。`,
  );
}

export function checkPageCount(pages: number): void {
  if (pages <= MAX_PDF_PAGES) return;
  throw new ReadError(
    'too-many-pages',
    `这个 PDF 有 ${pages} 页，超过了 ${MAX_PDF_PAGES} 页的上限，没有读取。一个部门的预算/决算公开文件通常只有几十页；请只选取本部门的部分后再试。`,
  );
}

export function checkSpreadsheetCells(cells: number): void {
  if (cells <= MAX_SPREADSHEET_CELLS) return;
  throw new ReadError(
    'too-large',
    `这个表格文件有 ${cells} 个填写了内容的单元格，超过了 ${MAX_SPREADSHEET_CELLS} 个的上限，没有读取。部门预算/决算的表格通常只有几千个单元格；请只保留要核对的工作表后再试。`,
  );
}

export function checkSheetArea(sheet: string, rows: number, columns: number): void {
  if (rows * columns <= MAX_SHEET_AREA) return;
  throw new ReadError(
    'too-large',
    `工作表“${sheet}”的内容分布在 ${rows} 行 × ${columns} 列的范围里，超过了 ${MAX_SHEET_AREA} 个单元格的上限，没有读取。请删去表格以外远处的内容，或只保留要核对的工作表后再试。`,
  );
}

export function checkNestingDepth(tableDepth: number, elementDepth: number): void {
  if (tableDepth > MAX_TABLE_DEPTH) {
    throw new ReadError(
      'too-deep',
      `文件中的表格一层套一层，嵌套了 ${tableDepth} 层（上限 ${MAX_TABLE_DEPTH} 层），不是正常的表格结构，无法读取。`,
    );
  }
  if (elementDepth > MAX_ELEMENT_DEPTH) {
    throw new ReadError(
      'too-deep',
      `文件的结构嵌套了 ${elementDepth} 层（上限 ${MAX_ELEMENT_DEPTH} 层），不是正常的文档结构，无法读取。`,
    );
  }
}

/** How much a document holds: what the budgets above count. */
export interface DocumentSize {
  tableRows: number;
  tableCells: number;
  paragraphs: number;
}

/** The refusal for a document of this size, or null. `what` names it: 这个文件, 报告第 2 份文件. */
export function refuseDocumentSize(size: DocumentSize, what = '这个文件'): ReadError | null {
  const over = (count: number, limit: number, unit: string) =>
    count > limit ? `${count.toLocaleString('zh-CN')} ${unit}（上限 ${limit.toLocaleString('zh-CN')} ${unit}）` : null;
  const excess = [
    over(size.tableRows, MAX_TABLE_ROWS, '行表格'),
    over(size.tableCells, MAX_TABLE_CELLS, '个单元格'),
    over(size.paragraphs, MAX_PARAGRAPHS, '段文字'),
  ].filter((part) => part !== null);
  if (excess.length === 0) return null;
  return new ReadError(
    'too-large',
    `${what}有 ${excess.join('、')}，内容过多，没有读取。一个部门的预算/决算公开文件通常只有几百行表格；请确认选对了文件，或只保留本部门的部分后再试。`,
  );
}

/** Every grid of the document counted, nested or not: the readers keep grids rectangular. */
export function checkDocumentSize(document: ParsedDocument): void {
  const size: DocumentSize = { tableRows: 0, tableCells: 0, paragraphs: 0 };
  for (const block of document.blocks) {
    if (block.type === 'paragraph') {
      size.paragraphs += 1;
      continue;
    }
    size.tableRows += block.rows.length;
    for (const row of block.rows) size.tableCells += row.length;
  }
  const refusal = refuseDocumentSize(size);
  if (refusal) throw refusal;
}

/**
 * The refusal for a report read back (an exported JSON, a record kept in this browser), or null:
 * its tables and text are what the page would draw, so the same budgets hold.
 */
export function refuseReportSize(
  report: { tables: readonly StandardTable[]; paragraphs?: readonly unknown[] },
  what: string,
): ReadError | null {
  let tableRows = 0;
  let tableCells = 0;
  for (const table of report.tables) {
    tableRows += table.rows.length;
    for (const row of table.rows) tableCells += Object.keys(row.cells).length + Object.keys(row.texts ?? {}).length;
  }
  return refuseDocumentSize({ tableRows, tableCells, paragraphs: report.paragraphs?.length ?? 0 }, what);
}
