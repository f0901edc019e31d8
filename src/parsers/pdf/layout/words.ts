// Text runs cut into words at their inner spaces, each with an estimated extent, so a run that
// pdf.js glued across a cell border (`24,458.43 一、一般公共服务支出`) can be split by position.

import type { TextRun } from '../page-types';

export interface Word {
  text: string;
  x1: number;
  x2: number;
  /** Baseline, down from the top of the page. */
  y: number;
  fontSize: number;
  /** Whitespace printed before this word inside the same run ('' for the run's first word). */
  lead: string;
}

const WHITESPACE = /(\s+)/;
const HAS_WHITESPACE = /\s/;

/** Full-width glyphs (CJK, full-width forms and punctuation) are about one em; the rest about half. */
function emWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f && char !== ' ') ? 1 : 0.5;
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += emWidth(char);
  return width;
}

/** The run's words, added to `words`. */
function addRunWords(run: TextRun, words: Word[]): void {
  // Most runs hold no space: testing for one is much cheaper than splitting.
  if (!HAS_WHITESPACE.test(run.text)) {
    words.push({ text: run.text, x1: run.x, x2: run.x + run.width, y: run.y, fontSize: run.fontSize, lead: '' });
    return;
  }
  const parts = run.text.split(WHITESPACE);
  // Glyph widths are not in the text layer: share the run's width out by estimated character widths.
  const scale = run.width / Math.max(textWidth(run.text), 0.5);
  const firstWord = words.length;
  let x = run.x;
  let lead = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const width = textWidth(part) * scale;
    if (i % 2 === 1) lead = part;
    else if (part)
      words.push({
        text: part,
        x1: x,
        x2: x + width,
        y: run.y,
        fontSize: run.fontSize,
        lead: words.length > firstWord ? lead : '',
      });
    x += width;
  }
}

export function splitRuns(runs: readonly TextRun[]): Word[] {
  const words: Word[] = [];
  for (const run of runs) addRunWords(run, words);
  return words;
}

/** Words of each page's runs: mayHoldTable cuts them, layout reads them again. */
const wordsOfRuns = new WeakMap<readonly TextRun[], readonly Word[]>();

/** splitRuns, cut once per runs array (which nothing changes once read). Callers must not change the words. */
export function pageWords(runs: readonly TextRun[]): readonly Word[] {
  let words = wordsOfRuns.get(runs);
  if (!words) wordsOfRuns.set(runs, (words = splitRuns(runs)));
  return words;
}
