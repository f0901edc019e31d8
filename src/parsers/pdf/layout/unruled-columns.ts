// Columns of an unruled table: cores swept from the data rows' words, then empty columns added
// from the header labels standing where no data is (a column of blanks still has its label).

import { ascending } from './cluster';
import { joinWords, type TextLine } from './lines';
import type { Word } from './words';

export interface Column {
  /** Extent of what is printed in the column: data, 栏次 number, its own header label. */
  x1: number;
  x2: number;
  /** What its data rows hold: mostly names, amounts (right-aligned), integers (序号, codes), or nothing. */
  kind: 'text' | 'number' | 'integer' | 'empty';
}

/** One header label on one line. */
export interface Phrase {
  text: string;
  x1: number;
  x2: number;
  y: number;
  fontSize: number;
}

const NUMBER = /^[-+]?[\d,，]*[.．]?\d+%?$/;
/** Amounts are printed with decimals and right-aligned; codes and 序号 are integers set like names. */
const AMOUNT = /[.．]\d|%$/;
/** A label or 栏次 number centred in the space a text column leaves (within this share) is that column's. */
const CENTRED_IN_REACH = 0.1;
/** One just beside a column of amounts or codes (within this many em, and a quarter of its distance to the other side) is that column's… */
const BESIDE_AMOUNTS = 1;
/** …as is one centred (within this share) between the column before and the amounts' right edge. */
const CENTRED_OVER_AMOUNTS = 0.1;

const SPACES = /\s+/g;
const HAS_SPACE = /\s/;

export function isNumber(text: string): boolean {
  // Most texts hold no space: removing none would still copy them (NUMBER itself matches no space).
  return NUMBER.test(HAS_SPACE.test(text) ? text.replace(SPACES, '') : text);
}

/** An amount as amounts are printed: with decimals (or a percentage). */
export function isAmount(text: string): boolean {
  return isNumber(text) && AMOUNT.test(text);
}

/** Header words closer than this (em) are one label even across runs (`资 金 性` + `质`). */
const LABEL_JOIN = 0.3;
/** A header line this far (em) below another is a lower header row. */
export const LOWER_LINE = 0.5;

/** First and last column an extent overlaps, or null. */
export function overlapRange(columns: readonly Column[], x1: number, x2: number): [number, number] | null {
  // A loop, not forEach: the callback would close over first and last, made anew on each of the
  // many calls (every word of a table's body and header).
  let first = -1;
  let last = -1;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (x1 < column.x2 && x2 > column.x1) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last];
}

interface Core {
  x1: number;
  x2: number;
  words: Word[];
}

function sweep(words: readonly Word[]): Core[] {
  const cores: Core[] = [];
  for (const word of [...words].sort((a, b) => ascending(a.x1, b.x1))) {
    const last = cores[cores.length - 1];
    if (last && word.x1 <= last.x2) {
      last.x2 = Math.max(last.x2, word.x2);
      last.words.push(word);
    } else cores.push({ x1: word.x1, x2: word.x2, words: [word] });
  }
  return cores;
}

function toColumn(core: Core): Column {
  const numbers = core.words.filter((word) => isNumber(word.text));
  const amounts = numbers.filter((word) => isAmount(word.text)).length;
  const kind = amounts * 2 > core.words.length ? 'number' : numbers.length * 2 > core.words.length ? 'integer' : 'text';
  return { x1: core.x1, x2: core.x2, kind };
}

/** The last column starting at or left of x (binary search; columns are sorted and disjoint). */
export function columnAt(columns: ReadonlyArray<{ x1: number }>, x: number): number {
  let low = 0;
  let high = columns.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (columns[middle]!.x1 <= x) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Columns of the data rows. A gutter seen only as a space inside one run is kept only where some
 * row (or header line) breaks runs across it: pdf.js glues `6570.38 一、一般公共服务支出` across
 * two cells, but a lone `项 目` is one label.
 */
export function dataColumns(lines: readonly TextLine[], support: readonly TextLine[]): Column[] {
  const cores = sweep(lines.flatMap((line) => line.words));
  if (!cores.length) return [];
  const supported = new Set<number>();
  for (const line of [...lines, ...support]) {
    line.words.forEach((word, i) => {
      const before = i > 0 ? line.words[i - 1] : undefined; // (not words[-1]: see joinWords)
      if (!before || word.lead || word.x1 - before.x2 < LABEL_JOIN * word.fontSize) return;
      const from = columnAt(cores, before.x1);
      for (let gutter = from; gutter < columnAt(cores, word.x1); gutter++) supported.add(gutter);
    });
  }
  const merged: Core[] = [];
  cores.forEach((core, i) => {
    const last = merged[merged.length - 1];
    if (last && !supported.has(i - 1)) {
      last.x2 = core.x2;
      last.words.push(...core.words);
    } else merged.push(core);
  });
  return merged.map(toColumn);
}

function singleColumn(columns: readonly Column[], word: Word): number {
  const range = overlapRange(columns, word.x1, word.x2);
  return range && range[0] === range[1] ? range[0] : -1;
}

function toPhrase(words: readonly Word[]): Phrase {
  return {
    text: joinWords(words),
    x1: words[0]!.x1,
    x2: words[words.length - 1]!.x2,
    y: Math.min(...words.map((word) => word.y)),
    fontSize: Math.max(...words.map((word) => word.fontSize)),
  };
}

/** A header line cut into labels: separate runs apart unless they touch, one run cut where it crosses a gutter. */
export function phrasesOf(line: TextLine, columns: readonly Column[]): Phrase[] {
  const groups: Word[][] = [];
  // The column of the word before, found once: each word is compared with the one before and after.
  let beforeColumn = -1;
  line.words.forEach((word, i) => {
    const before = i > 0 ? line.words[i - 1] : undefined; // (not words[-1]: see joinWords)
    const column = singleColumn(columns, word);
    const touching =
      before !== undefined && word.x1 - before.x2 < LABEL_JOIN * Math.max(word.fontSize, before.fontSize);
    const apart = before !== undefined && beforeColumn >= 0 && column >= 0 && beforeColumn !== column;
    if (before && (word.lead || touching) && !apart) groups[groups.length - 1]!.push(word);
    else groups.push([word]);
    beforeColumn = column;
  });
  return groups.map(toPhrase);
}

/**
 * Where a label or 栏次 number over no data goes: into the text column on its left when it is
 * centred in the space that column leaves (names are left-aligned, their label centred), or just
 * beside a column of codes; into the column of amounts right of it when it stands just beside
 * them or centred over the cell they are right-aligned in; else it is a column of its own, left
 * blank in every row. A column already labelled on this line takes no second label.
 */
function place(columns: Column[], x1: number, x2: number, fontSize: number, free: (column: Column) => boolean): Column {
  const right = columns.findIndex((column) => column.x1 > x2);
  const left = columns[(right < 0 ? columns.length : right) - 1];
  const next = columns[right];
  const centre = (x1 + x2) / 2;
  const centred = (from: number, to: number, share: number) =>
    Math.abs(centre - (from + to) / 2) <= share * (to - from);
  const gap = next ? next.x1 - x2 : Infinity;
  const leftGap = left ? x1 - left.x2 : Infinity;
  if (left?.kind === 'text' && next && free(left) && centred(left.x1, next.x1, CENTRED_IN_REACH)) return left;
  if (left?.kind === 'integer' && free(left) && leftGap <= BESIDE_AMOUNTS * fontSize && leftGap < gap / 4) return left;
  const beside = gap <= BESIDE_AMOUNTS * fontSize && gap < leftGap / 4;
  if (next?.kind === 'number' && free(next) && (beside || centred(left?.x2 ?? next.x1, next.x2, CENTRED_OVER_AMOUNTS)))
    return next;
  return insertEmpty(columns, x1, x2);
}

function insertEmpty(columns: Column[], x1: number, x2: number): Column {
  const column: Column = { x1, x2, kind: 'empty' };
  const right = columns.findIndex((other) => other.x1 > x2);
  columns.splice(right < 0 ? columns.length : right, 0, column);
  return column;
}

/** A 栏次 number left of right-aligned amounts counts this share of its distance (see distance). */
const AMOUNTS_LEFT_SHARE = 0.5;
/** Cost (points) of leaving a 栏次 number or a data column unmatched. */
const UNMATCHED = 4;

/**
 * How far a 栏次 number stands from a column. Amounts are set to the right edge of their cell and
 * the number is centred over the cell: in a wide cell it stands well left of the amounts, never
 * right of them, so standing left of amounts counts half.
 */
function distance(column: Column, word: Word): number {
  const centre = (word.x1 + word.x2) / 2;
  if (centre > column.x2) return centre - column.x2;
  if (centre >= column.x1) return 0;
  return (column.x1 - centre) * (column.kind === 'number' ? AMOUNTS_LEFT_SHARE : 1);
}

/**
 * The 栏次 numbers matched to data columns in order, each number to at most one column, by least
 * distance (a sort of edit distance): a number matched to nothing numbers an empty column. A
 * sparse page leaves names and amounts far from the number centred over their cell; the order
 * still tells which is which.
 */
function matchNumbers(columns: readonly Column[], words: readonly Word[]): Map<Word, Column> {
  const skip = UNMATCHED * (words[0]?.fontSize ?? 0);
  const cost = Array.from({ length: words.length + 1 }, (_, i) =>
    Array.from({ length: columns.length + 1 }, (_, j) => (i + j) * skip),
  );
  for (let i = 1; i <= words.length; i++) {
    for (let j = 1; j <= columns.length; j++) {
      const match = cost[i - 1]![j - 1]! + distance(columns[j - 1]!, words[i - 1]!);
      cost[i]![j] = Math.min(match, cost[i - 1]![j]! + skip, cost[i]![j - 1]! + skip);
    }
  }
  const matched = new Map<Word, Column>();
  for (let i = words.length, j = columns.length; i > 0 && j > 0;) {
    const here = cost[i]![j]!;
    if (here === cost[i - 1]![j - 1]! + distance(columns[j - 1]!, words[i - 1]!))
      matched.set(words[--i]!, columns[--j]!);
    else if (here === cost[i - 1]![j]! + skip) i--;
    else j--;
  }
  return matched;
}

function widenTo(column: Column, x1: number, x2: number): void {
  column.x1 = Math.min(column.x1, x1);
  column.x2 = Math.max(column.x2, x2);
}

/**
 * Data columns completed from the 栏次 row and the header, bottom line first and right to left
 * (so a column's right neighbour is known): a label over one column widens it; a label over none
 * is placed as above, unless the columns on both sides of it have labels lower down: then it is
 * a group label centred over them.
 */
export function withHeaderColumns(
  data: readonly Column[],
  numbers: readonly TextLine[],
  headerLines: readonly TextLine[],
): Column[] {
  const columns = data.map((column) => ({ ...column }));
  const labelledAt = new Map<Column, number>();
  const label = (column: Column, y: number) => labelledAt.set(column, Math.max(labelledAt.get(column) ?? -Infinity, y));
  const near = (column: Column, y: number, size: number) =>
    Math.abs((labelledAt.get(column) ?? -Infinity) - y) < LOWER_LINE * size;
  for (const line of numbers) {
    const matched = matchNumbers(columns, line.words);
    for (const word of line.words) {
      const column = matched.get(word) ?? insertEmpty(columns, word.x1, word.x2);
      widenTo(column, word.x1, word.x2);
      label(column, word.y);
    }
  }
  for (const line of [...headerLines].sort((a, b) => b.y - a.y)) {
    for (const phrase of phrasesOf(line, columns).reverse()) {
      const range = overlapRange(columns, phrase.x1, phrase.x2);
      if (range && range[0] !== range[1]) continue;
      if (range) {
        widenTo(columns[range[0]]!, phrase.x1, phrase.x2);
        label(columns[range[0]]!, phrase.y);
        continue;
      }
      const right = columns.findIndex((column) => column.x1 > phrase.x2);
      const neighbours = [right < 0 ? columns[columns.length - 1] : columns[right - 1], columns[right]];
      const lower = (column: Column | undefined) =>
        column !== undefined && (labelledAt.get(column) ?? -Infinity) > phrase.y + LOWER_LINE * phrase.fontSize;
      if (neighbours.every(lower)) continue;
      const column = place(
        columns,
        phrase.x1,
        phrase.x2,
        phrase.fontSize,
        (other) => !near(other, phrase.y, phrase.fontSize),
      );
      widenTo(column, phrase.x1, phrase.x2);
      label(column, phrase.y);
    }
  }
  return columns;
}
