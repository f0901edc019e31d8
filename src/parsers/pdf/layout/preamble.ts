// The labelled lines printed above a table (organisation, year, unit): never a table row, never
// page furniture, and split from whatever shares their baseline. Inside an unruled table's top
// rows they may wrap in narrow columns; they are cut off before the header is read.

import { joinLines, joinWords, lineText, type TextLine } from './lines';
import type { Word } from './words';

/** `单位：万元`, `金额单位：元`, `部门：…`, `编制部门：…`, `部门名称：…`, `预算年度：2024`. */
const PREAMBLE_LABEL = /^(?:(?:金额|计量)?单位|(?:编制|预算主管)?部门(?:名称)?|单位名称|(?:预算|决算)?年度)\s*[:：]/;

const LABEL_COLON = /[:：]/;

export function isPreambleLabel(text: string): boolean {
  return PREAMBLE_LABEL.test(text.trim());
}

/**
 * Whether some piece of the line may be a preamble label: every label holds a colon. Tested on
 * the line's text, joined once and kept, as runs of rows are tried again and again.
 */
export function mayHoldLabel(line: TextLine): boolean {
  return LABEL_COLON.test(lineText(line));
}

/** Pieces of a title or unit line stand at least this many em apart (`部门：… 单位：万元`). */
export const PREAMBLE_GAP = 2;

/** Lines of one wrapped cell stand closer than this (em); rows stand further apart. */
const CELL_WRAP = 1.55;
/** Words closer than this (em) on one line are one piece of text. */
const TOUCHING = 0.3;
/** Baselines this close (em) count as the same height when rows are compared. */
const SAME_HEIGHT = 0.3;

/** Lines of the table above its organisation/year/unit row: its title. */
const MAX_LINES_ABOVE = 1;
/** Lines of the row: a name wrapped over three lines, a label centred between two of them. */
const MAX_ROW_LINES = 5;

/** A cell's text as printed: words touching on a line, and lines wrapped under it. */
interface Stack {
  lines: Word[][];
  top: number;
  bottom: number;
  x1: number;
  x2: number;
}

function stackText(stack: Stack): string {
  return joinLines(stack.lines.map(joinWords));
}

/** Words of the lines gathered into cells: a word under a cell's last line, overlapping it, continues it. */
function stacksOf(lines: readonly TextLine[]): Stack[] {
  const stacks: Stack[] = [];
  for (const line of lines) {
    let previous: { word: Word; stack: Stack } | null = null;
    for (const word of line.words) {
      const size = word.fontSize;
      let stack: Stack | undefined;
      if (previous && word.x1 - previous.word.x2 < TOUCHING * size) stack = previous.stack;
      else {
        // The lowest stack the word continues (the first of equals).
        for (const s of stacks) {
          const continued =
            word.y > s.bottom && word.y - s.bottom < CELL_WRAP * size && word.x1 < s.x2 && word.x2 > s.x1;
          if (continued && (!stack || s.bottom > stack.bottom)) stack = s;
        }
      }
      if (!stack) {
        stack = { lines: [], top: word.y, bottom: word.y, x1: word.x1, x2: word.x2 };
        stacks.push(stack);
      }
      const last = stack.lines[stack.lines.length - 1];
      if (last && Math.abs(last[0]!.y - word.y) < SAME_HEIGHT * size) last.push(word);
      else stack.lines.push([word]);
      stack.bottom = Math.max(stack.bottom, word.y);
      stack.x1 = Math.min(stack.x1, word.x1);
      stack.x2 = Math.max(stack.x2, word.x2);
      previous = { word, stack };
    }
  }
  return stacks;
}

export interface PreambleRows {
  /** The lines it takes: [start, end) of the lines given. */
  start: number;
  end: number;
  /** Its pieces (title, organisation, year, unit), each wrapped cell joined, top to bottom. */
  texts: string[];
}

/**
 * The organisation/year/unit row printed as the top row of an unruled table, in the lines above
 * its first data row: the cells whose text is a preamble label (`预算年度：2021`) and the cells
 * beside them (vertically overlapping, as cells centred in one row do: a name wrapped over two
 * lines around a one-line label), with what the table holds above them (a title). Lines before
 * `tableFirst` are outside the table unless the row reaches into them. Null when no such row
 * ends inside the table.
 */
export function preambleRows(lines: readonly TextLine[], tableFirst: number): PreambleRows | null {
  if (!lines.some(mayHoldLabel)) return null;
  const stacks = stacksOf(lines);
  const labels = stacks.filter((stack) => isPreambleLabel(stackText(stack)));
  if (!labels.length) return null;
  const size = Math.max(...labels.map((stack) => stack.lines[0]![0]!.fontSize));
  const top = Math.min(...labels.map((stack) => stack.top)) - SAME_HEIGHT * size;
  const bottom = Math.max(...labels.map((stack) => stack.bottom)) + SAME_HEIGHT * size;
  const beside = stacks.filter((stack) => stack.top <= bottom && stack.bottom >= top);
  const from = Math.min(...beside.map((stack) => stack.top)) - SAME_HEIGHT * size;
  const to = Math.max(...beside.map((stack) => stack.bottom)) + SAME_HEIGHT * size;
  if (stacks.some((stack) => stack.top <= to && stack.bottom > to)) return null;
  const end = lines.filter((line) => line.y <= to).length;
  const rowStart = lines.findIndex((line) => line.y >= from);
  // The row is the table's top row: under at most its title, and no taller than a wrapped name.
  if (end <= tableFirst || rowStart - tableFirst > MAX_LINES_ABOVE || end - rowStart > MAX_ROW_LINES) return null;
  const start = Math.min(tableFirst, rowStart);
  const startY = lines[start]!.y - SAME_HEIGHT * size;
  const taken = stacks.filter((stack) => stack.top >= startY && stack.bottom <= to);
  if (stacks.some((stack) => stack.top < startY && stack.bottom >= startY)) return null;
  return { start, end, texts: taken.sort((a, b) => a.top - b.top || a.x1 - b.x1).map(stackText) };
}
