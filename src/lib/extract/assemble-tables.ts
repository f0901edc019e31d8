// Document blocks → logical tables: titles, units and notes read from around each grid, and a
// table continued on the next page (repeated title/org/year/unit lines and header rows) merged
// back into one, including a row split by the page break. What of this a reader of the report
// should know (a merged continuation, a joined row, a guessed title) is recorded as events.

import type { TableKind, Unit } from '../model/disclosure';
import type { Block, Box, GridCell, TableAssemblyCode, TableBlock } from '../model/document';
import { isTotalName, STANDARD_KINDS, startsWithListMarker } from '../model/table-vocabulary';
import { cleanCell, cleanLabel } from './clean-text';
import { flattenHeader, isColumnNumberRow, isDataRow, splitHeader } from './header';
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

/**
 * A table of contents laid out as a grid: every row a heading and a rising page number. Read row
 * by row: a data table's first row already tells it is none.
 */
function isContentsTable(rows: GridCell[][]): boolean {
  let previousPage = 0;
  return (
    rows.length >= 3 &&
    rows.every((row) => {
      const filled = row.map((cell) => cleanCell(cell.text)).filter(Boolean);
      const page = filled.length === 2 && /^\d{1,3}$/.test(filled[1]!) ? Number(filled[1]) : NaN;
      if (!(page >= previousPage)) return false;
      previousPage = page;
      return true;
    })
  );
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
 * beside 合计. They belong to the header: the columns gain them and the row loses them.
 */
function moveCodeLevelLabels(
  firstRow: string[] | undefined,
  columns: string[],
): { firstRow: string[] | undefined; columns: string[] } {
  const levels = ['类', '款', '项'];
  const start = firstRow?.findIndex((cell) => cleanLabel(cell) === '类') ?? -1;
  if (!firstRow || start < 0) return { firstRow, columns };
  if (!levels.every((level, k) => cleanLabel(firstRow[start + k] ?? '') === level || k === 2)) {
    return { firstRow, columns };
  }
  const isLevelAt = (col: number) =>
    col >= start && col < start + 3 && cleanLabel(firstRow[col] ?? '') === levels[col - start];
  return {
    firstRow: firstRow.map((cell, col) => (isLevelAt(col) ? '' : cell)),
    columns: columns.map((path, col) => (isLevelAt(col) ? `${path}/${levels[col - start]}` : path)),
  };
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
/** Share of a row's labels that must be the table's header labels for the row to repeat its header. */
const REPEATED_HEADER_SHARE = 0.6;

function countRepeatedHeaderRows(rows: string[][], header: string[][]): number {
  // A repeated 栏次 row ends the repeated header even where a label above it reads differently
  // (a scan's 科目纺码 for 科目编码): column numbers are never data.
  const numbered = rows.slice(0, header.length).findIndex(isColumnNumberRow);
  if (numbered >= 0 && header.some(isColumnNumberRow) && !rows.slice(0, numbered).some(isDataRow)) return numbered + 1;
  const headerLabels = new Set(header.flat().map(cleanLabel).filter(Boolean));
  const known = [...headerLabels];
  const isHeaderLabel = (label: string) =>
    headerLabels.has(label) || (label.length >= 2 && known.some((header) => header.startsWith(label)));
  let count = 0;
  for (const row of rows) {
    // Asked first: most continued pages start with a data row, whose labels need no matching.
    if (isDataRow(row)) break;
    const labels = row.map(cleanLabel).filter(Boolean);
    // Most labels known is enough: a scan misreads one here and there (经营支由, 上上级支出).
    const matching = labels.filter(isHeaderLabel).length;
    if (labels.length === 0 || matching < REPEATED_HEADER_SHARE * labels.length) break;
    count++;
  }
  return count;
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((path, i) => path === b[i]);
}

/** Something assembling did to a grid that a reader of the report should know; see ./extract-messages.ts. */
export interface AssemblyEvent {
  code: TableAssemblyCode;
  /** Index of the logical table it concerns, or null for a grid read as no table. */
  table: number | null;
  page: number | null;
  /** The words it is about: a joined row's text, a guessed title. */
  detail?: string;
}

/** An event before it is known which table it belongs to. */
type TableEvent = Omit<AssemblyEvent, 'table'>;

export interface AssembledTables {
  tables: LogicalTable[];
  events: AssemblyEvent[];
}

export function assembleTables(blocks: Block[]): AssembledTables {
  const tables: LogicalTable[] = [];
  const events: AssemblyEvent[] = [];
  let context: ContextLine[] = [];
  let afterTable = false;
  const current = (): LogicalTable | null => tables[tables.length - 1] ?? null;
  const replaceCurrent = (table: LogicalTable, tableEvents: TableEvent[]) => {
    tables[tables.length - 1] = table;
    events.push(...tableEvents.map((event) => ({ ...event, table: tables.length - 1 })));
  };

  blocks.forEach((block, blockIndex) => {
    const table = current();
    if (block.type === 'paragraph') {
      if (table && afterTable && NOTE.test(cleanLabel(block.text))) {
        replaceCurrent({ ...table, notes: [...table.notes, cleanCell(block.text)] }, []);
        return;
      }
      // A note broken over two paragraphs by a page layout: it resumes where the sentence stopped.
      const lastNote = table?.notes[table.notes.length - 1];
      const resumesNote =
        lastNote && !/[。；.;!！?？]$/.test(lastNote) && /。$/.test(block.text.trim()) && !isTableTitle(block.text);
      if (table && afterTable && resumesNote) {
        replaceCurrent({ ...table, notes: [...table.notes.slice(0, -1), lastNote + cleanCell(block.text)] }, []);
        return;
      }
      afterTable = false;
      context.push({ text: block.text });
      return;
    }
    if (isContentsTable(block.rows)) {
      events.push({ code: 'contents-table-skipped', table: null, page: block.rowPages?.[0] ?? null });
      return;
    }
    const reading = readBlock(block, blockIndex, context, table);
    const continued = table && reading.follows ? continueTable(table, reading) : null;
    if (continued) {
      replaceCurrent(continued.table, continued.events);
    } else {
      tables.push(reading.fresh);
      events.push(
        ...freshTableEvents(reading.fresh, reading.titled).map((event) => ({ ...event, table: tables.length - 1 })),
      );
    }
    context = [];
    afterTable = true;
  });
  return { tables, events };
}

/** A grid as read on its own, with what is needed to tell whether it continues the table above. */
interface BlockReading {
  /** The grid as a table of its own. */
  fresh: LogicalTable;
  /** A title the lines before the grid give, or null. */
  titled: string | null;
  /** Nothing between the tables but meta lines and the same title: the grid may continue the one above. */
  follows: boolean;
  page: number | null;
  /** Header rows as printed (merged labels repeated), 栏次 row left out. */
  headerLabels: string[][];
  /** Rows below the preamble, merged cells counted once, code-level labels moved to the header. */
  content: string[][];
  bodyStart: number;
  /** Content row `row` as a body row, with its cells' boxes when it has any. */
  bodyRow: (cells: string[], row: number) => BodyRow;
}

function readBlock(
  block: TableBlock,
  blockIndex: number,
  context: ContextLine[],
  current: LogicalTable | null,
): BlockReading {
  // Header rows need a merged label over every column it covers; everywhere else a merged cell
  // counts once, so a name merged over the code column is not read as a code too.
  const rows = block.rows.map((row) => row.map((cell) => (cell.spanOrigin ? '' : cell.text)));
  const preambleRows = countPreambleRows(rows);
  const lines = [
    ...context.map((line) => line.text),
    ...rows
      .slice(0, preambleRows)
      .flat()
      .filter((cell) => cleanCell(cell)),
  ];
  const titled = lastCleanLine(lines, isTableTitle) ?? null;
  const pageOf = (row: number) => block.rowPages?.[row] ?? null;
  const bodyRow = (cells: string[], row: number): BodyRow => {
    const gridRow = block.rows[preambleRows + row];
    return gridRow?.some((cell) => cell.box)
      ? { cells, page: pageOf(preambleRows + row), boxes: gridRow.map((cell) => cell.box) }
      : { cells, page: pageOf(preambleRows + row) };
  };

  const printed = rows.slice(preambleRows);
  const kind = titled ? classifyTitle(titled) : 'other';
  const isForm = FORM_KINDS.includes(kind);
  const split = isForm
    ? { header: [], bodyStart: 0 }
    : splitHeader(printed, WHOLE_HEADER_KINDS.includes(kind) ? printed.length : 1);
  // Labels are only needed for the header rows (and the 栏次 row under them).
  const printedHeader = block.rows
    .slice(preambleRows, preambleRows + split.bodyStart)
    .map((row) => row.map((cell) => cell.text));
  const headerLabels = printedHeader.slice(0, split.header.length);
  const moved = moveCodeLevelLabels(
    printed[split.bodyStart],
    isForm ? Array.from({ length: printed[0]?.length ?? 0 }, (_, i) => `列${i + 1}`) : flattenHeader(headerLabels),
  );
  const content = printed.map((row, i) => (i === split.bodyStart ? moved.firstRow! : row));
  const body = nonBlankBody(content, split.bodyStart, bodyRow);

  return {
    fresh: {
      kind,
      title: titled ?? lastCleanLine(lines, (line) => !isMetaLine(line) && line.length <= MAX_FALLBACK_TITLE) ?? '',
      unit: firstReading([...lines].reverse(), readUnit) ?? firstReading(split.header.flat(), readUnit),
      org: firstReading(lines, readOrgLine),
      year: firstReading(lines, readYearLine),
      notes: [],
      columns: moved.columns,
      header: printedHeader,
      body,
      blockIndex,
      page: pageOf(0),
    },
    titled,
    follows:
      current !== null &&
      (titled === null || titled === current.title) &&
      lastCleanLine(lines, (line) => !isMetaLine(line) && line !== current.title) === undefined,
    page: pageOf(0),
    headerLabels,
    content,
    bodyStart: split.bodyStart,
    bodyRow,
  };
}

/**
 * The last of the lines that passes `test` once cleaned (blank ones skipped), cleaned. NOTE: the
 * lines before the first table are all the explanation text before it; the answers stand right
 * above the grid, so lines are cleaned from the end and only as far as needed.
 */
function lastCleanLine(lines: string[], test: (line: string) => boolean): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = cleanLabel(lines[i]!);
    if (line && test(line)) return line;
  }
  return undefined;
}

/** What `read` makes of the first text it can read, or null when it reads none. */
function firstReading<T>(texts: string[], read: (text: string) => T | null): T | null {
  for (const text of texts) {
    const reading = read(text);
    if (reading !== null) return reading;
  }
  return null;
}

/** Content rows from `start` on as body rows, blank rows left out. */
function nonBlankBody(content: string[][], start: number, bodyRow: BlockReading['bodyRow']): BodyRow[] {
  const body: BodyRow[] = [];
  for (let row = start; row < content.length; row++) {
    const cells = content[row]!;
    if (!isBlankRow(cells)) body.push(bodyRow(cells, row));
  }
  return body;
}

/** The table with a grid that continues it, and what joining them did; null when the grid is no continuation. */
type ContinuationMatcher = (
  table: LogicalTable,
  reading: BlockReading,
) => { table: LogicalTable; events: TableEvent[] } | null;

/**
 * A page that ends right after a table's first header row: the rest of the table, with the
 * lower header rows, starts the next page. The rows above stretch over the new columns.
 */
const headerContinued: ContinuationMatcher = (table, reading) => {
  const width = reading.content[0]?.length ?? 0;
  if (reading.titled !== null || table.body.length > 0 || table.columns.length === width) return null;
  const header = [...stretchRows(table.header, width), ...reading.headerLabels];
  // NOTE: the grid's first body row had its 类/款/项 labels moved already, so this finds none;
  // kept so the assembled tables stay exactly as before this was split up.
  const { columns } = moveCodeLevelLabels(reading.content[reading.bodyStart], flattenHeader(header));
  return {
    table: { ...table, header, columns, body: reading.fresh.body },
    events: [{ code: 'header-continued', page: reading.page }],
  };
};

/** The same columns again (or any grid after a form): all of it is body. */
const sameColumnsContinued: ContinuationMatcher = (table, reading) => {
  if (!sameColumns(reading.fresh.columns, table.columns) && !FORM_KINDS.includes(table.kind)) return null;
  const continued = appendContinuation(table, reading.fresh.body);
  return { ...continued, events: [{ code: 'continuation-merged', page: reading.page }, ...continued.events] };
};

/**
 * A closing 合计 row drawn as a grid of its own, its label merged over the code and name
 * columns: its amounts stand under the table's last columns.
 */
const closingTotalAligned: ContinuationMatcher = (table, reading) => {
  const width = reading.content[0]?.length ?? 0;
  if (width <= 1 || width >= table.columns.length || !reading.content.every(isClosingTotal)) return null;
  const padding = table.columns.length - width;
  const pad = <T>(values: T[], blank: T) => [values[0]!, ...Array<T>(padding).fill(blank), ...values.slice(1)];
  const continued = appendContinuation(
    table,
    reading.content.map((cells, i) => {
      const row = reading.bodyRow(cells, i);
      return { ...row, cells: pad(cells, ''), ...(row.boxes ? { boxes: pad(row.boxes, undefined) } : {}) };
    }),
  );
  return { ...continued, events: [{ code: 'total-row-aligned', page: reading.page }, ...continued.events] };
};

/**
 * NOTE: a table continued on the next page without its header (common in PDFs) is a grid of the
 * same width with nothing between: all of it is body, and its first row may end a split row.
 * Header rows the page repeats are left out.
 */
const headerlessContinued: ContinuationMatcher = (table, reading) => {
  if (reading.content[0]?.length !== table.columns.length) return null;
  const repeatedHeader = countRepeatedHeaderRows(reading.content, table.header);
  // Most often the rows after the repeated header are the ones the grid's own reading took as body.
  const body =
    repeatedHeader === reading.bodyStart
      ? reading.fresh.body
      : nonBlankBody(reading.content, repeatedHeader, reading.bodyRow);
  const continued = appendContinuation(table, body);
  const events: TableEvent[] = [{ code: 'continuation-merged', page: reading.page }];
  if (repeatedHeader > 0) events.push({ code: 'repeated-header-dropped', page: reading.page });
  return { ...continued, events: [...events, ...continued.events] };
};

/** Tried in this order; the first that matches continues the table. */
const CONTINUATIONS: readonly ContinuationMatcher[] = [
  headerContinued,
  sameColumnsContinued,
  closingTotalAligned,
  headerlessContinued,
];

function continueTable(
  table: LogicalTable,
  reading: BlockReading,
): { table: LogicalTable; events: TableEvent[] } | null {
  for (const matcher of CONTINUATIONS) {
    const continued = matcher(table, reading);
    if (continued) return continued;
  }
  return null;
}

/** A new table whose title had to be guessed from the words before it, or could not be found. */
function freshTableEvents(table: LogicalTable, titled: string | null): TableEvent[] {
  if (titled !== null) return [];
  return table.title
    ? [{ code: 'title-guessed', page: table.page, detail: table.title }]
    : [{ code: 'title-missing', page: table.page }];
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

/** The table with rows appended and a row split by the page break joined. */
function appendContinuation(table: LogicalTable, body: BodyRow[]): { table: LogicalTable; events: TableEvent[] } {
  const [first, ...rest] = body;
  if (!first) return { table, events: [] };
  const events: TableEvent[] = [];
  const last = table.body[table.body.length - 1];
  let rows: BodyRow[];
  if (last && isSplitRowTail(first, last, table)) {
    const joined = joinSplitRow(last, first);
    const col = first.cells.findIndex((cell) => cleanCell(cell) !== '');
    events.push({ code: 'split-row-joined', page: first.page, detail: joined.cells[col] });
    rows = [...table.body.slice(0, -1), joined, ...rest];
  } else {
    rows = table.body.concat(body);
  }
  // Wider rows (a form's value cells) get plain column names.
  const width = Math.max(table.columns.length, ...body.map((row) => row.cells.length));
  const added = Array.from({ length: width - table.columns.length }, (_, i) => `列${table.columns.length + i + 1}`);
  return { table: { ...table, body: rows, columns: [...table.columns, ...added] }, events };
}
