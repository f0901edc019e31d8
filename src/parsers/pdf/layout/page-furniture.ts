// Running headers, footers and page numbers: lines printed in the page margins that are not content.

import { lineText, type TextLine } from './lines';
import { isPreambleLabel } from './preamble';

export interface PageLines {
  width: number;
  height: number;
  lines: readonly TextLine[];
}

/** `3`, `- 3 -`, `—3—`, `第 3 页`, `第3页 共25页`, `3/25`, `(3)`. */
const PAGE_NUMBER =
  /^(?:[-—–－]?\s*\d{1,4}\s*[-—–－]?|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[（(]\d{1,4}[)）])$/;
/** Page numbers sit in the top or bottom this share of the page. */
const NUMBER_BAND = 0.15;
/** Running headers and footers repeat in a narrower band, where table titles never sit. */
const REPEAT_BAND = 0.07;
const MIN_REPEATS = 3;
const CENTRED = 0.03;
const SAME_PLACE = 3;

function inBand(line: TextLine, height: number, band: number): boolean {
  return line.y - line.fontSize < band * height || line.y > (1 - band) * height;
}

/** A page number under a short last page stands centred, away from the margin. */
function isCentred(line: TextLine, width: number): boolean {
  return Math.abs((line.x1 + line.x2) / 2 - width / 2) < CENTRED * width;
}

/** The same words in the same place, the page number inside them aside. */
function repeatKey(line: TextLine): string {
  return lineText(line).replace(/\d+/g, '#').replace(/\s+/g, '');
}

/** Whether the same words stand in the line's place on MIN_REPEATS pages; the count stops there (a long report repeats a header on hundreds). */
function repeatsOnPages(places: ReadonlyArray<{ page: number; line: TextLine }>, line: TextLine): boolean {
  const pages = new Set<number>();
  for (const other of places) {
    if (Math.abs(other.line.y - line.y) > SAME_PLACE) continue;
    pages.add(other.page);
    if (pages.size >= MIN_REPEATS) return true;
  }
  return false;
}

/** The lines of each page that are page furniture. */
export function findFurniture(pages: readonly PageLines[]): Set<TextLine> {
  const furniture = new Set<TextLine>();
  const seen = new Map<string, Array<{ page: number; line: TextLine }>>();
  pages.forEach(({ width, height, lines }, page) => {
    const first = lines[0];
    const last = lines[lines.length - 1];
    for (const line of [first, last]) {
      const placed = line && (inBand(line, height, NUMBER_BAND) || isCentred(line, width));
      if (placed && PAGE_NUMBER.test(lineText(line).trim())) furniture.add(line);
    }
    for (const line of lines) {
      // A table's organisation and unit lines repeat on every page of it, and extraction reads them.
      if (!inBand(line, height, REPEAT_BAND) || isPreambleLabel(lineText(line))) continue;
      const key = repeatKey(line);
      const places = seen.get(key);
      if (places) places.push({ page, line });
      else seen.set(key, [{ page, line }]);
    }
  });
  for (const places of seen.values()) {
    for (const { line } of places) if (repeatsOnPages(places, line)) furniture.add(line);
  }
  return furniture;
}
