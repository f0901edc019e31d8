// Words → text lines by baseline, and the joins that turn words and lines back into text.

import type { TextRun } from '../page-types';
import { ascending } from './cluster';
import { pageWords, type Word } from './words';

export interface TextLine {
  /** Left to right. */
  readonly words: readonly Word[];
  /** Highest baseline of its words, down from the top of the page. */
  y: number;
  x1: number;
  x2: number;
  fontSize: number;
  /** Its text once lineText has joined it: read it through lineText. */
  text?: string;
  /** Whether it is a data row of an unruled table, once aligned-grid has judged it (read it through isDataRow there). */
  dataRow?: boolean;
}

/** Baselines closer than this share a line (pdf.js drifts by fractions of a point between runs). */
const BASELINE_TOLERANCE = 0.35;
/** Runs closer than this are one piece of text (`201` + `8`, `三、单位预留机动经` + `费`). */
const JOIN_GAP = 0.3;
/** A gap this wide inside a line separates columns. */
export const COLUMN_GAP = 1.2;

const byX = (a: Word, b: Word) => ascending(a.x1, b.x1);
const byBaseline = (a: Word, b: Word) => ascending(a.y, b.y) || ascending(a.x1, b.x1);

/** Words mostly come already in order: they skip the sort (and the copy it makes). */
function isInOrder(words: readonly Word[], compare: (a: Word, b: Word) => number): boolean {
  for (let i = 1; i < words.length; i++) if (compare(words[i - 1]!, words[i]!) > 0) return false;
  return true;
}

export function lineOf(words: readonly Word[]): TextLine {
  return lineOfOwn([...words]);
}

/** lineOf for an array no one else holds: sorted in place, and kept as the line's words. */
function lineOfOwn(words: Word[]): TextLine {
  if (!isInOrder(words, byX)) words.sort(byX);
  let y = Infinity;
  let x2 = -Infinity;
  for (const word of words) {
    y = Math.min(y, word.y);
    x2 = Math.max(x2, word.x2);
  }
  return { words, y, x1: words[0]?.x1 ?? 0, x2, fontSize: dominantSize(words), text: undefined, dataRow: undefined };
}

/** The size most of the line's characters are set in: a stray larger space or mark does not count. */
function dominantSize(words: readonly Word[]): number {
  if (words.every((word) => word.fontSize === words[0]!.fontSize)) return words[0]?.fontSize ?? 0;
  const chars = new Map<number, number>();
  for (const word of words) chars.set(word.fontSize, (chars.get(word.fontSize) ?? 0) + word.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most || (count === most && size > best)) [best, most] = [size, count];
  return best;
}

/** Sort by baseline and sweep: O(n log n) for pages with thousands of runs. */
export function groupLines(words: readonly Word[]): TextLine[] {
  // Most cells of a ruled table hold one word: one line, without the sweep's growing arrays.
  if (words.length === 1) return [lineOfOwn([words[0]!])];
  const sorted = isInOrder(words, byBaseline) ? words : [...words].sort(byBaseline);
  const lines: TextLine[] = [];
  // Each line's words sliced out once its end is found: arrays of their size, not grown by pushes.
  let start = 0;
  let anchor = sorted[0]?.y ?? 0;
  let size = sorted[0]?.fontSize ?? 0;
  for (let i = 1; i < sorted.length; i++) {
    const word = sorted[i]!;
    if (word.y - anchor > BASELINE_TOLERANCE * Math.max(size, word.fontSize)) {
      lines.push(lineOfOwn(sorted.slice(start, i)));
      start = i;
      anchor = word.y;
      size = word.fontSize;
    } else size = Math.max(size, word.fontSize);
  }
  if (sorted.length) lines.push(lineOfOwn(sorted.slice(start)));
  return lines;
}

/** Lines of all the words of each page's runs: mayHoldTable groups them, layout reads them again. */
const linesOfRuns = new WeakMap<readonly TextRun[], readonly TextLine[]>();

/** groupLines of pageWords, grouped once per runs array. Callers must not change the lines. */
export function pageLines(runs: readonly TextRun[]): readonly TextLine[] {
  let lines = linesOfRuns.get(runs);
  if (!lines) linesOfRuns.set(runs, (lines = groupLines(pageWords(runs))));
  return lines;
}

/** Words of one line as printed: spaces inside a run kept, runs that touch joined, a visible gap as one space. */
export function joinWords(words: readonly Word[]): string {
  // NOTE: loops that look back start at the second word: reading index -1 is a property lookup
  // by name in V8, many times slower than an element, and these run for every line and cell.
  let text = words[0]?.text ?? '';
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!;
    const word = words[i]!;
    const gap = word.x1 - before.x2;
    text += word.lead || (gap < JOIN_GAP * Math.max(word.fontSize, before.fontSize) ? '' : ' ');
    text += word.text;
  }
  return text;
}

/** The line's text, joined on first use: layout asks for it again and again, and a line's words never change. */
export function lineText(line: TextLine): string {
  return (line.text ??= joinWords(line.words));
}

/** Whether the line's i-th word starts a piece: it is the first, or stands `minGap` em or more from the one before. */
export function startsPiece(words: readonly Word[], i: number, minGap = COLUMN_GAP): boolean {
  if (i === 0) return true; // (not words[-1]: see joinWords)
  const before = words[i - 1]!;
  const word = words[i]!;
  return word.x1 - before.x2 >= minGap * Math.max(word.fontSize, before.fontSize);
}

/** The words of a line in pieces separated by gaps of at least `minGap` em. */
export function segmentWords(line: TextLine, minGap = COLUMN_GAP): Word[][] {
  const segments: Word[][] = [];
  line.words.forEach((word, i) => {
    if (startsPiece(line.words, i, minGap)) segments.push([word]);
    else segments[segments.length - 1]!.push(word);
  });
  return segments;
}

/** How many pieces segmentWords cuts the line into. */
export function pieceCount(line: TextLine, minGap = COLUMN_GAP): number {
  let count = 0;
  for (let i = 0; i < line.words.length; i++) if (startsPiece(line.words, i, minGap)) count++;
  return count;
}

/** Pieces of a line separated by gaps of at least `minGap` em, each a line of its own. */
export function splitSegments(line: TextLine, minGap = COLUMN_GAP): TextLine[] {
  return segmentWords(line, minGap).map(lineOfOwn);
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/** Lines of one cell or paragraph: CJK text wraps without a space; only Latin words need one. */
export function joinLines(texts: readonly string[]): string {
  let text = '';
  // The text so far ends as the last piece joined does: tested there, as a regex on the joined
  // text would first copy it flat, again for every line of a long paragraph.
  let end = '';
  for (const next of texts) {
    text = !text ? next : LATIN_END.test(end) && LATIN_START.test(next) ? `${text} ${next}` : text + next;
    if (next) end = next;
  }
  return text;
}
