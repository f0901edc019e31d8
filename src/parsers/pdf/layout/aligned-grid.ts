// Unruled tables: runs of lines whose pieces line up in columns → table blocks. Columns come from
// the gutters the data rows leave empty and from the header; a wrapped name on the next baseline
// is joined to the row above.

import { unionBox } from '../../../lib/model/box';
import type { Box, GridCell, TableBlock } from '../../../lib/model/document';
import { joinLines, joinWords, lineOf, lineText, pieceCount, startsPiece, type TextLine } from './lines';
import { isPreambleLabel, preambleRows } from './preamble';
import { dataColumns, isAmount, isNumber, overlapRange, withHeaderColumns, type Column } from './unruled-columns';
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
/** A lone line after the last row belongs to it only when set this close (em): a wrapped name. */
const TIGHT_WRAP = 1.4;
/** Lines of wrapped names between two rows: two below one row's amounts and two above the next's. */
const MAX_WRAP_LINES = 4;
const SEQUENCE = /^\d{1,3}$/;
/** The row numbering the columns (`栏次 1 2 3 …`). */
const COLUMN_NUMBERS = new Set(['栏次', '行次']);

/** How far (points) a line may stand below the one above it in one table. */
function gapLimit(line: TextLine): number {
  return (isColumnNumbers(line) ? MAX_GAP_ABOVE_NUMBERS : MAX_ROW_GAP) * line.fontSize;
}

function isColumnNumbers({ words }: TextLine): boolean {
  return (
    words.length > 1 &&
    COLUMN_NUMBERS.has(words[0]!.text) &&
    words.every((word, i) => i === 0 || SEQUENCE.test(word.text))
  );
}

/** A line led by its 序号 (`17 十七、金融支出`), however close the name follows. */
function isNumbered(line: TextLine): boolean {
  return line.words.length > 1 && SEQUENCE.test(line.words[0]!.text);
}

/** A piece of amounts or codes after the line's first piece. */
function hasFigures({ words }: TextLine): boolean {
  // Piece by piece as segmentWords cuts them, without the arrays: every line of a stretch is judged.
  let figures = false;
  for (let i = 1; i < words.length; i++) {
    if (startsPiece(words, i)) {
      if (figures) return true;
      figures = true;
    }
    figures &&= isNumber(words[i]!.text);
  }
  return figures;
}

/** A data row: a piece of amounts or codes after its first piece, or a 序号 before its name. */
function isDataRow(line: TextLine): boolean {
  // Runs of rows are tried over the same lines again and again: the verdict is kept on the line.
  return (line.dataRow ??= !isColumnNumbers(line) && (isNumbered(line) || hasFigures(line)));
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

/**
 * The column of a digit group cut off an amount: amounts are right-aligned, so the cell it was
 * cut from is the first whose amounts end at or right of it, however the producer set the piece
 * (Writer sets `00` at the left of the cell, in the gutter before the amounts).
 */
function tailColumnOf(columns: readonly Column[], word: Word): number {
  const index = columns.findIndex((column) => column.kind !== 'text' && column.x2 >= word.x2 - 0.5);
  return index < 0 ? columnOf(columns, word) : index;
}

/** The box around printed words (one or more), in page space (y down, glyphs standing on their baseline). */
function wordsBox(words: readonly Word[], page: number): Box {
  const box = { page, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const word of words) {
    box.x0 = Math.min(box.x0, word.x1);
    box.y0 = Math.min(box.y0, word.y - word.fontSize);
    box.x1 = Math.max(box.x1, word.x2);
    box.y1 = Math.max(box.y1, word.y);
  }
  return box;
}

function bodyRow(line: TextLine, columns: readonly Column[], page: number, tail: boolean): GridCell[] {
  // Most cells hold one word or none: an array of one, not one grown for pushes, and none for an empty cell.
  const words = new Array<Word[] | undefined>(columns.length);
  for (const word of line.words) {
    const column = tail && isNumber(word.text) ? tailColumnOf(columns, word) : columnOf(columns, word);
    const cellWords = words[column];
    if (cellWords) cellWords.push(word);
    else words[column] = [word];
  }
  const cells: GridCell[] = [];
  for (const cellWords of words)
    cells.push(cellWords ? { text: joinWords(cellWords), box: wordsBox(cellWords, page) } : { text: '' });
  return cells;
}

/** Two pieces of one cell (a wrapped name) as one: texts joined, boxes united. */
function joinCells(above: GridCell, below: GridCell): GridCell {
  const box = unionBox([above.box, below.box]);
  const text = joinLines([above.text, below.text].filter(Boolean));
  return box ? { text, box } : { text };
}

/** The integers from..to-1. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Infinity;
}

/** An amount cut at its point or a thousands comma where the cell wrapped it (`38990000.` over `00`). */
const CUT_AMOUNT = /^\d[\d,，]*[.．,，]$/;
/** The digits cut off an amount: its decimals, or its last digit groups. */
const DIGIT_GROUP = /^\d{1,3}$/;

/**
 * The rest of amounts a wrapped cell or a page break cut (`00`, set on a line of its own or after
 * the rest of the name): digit groups only, no 序号 leading a name, no code. Below a row on the
 * page, that row's amounts were cut; at the top of a page's rows (the rest of a row the page
 * break cut), the other rows' amounts have decimals, which a digit group alone lacks.
 */
function isAmountTail(line: TextLine, rowAbove: TextLine | undefined, decimals: boolean): boolean {
  const numbers = line.words.filter((word) => isNumber(word.text));
  if (!numbers.length || !numbers.every((word) => DIGIT_GROUP.test(word.text))) return false;
  if (numbers.length === line.words.length ? numbers.length < 2 : isNumbered(line)) return false;
  return rowAbove ? rowAbove.words.some((word) => CUT_AMOUNT.test(word.text)) : decimals;
}

/** Body lines that hold the rest of cut amounts (see isAmountTail). */
function amountTails(body: readonly TextLine[]): Set<TextLine> {
  const decimals = body.some((line) => line.words.some((word) => isAmount(word.text)));
  const tails = new Set<TextLine>();
  let rowAbove: TextLine | undefined;
  for (const line of body) {
    if (isAmountTail(line, rowAbove, decimals)) tails.add(line);
    else if (isDataRow(line)) rowAbove = line;
  }
  return tails;
}

/** A gap this wide (share of the pitch of rows) always parts two rows. */
const ROW_GAP = 0.9;
/** A name's line that ends this close (em) to its column's right edge is full: the name goes on below. */
const FULL_LINE = 2;

/**
 * Body lines grouped into rows. A row is anchored on its data line (序号, code or amounts); the
 * lines between two anchors are the wraps of their cells, set above (names centred on their
 * amounts), below (names set from the top) or both. They part where they stand furthest apart,
 * the upper ones joining the row above and the lower ones the row below; a gap as wide as rows
 * stand apart parts them too, and lines between two such gaps are a row of their own (a name
 * with no amounts). Lines join only where the name above them filled its line or the amount
 * above them was cut (see oneRow).
 */
function rowGroups(
  body: readonly TextLine[],
  cells: readonly GridCell[][],
  columns: readonly Column[],
  tails: ReadonlySet<TextLine>,
): number[][] {
  const anchors = body.flatMap((line, r) => (isDataRow(line) && !tails.has(line) ? [r] : []));
  const gap = (r: number) => body[r]!.y - body[r - 1]!.y;
  // Rows stand apart by the widest gap between two anchors: wrapped lines stand closer.
  const pitches = anchors.slice(1).map((r, i) => Math.max(...range(anchors[i]! + 1, r + 1).map(gap)));
  const rowGap = ROW_GAP * (pitches.length ? median(pitches) : medianPitch(body));
  // Lines of one row, top to bottom: in each column, a piece goes on from a name that filled its
  // line (it wrapped), or is the rest of an amount cut above it.
  const oneRow = (rows: readonly number[]) =>
    columns.every((column, c) => {
      const pieces = rows.filter((r) => cells[r]![c]!.text);
      return pieces.slice(1).every((r, k) => {
        const [upper, lower] = [cells[pieces[k]!]![c]!, cells[r]![c]!];
        if (isNumber(lower.text)) return CUT_AMOUNT.test(upper.text);
        const filled = (upper.box?.x1 ?? Infinity) >= column.x2 - FULL_LINE * body[pieces[k]!]!.fontSize;
        return !isNumber(upper.text) && filled;
      });
    });
  const groups: number[][] = [];
  /** Lines from..to-1 (none an anchor) between the anchors `above` and `below` (-1 when none). */
  const place = (from: number, to: number, above: number, below: number) => {
    // gap(r) stands before line r: gap(from) after the anchor above, gap(to) before the one below.
    const gaps = range(above < 0 ? from + 1 : from, below < 0 ? to : to + 1);
    const cuts = new Set(gaps.filter((r) => gap(r) >= rowGap));
    if (above >= 0 && below >= 0) cuts.add(gaps.reduce((widest, r) => (gap(r) >= gap(widest) ? r : widest)));
    const starts = from < to ? [from, ...[...cuts].filter((r) => r > from && r < to).sort((x, y) => x - y)] : [];
    starts.forEach((start, k) => {
      const lines = range(start, starts[k + 1] ?? to);
      const host = groups[groups.length - 1];
      if (k === 0 && host && above >= 0 && !cuts.has(from) && oneRow([...host, ...lines])) host.push(...lines);
      else groups.push(lines);
    });
    if (below < 0) return;
    const host = groups[groups.length - 1];
    const joinsBelow = starts.length > 0 && !cuts.has(to) && !host!.includes(above) && oneRow([...host!, below]);
    if (joinsBelow) host!.push(below);
    else groups.push([below]);
  };
  let previous = -1;
  for (const anchor of anchors) {
    place(previous + 1, anchor, previous, anchor);
    previous = anchor;
  }
  place(previous + 1, body.length, previous, -1);
  return groups;
}

function medianPitch(lines: readonly TextLine[]): number {
  return median(lines.slice(1).map((line, i) => line.y - lines[i]!.y));
}

/**
 * Rows at the top of a page that go on with the table the page before ended with, its header not
 * printed again (a whole page of rows, or the one or two a page break spilled): data from the
 * first line (or a name wrapped just above it), no 栏次 row, figures after a name, and every word
 * standing in the table's columns, every number in a column of numbers (the rest of an amount the
 * page break cut stands where the producer put it: see amountTails).
 */
function continuesTable(rows: readonly TextLine[], carried: readonly Column[]): boolean {
  const tails = amountTails(rows);
  const firstData = rows.findIndex(isDataRow);
  const wrappedAbove = (r: number) =>
    pieceCount(rows[r]!) === 1 && rows[r + 1]!.y - rows[r]!.y < TIGHT_WRAP * rows[r]!.fontSize;
  if (firstData < 0 || rows.some(isColumnNumbers) || !rows.slice(0, firstData).every((_, r) => wrappedAbove(r)))
    return false;
  // A 序号 or code before a name is not enough (`320 香河县医疗保障局` heads the next table).
  if (!rows.some((line) => !tails.has(line) && hasFigures(line))) return false;
  const fits = (line: TextLine) =>
    line.words.every((word) => {
      if (tails.has(line) && isNumber(word.text)) return true;
      const range = overlapRange(carried, word.x1, word.x2);
      return range !== null && (!isNumber(word.text) || carried[range[1]]!.kind !== 'text');
    });
  return rows.every(fits);
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
  const tails = amountTails(body);
  // The cut-off digits stand where the producer put them, off the amounts' columns: columns come from the rest.
  const columnLines = body.flatMap((line) => {
    const words = tails.has(line) ? line.words.filter((word) => !isNumber(word.text)) : line.words;
    return words.length ? [words === line.words ? line : lineOf(words)] : [];
  });
  const header = rows.slice(0, headerCount);
  const columnNumbers = numbered >= 0 ? [rows[numbered]!] : [];
  const columns =
    continued && carried
      ? carried.map((column) => ({ ...column }))
      : withHeaderColumns(dataColumns(columnLines, [...columnNumbers, ...header]), columnNumbers, header);
  if (columns.length < 2) return null;

  const grid: GridCell[][] = headerRows(columns, header);
  for (const line of columnNumbers) grid.push(bodyRow(line, columns, page, false).map(({ text }) => ({ text })));
  grid.push(...bodyGrid(body, columns, tails, page));
  return { block: { type: 'table', rows: grid, rowPages: grid.map(() => page) }, columns };
}

/** Body lines in the given columns as grid rows, wrapped lines joined into their rows. */
function bodyGrid(
  body: readonly TextLine[],
  columns: readonly Column[],
  tails: ReadonlySet<TextLine>,
  page: number,
): GridCell[][] {
  const cells = body.map((line) => bodyRow(line, columns, page, tails.has(line)));
  return rowGroups(body, cells, columns, tails).map((group) =>
    group.slice(1).reduce((row, r) => row.map((cell, c) => joinCells(cell, cells[r]![c]!)), cells[group[0]!]!),
  );
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

/** Characters (code points) in a text, as `[...text].length` counts them, without the array. */
function charCount(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}

/** A line of header labels wrapped in narrow columns: short pieces, no organisation/year/unit label. */
function isLabelPiece(line: TextLine): boolean {
  // (A text no longer in UTF-16 units than the limit is within it in characters: most are not counted.)
  return (
    !isPreambleLabel(lineText(line)) &&
    line.words.every((word) => word.text.length <= MAX_LABEL_CHARS || charCount(word.text) <= MAX_LABEL_CHARS)
  );
}

/** A 序号 alone on its line: centred beside a name wrapped above and below it. */
function isLoneSequence(line: TextLine): boolean {
  return line.words.length === 1 && SEQUENCE.test(line.words[0]!.text);
}

/**
 * The row a stack of wrapped names between two rows leads to, or -1: the tail of one row's name
 * and the head of the next's (none a labelled preamble line), set closer than the two rows stand
 * apart, so that one gap between them is widest by far.
 */
function rowAfterWraps(lines: readonly TextLine[], j: number, isRow: (i: number) => boolean): number {
  const gaps: number[] = [];
  for (let k = j; k < Math.min(lines.length, j + MAX_WRAP_LINES + 1); k++) {
    const gap = lines[k]!.y - lines[k - 1]!.y;
    if (gap > MAX_ROW_GAP * lines[k]!.fontSize) return -1;
    gaps.push(gap);
    if (isRow(k)) {
      const widest = Math.max(...gaps);
      return gaps.filter((other) => other >= ROW_GAP * widest).length === 1 ? k : -1;
    }
    if (isPreambleLabel(lineText(lines[k]!))) return -1;
  }
  return -1;
}

/** Whether lines[first..last] hold a data row or a 栏次 row. */
function holdsBodyRow(lines: readonly TextLine[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (isDataRow(lines[k]!) || isColumnNumbers(lines[k]!)) return true;
  return false;
}

/**
 * Unruled tables in the lines of a stretch of a page. `carried`: the columns of the unruled table
 * the page before ended with, when this stretch starts the page: rows at its top that go on with
 * that table, header not repeated, are read in them (see continuesTable).
 */
export function findAlignedTables(
  lines: readonly TextLine[],
  page: number,
  carried: readonly Column[] | null = null,
): AlignedTable[] {
  const pieceCounts = lines.map((line) => pieceCount(line));
  // Asked again and again for the same lines as runs are extended: each line judged once.
  const rowVerdicts = lines.map(
    (line, i) => (pieceCounts[i]! > 1 || isNumbered(line) || isLoneSequence(line)) && !isPreambleLabel(lineText(line)),
  );
  const isRow = (i: number) => rowVerdicts[i]!;
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
          continue;
        }
        if (rowFollows(j, inHeader && isLabelPiece(lines[j]!) ? labelLines : 1)) continue;
        const wrapsTo = rowAfterWraps(lines, j, isRow);
        // Go on at the row the wrapped lines lead to.
        if (wrapsTo > 0) j = wrapsTo - 1;
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
    // With nothing to continue, too few rows, or no data or 栏次 row for a header to end at, build
    // makes no table (see buildTable): the preamble is not looked for.
    if (carried === null && (rowCount < MIN_ROWS || !holdsBodyRow(lines, first, last))) {
      i++;
      continue;
    }
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
