// Whether a page's text may belong to a table: only such pages have their ruling lines read,
// because that costs a decoded content stream (content-paths.ts), or for an encrypted file pdf.js's
// whole operator list, as costly as the text itself.

import { groupLines, splitSegments } from './layout/lines';
import { splitRuns } from './layout/words';
import type { TextRun } from './page-types';

/**
 * Prose pages have no line split by a column gap; even a small table has its header row and one
 * body row. NOTE: one such line is enough, so that a table with a header and an empty body (一
 * 张空表, "本单位无……") still has its grid read.
 */
const MIN_COLUMNED_LINES = 1;

/** Lines split by a column gap (1.2 font sizes), the mark of a table row. */
export function countColumnedLines(runs: readonly TextRun[]): number {
  return groupLines(splitRuns(runs)).filter((line) => splitSegments(line).length > 1).length;
}

export function mayHoldTable(runs: readonly TextRun[]): boolean {
  return countColumnedLines(runs) >= MIN_COLUMNED_LINES;
}
