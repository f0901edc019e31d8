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

export function splitRun(run: TextRun): Word[] {
  // Most runs hold no space: testing for one is much cheaper than splitting.
  if (!HAS_WHITESPACE.test(run.text))
    return [{ text: run.text, x1: run.x, x2: run.x + run.width, y: run.y, fontSize: run.fontSize, lead: '' }];
  const parts = run.text.split(WHITESPACE);
  // Glyph widths are not in the text layer: share the run's width out by estimated character widths.
  const scale = run.width / Math.max(textWidth(run.text), 0.5);
  const words: Word[] = [];
  let x = run.x;
  let lead = '';
  parts.forEach((part, i) => {
    const width = textWidth(part) * scale;
    if (i % 2 === 1) lead = part;
    else if (part)
      words.push({
        text: part,
        x1: x,
        x2: x + width,
        y: run.y,
        fontSize: run.fontSize,
        lead: words.length ? lead : '',
      });
    x += width;
  });
  return words;
}

export function splitRuns(runs: readonly TextRun[]): Word[] {
  const words: Word[] = [];
  for (const run of runs) words.push(...splitRun(run));
  return words;
}
