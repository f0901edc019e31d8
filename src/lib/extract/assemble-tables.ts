// Document blocks → logical tables: titles, units and notes read from around each grid, and a
// table continued on the next page (repeated title/org/year/unit lines and header rows) merged
// back into one, including a row split by the page break.

import type { Block, Box, TableBlock } from '../model/document';
import type { TableKind, Unit } from '../model/disclosure';
import { isTotalName, STANDARD_KINDS, startsWithListMarker } from '../model/table-vocabulary';
import { cleanCell, cleanLabel } from './clean-text';
import { flattenHeader, isDataRow, splitHeader } from './header';
import { parseAmount } from './parse-amount';
import { isMetaLine, readOrgLine, readUnit, readYearLine, type OrgLine } from './meta-lines';
import { classifyTitle, isTableTitle } from './table-kind';

export interface BodyRow {
  cells: string[];
  page: number | null;
  /** Where each cell is printed (PDF only), parallel to `cells`. */
  boxes?: Array<Box | undefined>;
}

export interface LogicalTable {
  kind: TableKind;
  title: string;
  unit: Unit | null;
  org: OrgLine | null;
  year: number | null;
  notes: string[];
  columns: string[];
  /** The header rows as printed (merged labels repeated over their columns), 栏次 row included. */
  header: string[][];
  body: BodyRow[];
  blockIndex: number;
  page: number | null;
}

/** Tables read as forms (label/value rows), not as a header over rows. */
const FORM_KINDS: readonly TableKind[] = ['project-performance'];
const NOTE = /^(注|备注|说明)[:：]/;
const MAX_FALLBACK_TITLE = 40;

interface ContextLine {
  text: string;
}

/** Kinds whose header may fill the whole grid: a table with no data rows is an empty table. */
const WHOLE_HEADER_KINDS: readonly TableKind[] = [...STANDARD_KINDS, 'procurement'];

/** A table of contents laid out as a grid: every row a heading and a rising page number. */
function isContentsTable(rows: string[][]): boolean {
  const pages = rows.map((row) => {
    const filled = row.map(cleanCell).filter(Boolean);
    return filled.length === 2 && /^\d{1,3}$/.test(filled[1]!) ? Number(filled[1]) : NaN;
  });
  return rows.length >= 3 && pages.every((page, i) => page >= (pages[i - 1] ?? 0));
}

/** Leading grid rows that are a title or repeated org/year/unit lines rather than table content. */
function countPreambleRows(rows: string[][]): number {
  let count = 0;
  for (const row of rows) {
    const filled = row.map(cleanCell).filter(Boolean);
    const isTitle = new Set(filled).size === 1 && isTableTitle(filled[0]!);
    if (filled.length && !isTitle && !filled.every(isMetaLine)) break;
    count++;
  }
  return count;
}

/**
 * Codes printed across 类 | 款 | 项 columns: those three labels can sit in the first data row,
 * beside 合计. They belong to the header.
 */
function moveCodeLevelLabels(firstRow: string[] | undefined, columns: string[]): void {
  if (!firstRow) return;
  const levels = ['类', '款', '项'];
  const start = firstRow.findIndex((cell) => cleanLabel(cell) === '类');
  if (start < 0 || !levels.every((level, k) => cleanLabel(firstRow[start + k] ?? '') === level || k === 2)) return;
  levels.forEach((level, k) => {
    if (cleanLabel(firstRow[start + k] ?? '') !== level) return;
    columns[start + k] = `${columns[start + k]}/${level}`;
    firstRow[start + k] = '';
  });
}

/** `合计 | 156,211,123 | …`: a total label, then amounts or blanks only. */
function isClosingTotal(cells: string[]): boolean {
  const [label, ...rest] = cells.map(cleanCell);
  return isTotalName(cleanLabel(label ?? '')) && rest.every((cell) => !cell || parseAmount(cell) !== null);
}

function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cleanCell(cell) === '');
}

const MIN_WRAPPED_LABEL = 6;

/**
 * The first row on a new page continues the row before the break when it has neither 序号 nor
 * code and either finishes a number cut at its point (`38990000.` + `00`) or only carries on
 * the words of one cell that already held words (`财政对城乡居民基本医疗保` + `险基金的补助`).
 */
function isSplitRowTail(row: BodyRow, previous: BodyRow, table: LogicalTable): boolean {
  const keyColumns = table.columns.flatMap((path, col) => (/(序号|编码|代码)$/.test(path) ? [col] : []));
  if (isBlankRow(row.cells) || keyColumns.some((col) => cleanCell(row.cells[col] ?? '') !== '')) return false;
  const filled = row.cells.flatMap((cell, col) => (cleanCell(cell) ? [col] : []));
  const before = (col: number) => cleanCell(previous.cells[col] ?? '');
  if (filled.some((col) => before(col).endsWith('.'))) return true;
  // Words alone: one cell, continuing a label long enough to have wrapped (a row only breaks across
  // pages where its text runs over lines) — so a vertical list's next item under `小计` stays a row.
  const [col] = filled;
  const text = cleanCell(row.cells[col!] ?? '');
  const head = before(col!);
  return (
    filled.length === 1 &&
    head.length >= MIN_WRAPPED_LABEL &&
    parseAmount(text) === null &&
    parseAmount(head) === null &&
    !startsWithListMarker(text)
  );
}

function joinSplitRow(head: BodyRow, tail: BodyRow): BodyRow {
  // The figure is pointed at where its row starts, above the page break.
  return {
    ...head,
    cells: head.cells.map((cell, i) => `${cleanCell(cell)}${cleanCell(tail.cells[i] ?? '')}`),
  };
}

/**
 * Leading rows that repeat the table's header on a new page, possibly cut short by the page
 * layout (`对附属单位补助支` for `对附属单位补助支出`): every label in them is, or begins, a header label.
 */
function countRepeatedHeaderRows(rows: string[][], header: string[][]): number {
  const headerLabels = new Set(header.flat().map(cleanLabel).filter(Boolean));
  const known = [...headerLabels];
  const isHeaderLabel = (label: string) =>
    headerLabels.has(label) || (label.length >= 2 && known.some((header) => header.startsWith(label)));
  let count = 0;
  for (const row of rows) {
    const labels = row.map(cleanLabel).filter(Boolean);
    if (isDataRow(row) || labels.length === 0 || !labels.every(isHeaderLabel)) break;
    count++;
  }
  return count;
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((path, i) => path === b[i]);
}

export function assembleTables(blocks: Block[]): LogicalTable[] {
  const tables: LogicalTable[] = [];
  let context: ContextLine[] = [];
  let current: LogicalTable | null = null;
  let afterTable = false;

  blocks.forEach((block, blockIndex) => {
    if (block.type === 'paragraph') {
      if (current && afterTable && NOTE.test(cleanLabel(block.text))) {
        current.notes.push(cleanCell(block.text));
        return;
      }
      // A note broken over two paragraphs by a page layout: it resumes where the sentence stopped.
      const lastNote = current?.notes[current.notes.length - 1];
      const resumesNote =
        lastNote && !/[。；.;!！?？]$/.test(lastNote) && /。$/.test(block.text.trim()) && !isTableTitle(block.text);
      if (current && afterTable && resumesNote) {
        current.notes[current.notes.length - 1] = lastNote + cleanCell(block.text);
        return;
      }
      afterTable = false;
      context.push({ text: block.text });
      return;
    }
    const grid = block.rows.map((row) => row.map((cell) => cell.text));
    if (isContentsTable(grid)) return;
    const table = readTableBlock(block, blockIndex, context, current);
    if (table !== current) {
      tables.push(table);
      current = table;
    }
    context = [];
    afterTable = true;
  });
  return tables;
}

function readTableBlock(
  block: TableBlock,
  blockIndex: number,
  context: ContextLine[],
  current: LogicalTable | null,
): LogicalTable {
  // Header rows need a merged label over every column it covers; everywhere else a merged cell
  // counts once, so a name merged over the code column is not read as a code too.
  const labels = block.rows.map((row) => row.map((cell) => cell.text));
  const rows = block.rows.map((row) => row.map((cell) => (cell.spanOrigin ? '' : cell.text)));
  const preambleRows = countPreambleRows(rows);
  const lines = [
    ...context.map((line) => line.text),
    ...rows
      .slice(0, preambleRows)
      .flat()
      .filter((cell) => cleanCell(cell)),
  ];
  const cleanLines = lines.map(cleanLabel).filter(Boolean);
  const titled = [...cleanLines].reverse().find(isTableTitle) ?? null;
  const substantive = cleanLines.filter((line) => !isMetaLine(line) && line !== current?.title);
  const pageOf = (row: number) => block.rowPages?.[row] ?? null;
  /** Grid row `row` (counted from the block's first row) as a body row, with its cells' boxes when it has any. */
  const bodyRow = (cells: string[], row: number): BodyRow => {
    const boxes = block.rows[row]?.map((cell) => cell.box);
    return boxes?.some(Boolean) ? { cells, page: pageOf(row), boxes } : { cells, page: pageOf(row) };
  };

  const content = rows.slice(preambleRows);
  const kind = titled ? classifyTitle(titled) : 'other';
  const isForm = FORM_KINDS.includes(kind);
  const split = isForm
    ? { header: [], bodyStart: 0 }
    : splitHeader(content, WHOLE_HEADER_KINDS.includes(kind) ? content.length : 1);
  const columns = isForm
    ? Array.from({ length: content[0]?.length ?? 0 }, (_, i) => `列${i + 1}`)
    : flattenHeader(labels.slice(preambleRows, preambleRows + split.header.length));
  moveCodeLevelLabels(content[split.bodyStart], columns);
  const body: BodyRow[] = content
    .slice(split.bodyStart)
    .map((cells, i) => bodyRow(cells, preambleRows + split.bodyStart + i))
    .filter((row) => !isBlankRow(row.cells));

  const follows = current !== null && substantive.length === 0 && (titled === null || titled === current.title);
  // A page that ends right after a table's first header row: the rest of the table, with the
  // lower header rows, starts the next page. The rows above stretch over the new columns.
  const width = content[0]?.length ?? 0;
  if (current && follows && titled === null && current.body.length === 0 && current.columns.length !== width) {
    const header = [
      ...stretchRows(current.header, width),
      ...labels.slice(preambleRows, preambleRows + split.header.length),
    ];
    current.header = header;
    current.columns = flattenHeader(header);
    moveCodeLevelLabels(content[split.bodyStart], current.columns);
    current.body = body;
    return current;
  }
  if (current && follows && (sameColumns(columns, current.columns) || FORM_KINDS.includes(current.kind))) {
    appendContinuation(current, body);
    return current;
  }
  // A closing 合计 row drawn as a grid of its own, its label merged over the code and name
  // columns: its amounts stand under the table's last columns.
  if (current && follows && width > 1 && width < current.columns.length && content.every(isClosingTotal)) {
    const padding = current.columns.length - width;
    appendContinuation(
      current,
      content.map((cells, i) => {
        const row = bodyRow(cells, preambleRows + i);
        const pad = <T>(values: T[], blank: T) => [values[0]!, ...Array<T>(padding).fill(blank), ...values.slice(1)];
        return { ...row, cells: pad(cells, ''), ...(row.boxes ? { boxes: pad(row.boxes, undefined) } : {}) };
      }),
    );
    return current;
  }
  // NOTE: a table continued on the next page without its header (common in PDFs) is a grid of the
  // same width with nothing between: all of it is body, and its first row may end a split row.
  if (current && follows && content[0]?.length === current.columns.length) {
    const repeatedHeader = countRepeatedHeaderRows(content, current.header);
    appendContinuation(
      current,
      content
        .slice(repeatedHeader)
        .map((cells, i) => bodyRow(cells, preambleRows + repeatedHeader + i))
        .filter((row) => !isBlankRow(row.cells)),
    );
    return current;
  }

  const unitLine = [...lines].reverse().find((line) => readUnit(line) !== null);
  const headerUnit =
    split.header
      .flat()
      .map(readUnit)
      .find((unit) => unit !== null) ?? null;
  const orgLine = lines.map(readOrgLine).find((org) => org !== null) ?? null;
  const yearLine = lines.map(readYearLine).find((year) => year !== null) ?? null;
  const fallbackTitle = [...cleanLines]
    .reverse()
    .find((line) => !isMetaLine(line) && line.length <= MAX_FALLBACK_TITLE);
  return {
    kind,
    title: titled ?? fallbackTitle ?? '',
    unit: (unitLine ? readUnit(unitLine) : null) ?? headerUnit,
    org: orgLine,
    year: yearLine,
    notes: [],
    columns,
    header: labels.slice(preambleRows, preambleRows + split.bodyStart),
    body,
    blockIndex,
    page: pageOf(0),
  };
}

/** Header rows spread over a wider grid: each old column covers an equal share of the new ones. */
function stretchRows(rows: string[][], width: number): string[][] {
  return rows.map((row) =>
    Array.from(
      { length: width },
      (_, col) => row[Math.min(row.length - 1, Math.floor((col * row.length) / width))] ?? '',
    ),
  );
}

function appendContinuation(table: LogicalTable, body: BodyRow[]): void {
  const [first, ...rest] = body;
  if (!first) return;
  const last = table.body[table.body.length - 1];
  if (last && isSplitRowTail(first, last, table)) {
    table.body[table.body.length - 1] = joinSplitRow(last, first);
    table.body.push(...rest);
  } else {
    table.body.push(first, ...rest);
  }
  const width = Math.max(table.columns.length, ...body.map((row) => row.cells.length));
  for (let i = table.columns.length; i < width; i++) table.columns.push(`列${i + 1}`);
}
