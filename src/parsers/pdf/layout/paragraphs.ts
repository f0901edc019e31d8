// Free text lines → paragraphs: wrapped lines joined, and titles, headings and the short lines
// above a table (title, organisation, year, unit) kept as paragraphs of their own.

import type { ParagraphBlock } from '../../../lib/model/document';
import { joinLines, lineText, splitSegments, type TextLine } from './lines';
import { PREAMBLE_GAP } from './preamble';

export interface TextColumn {
  left: number;
  right: number;
}

/** A line that wraps reaches within this many em of the right margin… */
const FULL_LINE = 1.5;
/** …or within this many when it does not end a sentence (a bracket or word that did not fit). */
const NEARLY_FULL_LINE = 4;
const SENTENCE_END = /[。！？!?]$/;
/** `一、` `（三）` `3、` `3．`: a heading or list item starts a paragraph of its own. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、．])/;
/** A line starting further right than this (em) from the margin is indented: a new paragraph. */
const INDENT = 1;
/** Wrapped lines of a paragraph are at most this many em apart. */
const LINE_PITCH = 2.2;
const SAME_SIZE = 0.15;
/** Lines at least this long (characters) show where the text column's edges are. */
const BODY_LINE = 10;

/** The left and right edges of the running text, from its longer lines. */
export function textColumn(lines: readonly TextLine[]): TextColumn {
  const body = lines.filter((line) => lineText(line).length >= BODY_LINE);
  const basis = body.length ? body : lines;
  return {
    left: Math.min(...basis.map((line) => line.x1)),
    right: Math.max(...basis.map((line) => line.x2)),
  };
}

function reachesMargin(line: TextLine, column: TextColumn, size: number): boolean {
  const short = column.right - line.x2;
  return short <= FULL_LINE * size || (short <= NEARLY_FULL_LINE * size && !SENTENCE_END.test(lineText(line)));
}

/** Whether `line` goes on with the paragraph of `current`, whose lines start at `left` at the furthest left. */
function continues(current: readonly TextLine[], left: number, line: TextLine, column: TextColumn): boolean {
  const before = current[current.length - 1]!;
  const size = Math.max(before.fontSize, line.fontSize);
  // A one-line paragraph so far may be an indented first line: the next must start at the margin.
  const margin = current.length > 1 ? left : column.left;
  return (
    Math.abs(before.fontSize - line.fontSize) <= SAME_SIZE * size &&
    line.y > before.y &&
    line.y - before.y <= LINE_PITCH * size &&
    reachesMargin(before, column, size) &&
    line.x1 <= margin + INDENT * size &&
    !ENUMERATOR.test(lineText(line))
  );
}

/** A title or unit line cut at its wide gaps; a bare label (`部门：`) stays with the value after it. */
function preamblePieces(line: TextLine): string[] {
  const pieces: string[] = [];
  for (const segment of splitSegments(line, PREAMBLE_GAP)) {
    const text = lineText(segment);
    const last = pieces.length - 1;
    if (last >= 0 && /[:：]$/.test(pieces[last]!)) pieces[last] += text;
    else pieces.push(text);
  }
  return pieces;
}

/**
 * Paragraphs of consecutive lines (top to bottom). A line in `standalone` is split at wide gaps
 * and each piece made a paragraph of its own.
 */
export function toParagraphs(
  lines: readonly TextLine[],
  column: TextColumn,
  standalone: ReadonlySet<TextLine>,
  page: number,
): ParagraphBlock[] {
  const paragraphs: ParagraphBlock[] = [];
  let current: TextLine[] = [];
  // Kept as lines are added: a long paragraph would otherwise be scanned again for every line.
  let left = Infinity;
  const flush = () => {
    if (current.length) paragraphs.push({ type: 'paragraph', text: joinLines(current.map(lineText)), page });
    current = [];
    left = Infinity;
  };
  for (const line of lines) {
    if (standalone.has(line)) {
      flush();
      for (const text of preamblePieces(line)) paragraphs.push({ type: 'paragraph', text, page });
      continue;
    }
    if (current.length && !continues(current, left, line, column)) flush();
    current.push(line);
    left = Math.min(left, line.x1);
  }
  flush();
  return paragraphs;
}
