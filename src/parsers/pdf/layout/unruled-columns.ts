// Columns of an unruled table: cores swept from the data rows' words, then empty columns added
// from the header labels standing where no data is (a column of blanks still has its label).

import { joinWords, type TextLine } from './lines';
import type { Word } from './words';

export interface Column {
  /** Extent of what is printed in the column: data, 栏次 number, its own header label. */
  x1: number;
  x2: number;
  /** What its data rows hold: mostly text (left-aligned names), mostly numbers (right-aligned), or nothing. */
  kind: 'text' | 'number' | 'empty';
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
/** A label or 栏次 number centred in the space a text column leaves (within this share) is that column's. */
const CENTRED_IN_REACH = 0.1;
/** One just left of a column of amounts (within this many em, and a quarter of its distance to the left) is that column's. */
const BESIDE_AMOUNTS = 1;

export function isNumber(text: string): boolean {
  return NUMBER.test(text.replace(/\s+/g, ''));
}

/** Header words closer than this (em) are one label even across runs (`资 金 性` + `质`). */
const LABEL_JOIN = 0.3;
/** A header line this far (em) below another is a lower header row. */
export const LOWER_LINE = 0.5;

/** First and last column an extent overlaps, or null. */
export function overlapRange(columns: readonly Column[], x1: number, x2: number): [number, number] | null {
  let first = -1;
  let last = -1;
  columns.forEach((column, i) => {
    if (x1 < column.x2 && x2 > column.x1) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

interface Core {
  x1: number;
  x2: number;
  words: Word[];
}

function sweep(words: readonly Word[]): Core[] {
  const cores: Core[] = [];
  for (const word of [...words].sort((a, b) => a.x1 - b.x1)) {
    const last = cores[cores.length - 1];
    if (last && word.x1 <= last.x2) {
      last.x2 = Math.max(last.x2, word.x2);
      last.words.push(word);
    } else cores.push({ x1: word.x1, x2: word.x2, words: [word] });
  }
  return cores;
}

function toColumn(core: Core): Column {
  const texts = core.words.filter((word) => !isNumber(word.text)).length;
  return { x1: core.x1, x2: core.x2, kind: texts * 2 > core.words.length ? 'text' : 'number' };
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
 * row (or the 栏次 row) breaks runs across it: pdf.js glues `6570.38 一、一般公共服务支出` across
 * two cells, but a lone `项 目` is one label.
 */
export function dataColumns(lines: readonly TextLine[], numbers: readonly TextLine[]): Column[] {
  const cores = sweep(lines.flatMap((line) => line.words));
  if (!cores.length) return [];
  const supported = new Set<number>();
  for (const line of [...lines, ...numbers]) {
    line.words.forEach((word, i) => {
      if (i === 0 || word.lead) return;
      const from = columnAt(cores, line.words[i - 1]!.x1);
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
  line.words.forEach((word, i) => {
    const before = line.words[i - 1];
    const touching = before !== undefined && word.x1 - before.x2 < LABEL_JOIN * Math.max(word.fontSize, before.fontSize);
    const apart = before !== undefined && singleColumn(columns, before) >= 0 && singleColumn(columns, word) >= 0 && singleColumn(columns, before) !== singleColumn(columns, word);
    if (before && (word.lead || touching) && !apart) groups[groups.length - 1]!.push(word);
    else groups.push([word]);
  });
  return groups.map(toPhrase);
}

/**
 * Where a label or 栏次 number over no data goes: into the text column on its left when it is
 * centred in the space that column leaves (names are left-aligned, their label centred); into
 * the column of amounts just right of it (amounts are right-aligned, their label centred over
 * the widest); else it is a column of its own, left blank in every row.
 */
function place(columns: Column[], x1: number, x2: number, fontSize: number): Column {
  const right = columns.findIndex((column) => column.x1 > x2);
  const left = columns[(right < 0 ? columns.length : right) - 1];
  const next = columns[right];
  const reach = left && next ? next.x1 - left.x1 : 0;
  if (left?.kind === 'text' && next && Math.abs((x1 + x2) / 2 - (left.x1 + next.x1) / 2) <= CENTRED_IN_REACH * reach) return left;
  const gap = next ? next.x1 - x2 : Infinity;
  if (next?.kind === 'number' && gap <= BESIDE_AMOUNTS * fontSize && (!left || gap < (x1 - left.x2) / 4)) return next;
  const column: Column = { x1, x2, kind: 'empty' };
  columns.splice(right < 0 ? columns.length : right, 0, column);
  return column;
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
export function withHeaderColumns(data: readonly Column[], numbers: readonly TextLine[], headerLines: readonly TextLine[]): Column[] {
  const columns = data.map((column) => ({ ...column }));
  const labelledAt = new Map<Column, number>();
  const label = (column: Column, y: number) => labelledAt.set(column, Math.max(labelledAt.get(column) ?? -Infinity, y));
  for (const word of numbers.flatMap((line) => [...line.words].reverse())) {
    const range = overlapRange(columns, word.x1, word.x2);
    if (range && range[0] !== range[1]) continue;
    const column = range ? columns[range[0]]! : place(columns, word.x1, word.x2, word.fontSize);
    widenTo(column, word.x1, word.x2);
    label(column, word.y);
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
      const lower = (column: Column | undefined) => column !== undefined && (labelledAt.get(column) ?? -Infinity) > phrase.y + LOWER_LINE * phrase.fontSize;
      if (neighbours.every(lower)) continue;
      const column = place(columns, phrase.x1, phrase.x2, phrase.fontSize);
      widenTo(column, phrase.x1, phrase.x2);
      label(column, phrase.y);
    }
  }
  return columns;
}
