// Whether a page's text may belong to a table: only such pages have their ruling lines read,
// because that costs a decoded content stream (content-paths.ts), or for an encrypted file pdf.js's
// whole operator list, as costly as the text itself.

import { COLUMN_GAP, pageLines, type TextLine } from './layout/lines';
import type { TextRun } from './page-types';

/** A gap of a column (1.2 font sizes) between two words of the line, the mark of a table row. */
function hasColumnGap({ words }: TextLine): boolean {
  for (let i = 1; i < words.length; i++) {
    const [before, word] = [words[i - 1]!, words[i]!];
    if (word.x1 - before.x2 >= COLUMN_GAP * Math.max(word.fontSize, before.fontSize)) return true;
  }
  return false;
}

/**
 * Prose pages have no line split by a column gap; even a small table has its header row and one
 * body row. NOTE: one such line is enough, so that a table with a header and an empty body (一
 * 张空表, "本单位无……") still has its grid read. The first one found ends the look.
 */
export function mayHoldTable(runs: readonly TextRun[]): boolean {
  // Layout reads the same words and lines again: both are kept with the runs (see pageLines).
  return pageLines(runs).some(hasColumnGap);
}
