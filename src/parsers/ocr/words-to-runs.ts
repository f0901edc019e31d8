// Recognised words → text runs in page space, as pdf.js gives a born-digital page's text, so the
// same layout builds the same tables. Words of a line that nearly touch are one run (the model
// splits CJK text into single characters); a wide gap starts a new run, as between two cells.

import type { RuleSegment, TextRun } from '../pdf/page-types';
import type { OcrLine, OcrWord } from './ocr-engine';

/** Words closer than this share of the line's height are one run. */
const JOIN_GAP = 0.8;
const FULL_WIDTH_PUNCTUATION = /[、，。：；）】]$/u;
/** Glyphs of a CJK font fill about this share of the em (the run's font size). */
const GLYPH_SHARE = 0.9;

const LATIN_END = /[\p{L}\p{N}]$/u;
const LATIN_START = /^[\p{L}\p{N}]/u;
const CJK = /\p{Script=Han}/u;
/** Punctuation read with less confidence than this is a speck (dust, a stroke's fringe), not a mark printed. */
const MIN_PUNCTUATION_CONFIDENCE = 50;
/** Text with a letter or digit: not a speck read as punctuation. */
export const MEANINGFUL = /[\p{L}\p{N}]/u;

/** Straight quotes the model reads into a number from a speck at a cell's edge: no amount is quoted. */
const QUOTED_NUMBER = /^["'`]+(?=[-\d])|(?<=\d)["'`]+$/gu;
/**
 * A 1 the model read as a letter (`l2.5`) is a 1. A bracket or bar before a number: before one
 * digit it is the 1 of a 序号 (`]4` is 14); before more, a speck of the cell's edge (`]17`).
 */
function barBeforeNumber(text: string): string {
  const match = /^([\]|[lI])(\d+(?:\.\d+)?)$/u.exec(text);
  if (!match) return text;
  return /[lI]/.test(match[1]!) || match[2]!.length === 1 ? `1${match[2]}` : match[2]!;
}

const PAIRS: Record<string, string> = { '”': '“', '’': '‘' };

/**
 * The model reads the left part of some characters (预, 科) as an opening or closing quote, and
 * specks at cell edges as quotes: a curly quote without its partner in the run is dropped, while
 * quoted text keeps its quotes (“三公”经费).
 */
function dropStrayQuotes(text: string): string {
  const chars = [...text];
  const stray = new Set<number>();
  const open: number[] = [];
  chars.forEach((char, i) => {
    if (char === '“' || char === '‘') open.push(i);
    else if (PAIRS[char]) {
      const partner = open.map((at) => chars[at]).lastIndexOf(PAIRS[char]);
      if (partner < 0) stray.add(i);
      else open.splice(partner, 1);
    }
  });
  for (const at of open) stray.add(at);
  return chars.filter((_, i) => !stray.has(i)).join('');
}

/** Half-width look-alikes the model gives for the full-width punctuation printed beside Chinese text. */
const FULL_WIDTH: ReadonlyArray<[RegExp, string]> = [
  [/[(〈](?=\p{Script=Han})|(?<=\p{Script=Han})[(〈]/gu, '（'],
  [/(?<=\p{Script=Han})[)〉]/gu, '）'],
  [/(?<=\p{Script=Han}):/gu, '：'],
  [/(?<=\p{Script=Han}),/gu, '，'],
  [/(?<=\p{Script=Han});/gu, '；'],
];

/** `价值〈金额单位:万元)` → `价值（金额单位：万元）`: the document's own punctuation, as its text layer would give it. */
function fullWidthBesideHan(text: string): string {
  return FULL_WIDTH.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

function joined(left: string, right: string): string {
  // Two Latin words printed apart had a space between them; CJK characters never do.
  const spaced = LATIN_END.test(left) && LATIN_START.test(right) && !CJK.test(left.at(-1)!) && !CJK.test(right[0]!);
  return spaced ? `${left} ${right}` : left + right;
}

export interface RecognisedRun extends TextRun {
  /** The least confident word of the run, 0–100. */
  confidence: number;
}

function toRun(words: OcrWord[], scale: number): RecognisedRun {
  const x0 = Math.min(...words.map((word) => word.x0));
  const x1 = Math.max(...words.map((word) => word.x1));
  const y0 = Math.min(...words.map((word) => word.y0));
  const y1 = Math.max(...words.map((word) => word.y1));
  return {
    text: fullWidthBesideHan(dropStrayQuotes(words.map((word) => word.text).reduce(joined))),
    x: x0 / scale,
    y: y1 / scale,
    width: (x1 - x0) / scale,
    fontSize: (y1 - y0) / GLYPH_SHARE / scale,
    confidence: Math.min(...words.map((word) => word.confidence)),
  };
}

/** A vertical ruling line between two words of a line: a cell border, never inside one run. */
function ruleBetween(left: OcrWord, right: OcrWord, rules: readonly RuleSegment[], scale: number): boolean {
  const [from, to] = [left.x0 + (left.x1 - left.x0) / 2, right.x0 + (right.x1 - right.x0) / 2];
  const middle = (Math.min(left.y0, right.y0) + Math.max(left.y1, right.y1)) / 2 / scale;
  return rules.some(
    (rule) =>
      rule.x1 === rule.x2 && rule.x1 * scale > from && rule.x1 * scale < to && rule.y1 <= middle && rule.y2 >= middle,
  );
}

/**
 * The model sometimes boxes a word far past its ink, over the next word of its line and the cell
 * border between (`4616.58` boxed across its cell and the next one's `本年支出合计`): a word ends
 * where the next begins, so its centre stays in its own cell.
 */
function clippedToNext(word: OcrWord, index: number, words: readonly OcrWord[]): OcrWord {
  const next = words[index + 1];
  return next && word.x1 > next.x0 && next.x0 > word.x0 ? { ...word, x1: next.x0 } : word;
}

/**
 * Lines of words read from an image at `scale` pixels per point → runs in points, never joined
 * across one of the page's vertical `rules` (points).
 */
export function wordsToRuns(lines: readonly OcrLine[], scale: number, rules: readonly RuleSegment[]): RecognisedRun[] {
  const runs: RecognisedRun[] = [];
  for (const line of lines) {
    const words = line.words
      .map((word) => ({ ...word, text: barBeforeNumber(word.text.trim().replace(QUOTED_NUMBER, '')) }))
      .filter((word) => word.text && (MEANINGFUL.test(word.text) || word.confidence >= MIN_PUNCTUATION_CONFIDENCE))
      .sort((a, b) => a.x0 - b.x0)
      .map(clippedToNext);
    let current: OcrWord[] = [];
    for (const word of words) {
      const previous = current.at(-1);
      // A speck read as punctuation may be boxed taller than the line (a 。 over two lines): the
      // line's height is that of its letters and digits.
      const letters = [...current, word].filter((w) => MEANINGFUL.test(w.text));
      const height = Math.max(...(letters.length ? letters : [word]).map((w) => w.y1 - w.y0));
      // Full-width punctuation (、：，) is inked in its left half: the rest of its em looks like a gap.
      const gap = JOIN_GAP * height + (previous && FULL_WIDTH_PUNCTUATION.test(previous.text) ? height / 2 : 0);
      // A speck read as a quote or a stop sits on the cell border it is left of: whether a border
      // lies between is asked of the last word with a letter or digit.
      const anchor = [...current].reverse().find((w) => MEANINGFUL.test(w.text)) ?? previous;
      if (previous && (word.x0 - previous.x1 > gap || ruleBetween(anchor!, word, rules, scale))) {
        runs.push(toRun(current, scale));
        current = [];
      }
      current.push(word);
    }
    if (current.length) runs.push(toRun(current, scale));
  }
  // Punctuation standing apart from any text is a speck read as a comma or a stop: text always
  // precedes its punctuation, and a table cell never holds only a comma.
  return runs.filter((run) => !/^[\p{P}\s]*$/u.test(run.text));
}
