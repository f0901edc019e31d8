// Unruled tables: runs of lines whose pieces line up in columns → table blocks. Columns come from
// the gutters the data rows leave empty and from the header; a wrapped name on the next baseline
// is joined to the row above.

import { unionBox } from '../../../lib/model/box';
import type { Box, GridCell, TableBlock } from '../../../lib/model/document';
import { joinLines, joinWords, lineText, splitSegments, type TextLine } from './lines';
import { isPreambleLabel, preambleRows } from './preamble';
import { dataColumns, isNumber, overlapRange, withHeaderColumns, type Column } from './unruled-columns';
import { headerRows } from './unruled-header';
import type { Word } from './words';

export interface AlignedTable {
  /** Index of the table's first and last line in the lines given. */
  first: number;
  last: number;
  block: TableBlock;
  /** The organisation/year/unit row (and title) printed in the table's top rows, as text before it. */
  preamble: string[];
  /** Its columns, for a continuation on the next page printed without the header. */
  columns: Column[];
}

/** Fewer rows than this with two or more pieces is not told apart from text with gaps. */
const MIN_ROWS = 3;
/** Rows of a table stand at most this many em apart. */
const MAX_ROW_GAP = 2.5;
/** Header lines above the first row with two pieces (a group label alone on its line). */
const MAX_LONE_HEADER_LINES = 2;
/** A header row set tall leaves up to this many em above the 栏次 row under it. */
const MAX_GAP_ABOVE_NUMBERS = 6;
/** Lines of header labels wrapped in narrow columns, none with two pieces, before the next that has. */
const MAX_LABEL_LINES = 6;
/** …each piece of them at most this many characters. */
const MAX_LABEL_CHARS = 6;
/** A wrapped line sits closer to its row than rows sit to each other. */
const WRAP_PITCH = 0.8;
/** A lone line after the last row belongs to it only when set this close (em): a wrapped name. */
const TIGHT_WRAP = 1.4;
const SEQUENCE = /^\d{1,3}$/;
/** The row numbering the columns (`栏次 1 2 3 …`). */
const COLUMN_NUMBERS = /^(?:栏次|行次)$/;

/** How far (points) a line may stand below the one above it in one table. */
function gapLimit(line: TextLine): number {
  return (isColumnNumbers(line) ? MAX_GAP_ABOVE_NUMBERS : MAX_ROW_GAP) * line.fontSize;
}

function isColumnNumbers(line: TextLine): boolean {
  const [first, ...rest] = line.words;
  return (
    first !== undefined &&
    COLUMN_NUMBERS.test(first.text) &&
    rest.length > 0 &&
    rest.every((word) => SEQUENCE.test(word.text))
  );
}

/** A line led by its 序号 (`17 十七、金融支出`), however close the name follows. */
function isNumbered(line: TextLine): boolean {
  return line.words.length > 1 && SEQUENCE.test(line.words[0]!.text);
}

/** A piece of amounts or codes after the line's first piece. */
function hasFigures(line: TextLine): boolean {
  const [, ...rest] = splitSegments(line);
  return rest.some((segment) => segment.words.every((word) => isNumber(word.text)));
}

/** A data row: a piece of amounts or codes after its first piece, or a 序号 before its name. */
function isDataRow(line: TextLine): boolean {
  return !isColumnNumbers(line) && (isNumbered(line) || hasFigures(line));
}

/** Body columns: a word goes where it overlaps; one across a gutter by its aligned edge. */
function columnOf(columns: readonly Column[], word: Word): number {
  const range = overlapRange(columns, word.x1, word.x2);
  if (range && range[0] === range[1]) return range[0];
  const anchor = isNumber(word.text) ? word.x2 - 0.5 : word.x1 + 0.5;
  let best = 0;
  let distance = Infinity;
  columns.forEach((column, i) => {
    const d = anchor < column.x1 ? column.x1 - anchor : anchor > column.x2 ? anchor - column.x2 : 0;
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}

/** The box around printed words, in page space (y down, glyphs standing on their baseline). */
function wordsBox(words: readonly Word[], page: number): Box | undefined {
  return (
    unionBox(words.map((word) => ({ page, x0: word.x1, y0: word.y - word.fontSize, x1: word.x2, y1: word.y }))) ??
    undefined
  );
}

function bodyRow(line: TextLine, columns: readonly Column[], page: number): GridCell[] {
  const words: Word[][] = columns.map(() => []);
  for (const word of line.words) words[columnOf(columns, word)]!.push(word);
  return words.map((cellWords) => {
    const box = wordsBox(cellWords, page);
    return box ? { text: joinWords(cellWords), box } : { text: joinWords(cellWords) };
  });
}

/** Two pieces of one cell (a wrapped name) as one: texts joined, boxes united. */
function joinCells(above: GridCell, below: GridCell): GridCell {
  const box = unionBox([above.box, below.box]);
  const text = joinLines([above.text, below.text].filter(Boolean));
  return box ? { text, box } : { text };
}

function medianPitch(lines: readonly TextLine[]): number {
  const pitches = lines
    .slice(1)
    .map((line, i) => line.y - lines[i]!.y)
    .sort((a, b) => a - b);
  return pitches[pitches.length >> 1] ?? Infinity;
}

/**
 * Rows at the top of a page that go on with the table the page before ended with, its header not
 * printed again: data from the first line (or a name wrapped just above it), no 栏次 row, and
 * every column of the rows under one of the table's columns.
 */
function continuesTable(rows: readonly TextLine[], carried: readonly Column[]): boolean {
  const firstData = rows.findIndex(isDataRow);
  const wrappedAbove = (r: number) =>
    splitSegments(rows[r]!).length === 1 && rows[r + 1]!.y - rows[r]!.y < TIGHT_WRAP * rows[r]!.fontSize;
  if (firstData < 0 || rows.some(isColumnNumbers) || !rows.slice(0, firstData).every((_, r) => wrappedAbove(r)))
    return false;
  // A 序号 or code before a name is not enough (`320 香河县医疗保障局` heads the next table).
  if (!rows.some(hasFigures)) return false;
  return dataColumns(rows, []).every((own) => carried.some((column) => own.x1 < column.x2 && own.x2 > column.x1));
}

/**
 * The table held by lines[first..last], or null when it is not one: a header ends at the 栏次 row
 * or before the first data row; a table needs MIN_ROWS data rows, or a 栏次 row, or rows that
 * all start with their 序号 (a short page of a continued table), or to continue the table the
 * page before ended with (`carried`, its columns), in those columns.
 */
function buildTable(
  lines: readonly TextLine[],
  first: number,
  last: number,
  page: number,
  carried: readonly Column[] | null,
): { block: TableBlock; columns: Column[] } | null {
  const rows = lines.slice(first, last + 1);
  const continued = carried !== null && continuesTable(rows, carried);
  const numbered = continued ? -1 : rows.findIndex(isColumnNumbers);
  const firstData = rows.findIndex(isDataRow);
  const headerCount = continued ? 0 : numbered >= 0 ? numbered : firstData;
  if (headerCount < 0) return null;
  const body = rows.slice(headerCount + (numbered >= 0 ? 1 : 0));
  const data = body.filter(isDataRow);
  const numberedRows = data.length > 0 && data.every((line) => SEQUENCE.test(line.words[0]!.text));
  if (!continued && data.length < MIN_ROWS && numbered < 0 && !(numberedRows && rows.length >= MIN_ROWS)) return null;
  const header = rows.slice(0, headerCount);
  const columnNumbers = numbered >= 0 ? [rows[numbered]!] : [];
  const columns =
    continued && carried
      ? carried.map((column) => ({ ...column }))
      : withHeaderColumns(dataColumns(body, [...columnNumbers, ...header]), columnNumbers, header);
  if (columns.length < 2) return null;

  const grid: GridCell[][] = headerRows(columns, header);
  for (const line of columnNumbers) grid.push(bodyRow(line, columns, page).map(({ text }) => ({ text })));
  const pitch = medianPitch(body);
  const cells = body.map((line) => bodyRow(line, columns, page));
  const wordy = (r: number) => body[r]!.words.every((word) => !isNumber(word.text));
  const close = (r: number) => r > 0 && body[r]!.y - body[r - 1]!.y < WRAP_PITCH * pitch;
  // A name wrapped in a row centred on its numbers starts on a line of its own just above them.
  const leads = (r: number) =>
    wordy(r) &&
    r + 1 < body.length &&
    !wordy(r + 1) &&
    close(r + 1) &&
    cells[r]!.every((cell, c) => !cell.text || !cells[r + 1]![c]!.text);
  const wrapped: boolean[] = [];
  let lead: GridCell[] | null = null;
  body.forEach((line, r) => {
    if (leads(r)) {
      lead = cells[r]!;
      return;
    }
    const before = lead;
    const row = before ? cells[r]!.map((cell, c) => joinCells(before[c]!, cell)) : cells[r]!;
    lead = null;
    const above = grid[grid.length - 1];
    const isWrap = close(r) && !wrapped[r - 1] && wordy(r);
    if (above && isWrap && row.every((cell, c) => !cell.text || above[c]!.text)) {
      row.forEach((cell, c) => cell.text && (above[c] = joinCells(above[c]!, cell)));
      wrapped[r] = true;
      return;
    }
    grid.push(row);
  });
  return { block: { type: 'table', rows: grid, rowPages: grid.map(() => page) }, columns };
}

/** Lines directly above a run of aligned rows that hold its lone group labels. */
function loneHeaderLines(lines: readonly TextLine[], first: number): number {
  let start = first;
  while (start > 0 && first - start < MAX_LONE_HEADER_LINES) {
    const line = lines[start - 1]!;
    const next = lines[start]!;
    const sameSize = Math.abs(line.fontSize - next.fontSize) <= 0.15 * next.fontSize;
    const text = lineText(line);
    if (!sameSize || next.y - line.y > gapLimit(next) || isPreambleLabel(text) || /[。：:]$/.test(text)) break;
    start--;
  }
  return start;
}

/** Lines above a run of rows looked at for an organisation/year/unit row wrapped into it. */
const PREAMBLE_LOOKBACK = 3;
/** Lines of a header, however narrow its columns: where the row is looked for at most. */
const MAX_HEADER_LINES = 24;

/**
 * Where the header of the table in lines[first..last] starts: below the organisation/year/unit
 * row printed in its top rows, which may wrap around the lines the run starts with.
 */
function cutPreamble(
  lines: readonly TextLine[],
  first: number,
  last: number,
): { start: number; header: number; texts: string[] } {
  let from = first;
  while (
    from > 0 &&
    first - from < PREAMBLE_LOOKBACK &&
    lines[from]!.y - lines[from - 1]!.y <= MAX_ROW_GAP * lines[from]!.fontSize
  )
    from--;
  // The row ends above the 栏次 row; a wrapped year (`2021`) may look like a data row.
  const end = Math.min(last, first + MAX_HEADER_LINES);
  let to = first;
  while (to <= end && !isDataRow(lines[to]!) && !isColumnNumbers(lines[to]!)) to++;
  for (let extra = 0; extra < PREAMBLE_LOOKBACK && to <= end && !isColumnNumbers(lines[to]!); extra++) to++;
  const found = preambleRows(lines.slice(from, to), first - from);
  if (!found) return { start: first, header: first, texts: [] };
  return { start: from + found.start, header: from + found.end, texts: found.texts };
}

/** A line of header labels wrapped in narrow columns: short pieces, no organisation/year/unit label. */
function isLabelPiece(line: TextLine): boolean {
  return !isPreambleLabel(lineText(line)) && line.words.every((word) => [...word.text].length <= MAX_LABEL_CHARS);
}

/** A 序号 alone on its line: centred beside a name wrapped above and below it. */
function isLoneSequence(line: TextLine): boolean {
  return line.words.length === 1 && SEQUENCE.test(line.words[0]!.text);
}

/**
 * Unruled tables in the lines of a stretch of a page. `carried`: the columns of the table the
 * page before ended with, when this stretch starts the page.
 */
export function findAlignedTables(
  lines: readonly TextLine[],
  page: number,
  carried: readonly Column[] | null = null,
): AlignedTable[] {
  const pieceCounts = lines.map((line) => splitSegments(line).length);
  const isRow = (i: number) =>
    (pieceCounts[i]! > 1 || isNumbered(lines[i]!) || isLoneSequence(lines[i]!)) &&
    !isPreambleLabel(lineText(lines[i]!));
  const tables: AlignedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRow(i)) {
      i++;
      continue;
    }
    const near = (j: number) => j < lines.length && lines[j]!.y - lines[j - 1]!.y <= gapLimit(lines[j]!);
    /** The run's last line and row count, passing up to `labelLines` lines without pieces above its first data row. */
    const extend = (labelLines: number) => {
      const rowFollows = (j: number, within: number) => {
        for (let k = j + 1; k <= j + within && near(k); k++) {
          if (isRow(k)) return true;
          if (!isLabelPiece(lines[k]!)) return false;
        }
        return false;
      };
      let last = i;
      let rowCount = 1;
      let inHeader = !isDataRow(lines[i]!);
      for (let j = i + 1; j < lines.length; j++) {
        if (!near(j)) break;
        if (isRow(j)) {
          [last, rowCount] = [j, rowCount + 1];
          inHeader &&= !isDataRow(lines[j]!);
        } else if (rowFollows(j, inHeader && isLabelPiece(lines[j]!) ? labelLines : 1)) continue;
        else if (isRow(j - 1) && lines[j]!.y - lines[j - 1]!.y <= TIGHT_WRAP * lines[j]!.fontSize) last = j;
        else break;
      }
      return { last, rowCount };
    };
    // Header labels wrapped in narrow columns may fill several lines; they are taken for a header
    // only when a 栏次 row numbers its columns or the header is repeated atop the page after the
    // table began (a form of labels and values has neither).
    let run = extend(MAX_LABEL_LINES);
    const repeated = carried !== null && tables.length === 0;
    if (!repeated && !lines.slice(i, run.last + 1).some(isColumnNumbers)) run = extend(1);
    const { last, rowCount } = run;
    const first = loneHeaderLines(lines, i);
    const cut = cutPreamble(lines, first, last);
    const build = (start: number, header: number) => {
      // A page may hold only the last row or two of the table the page before ended with.
      const atTop = carried !== null && start === 0 ? carried : null;
      return rowCount >= (atTop ? 1 : MIN_ROWS) ? buildTable(lines, header, last, page, atTop) : null;
    };
    // Without the preamble row a header with no data under it (an empty table) is no table: kept whole.
    const withoutPreamble = cut.header > first ? build(cut.start, cut.header) : null;
    const [start, preamble, built] = withoutPreamble
      ? [cut.start, cut.texts, withoutPreamble]
      : [first, [], build(first, first)];
    if (built) tables.push({ first: start, last, preamble, ...built });
    i = built ? last + 1 : i + 1;
  }
  return tables;
}
