// The header of an unruled table as grid rows: a label wrapped over lines within its column
// joined, a group label spanning the columns it is centred over, a label with nothing under it
// merged down to the last header row.

import type { GridCell } from '../../../lib/model/document';
import { joinLines, type TextLine } from './lines';
import { LOWER_LINE, overlapRange, phrasesOf, type Column, type Phrase } from './unruled-columns';

interface Label {
  text: string;
  first: number;
  last: number;
  x1: number;
  x2: number;
  top: number;
  bottom: number;
  fontSize: number;
}

/** Lines of one wrapped label stand closer than this (em); header rows stand further apart. */
const WRAP_PITCH = 1.55;
/** Sub-labels of one group stand on one header row: their middles within this (em). */
const SAME_ROW = 0.5;
/** A group label stands over the middle of its columns: within this share of their width… */
const CENTRED = 0.12;
/** …or this many em. */
const CENTRED_EM = 0.5;

/** Columns a label covers: those it overlaps, else the one whose share of the line its middle falls in. */
function initialRange(columns: readonly Column[], phrase: Phrase): [number, number] {
  const overlapped = overlapRange(columns, phrase.x1, phrase.x2);
  if (overlapped) return overlapped;
  const middle = (phrase.x1 + phrase.x2) / 2;
  const right = columns.findIndex((column) => column.x1 > middle);
  if (right <= 0) return right === 0 ? [0, 0] : [columns.length - 1, columns.length - 1];
  const boundary = (columns[right - 1]!.x2 + columns[right]!.x1) / 2;
  return middle < boundary ? [right - 1, right - 1] : [right, right];
}

/** Phrases of the header lines as labels, a label's wrapped lines within the same columns joined. */
function labelsOf(columns: readonly Column[], lines: readonly TextLine[]): Label[] {
  const labels: Label[] = [];
  for (const line of lines) {
    for (const phrase of phrasesOf(line, columns)) {
      const [first, last] = initialRange(columns, phrase);
      const above = labels.find(
        (label) =>
          label.first === first &&
          label.last === last &&
          phrase.y > label.bottom &&
          phrase.y - label.bottom < WRAP_PITCH * phrase.fontSize,
      );
      if (above) {
        above.text = joinLines([above.text, phrase.text]);
        above.bottom = phrase.y;
        above.x1 = Math.min(above.x1, phrase.x1);
        above.x2 = Math.max(above.x2, phrase.x2);
        continue;
      }
      const sameLine = labels.find(
        (label) =>
          label.first === first && label.last === last && Math.abs(label.top - phrase.y) < LOWER_LINE * phrase.fontSize,
      );
      if (sameLine) {
        sameLine.text = `${sameLine.text} ${phrase.text}`;
        sameLine.x2 = phrase.x2;
        continue;
      }
      labels.push({
        text: phrase.text,
        first,
        last,
        x1: phrase.x1,
        x2: phrase.x2,
        top: phrase.y,
        bottom: phrase.y,
        fontSize: phrase.fontSize,
      });
    }
  }
  return labels;
}

function isBelow(label: Label, under: Label): boolean {
  return under.top > label.bottom + LOWER_LINE * label.fontSize;
}

function middle(label: Label): number {
  return (label.top + label.bottom) / 2;
}

/** Edges between columns: halfway across each gutter, the outer ones at the printed extent. */
function boundaries(columns: readonly Column[]): number[] {
  return [
    columns[0]!.x1,
    ...columns.slice(1).map((column, i) => (columns[i]!.x2 + column.x1) / 2),
    columns[columns.length - 1]!.x2,
  ];
}

/**
 * Ranges a group label may cover, widest first: the neighbouring columns whose sub-labels stand
 * on the same header row as those under it, not under another label of its line, and with their
 * middle (printed extent or cell extent) under the label's middle.
 */
interface Candidate {
  first: number;
  last: number;
  /** How far off centre, as a share of what is tolerated (0 for the label's own columns). */
  offset: number;
}

function candidates(
  label: Label,
  labels: readonly Label[],
  columns: readonly Column[],
  edges: readonly number[],
): Candidate[] {
  const subRow = (c: number) => {
    const under = labels.filter((other) => other.first <= c && other.last >= c && isBelow(label, other));
    const next = under.sort((a, b) => a.top - b.top)[0];
    return next ? middle(next) : null;
  };
  const own: Candidate[] = [{ first: label.first, last: label.last, offset: 0 }];
  const inRange = Array.from({ length: label.last - label.first + 1 }, (_, k) => subRow(label.first + k)).filter(
    (row) => row !== null,
  );
  if (!inRange.length) return own;
  const reference = inRange[0]!;
  const sameLine = labels.filter((other) => other !== label && !isBelow(label, other) && !isBelow(other, label));
  const free = (c: number) => {
    const row = subRow(c);
    const taken = sameLine.some((other) => other.first <= c && other.last >= c);
    return row !== null && Math.abs(row - reference) <= SAME_ROW * label.fontSize && !taken;
  };
  let low = label.first;
  while (low > 0 && free(low - 1)) low--;
  let high = label.last;
  while (high < columns.length - 1 && free(high + 1)) high++;
  const centre = (label.x1 + label.x2) / 2;
  const offset = (x1: number, x2: number) =>
    Math.abs((x1 + x2) / 2 - centre) / Math.max(CENTRED * (x2 - x1), CENTRED_EM * label.fontSize);
  const found: Candidate[] = [];
  for (let a = low; a <= label.first; a++) {
    for (let b = label.last; b <= high; b++) {
      const off = Math.min(offset(columns[a]!.x1, columns[b]!.x2), offset(edges[a]!, edges[b + 1]!));
      if (off <= 1 && (a < label.first || b > label.last)) found.push({ first: a, last: b, offset: off });
    }
  }
  return [...found, ...own];
}

/**
 * Ranges for the labels of one line that do not overlap, covering the most columns, then the
 * best centred: two group labels side by side share out the columns between them.
 */
function bestCombination(options: readonly Candidate[][]): Candidate[] {
  const best = { picks: [] as Candidate[], covered: -1, offset: Infinity };
  const search = (i: number, picks: Candidate[], covered: number, offset: number) => {
    if (i === options.length) {
      if (covered > best.covered || (covered === best.covered && offset < best.offset))
        Object.assign(best, { picks: [...picks], covered, offset });
      return;
    }
    const before = picks[picks.length - 1];
    for (const option of options[i]!) {
      if (before && option.first <= before.last) continue;
      picks.push(option);
      search(i + 1, picks, covered + option.last - option.first + 1, offset + option.offset);
      picks.pop();
    }
  };
  search(0, [], 0, 0);
  return best.picks;
}

/** Each label's range, chosen line by line. */
function resolveRanges(labels: readonly Label[], columns: readonly Column[]): void {
  const edges = boundaries(columns);
  const options = new Map(labels.map((label) => [label, candidates(label, labels, columns, edges)]));
  const lines: Label[][] = [];
  for (const label of [...labels].sort((a, b) => a.top - b.top)) {
    const line = lines[lines.length - 1];
    if (line && !isBelow(line[0]!, label)) line.push(label);
    else lines.push([label]);
  }
  for (const line of lines) {
    const ordered = line.sort((a, b) => a.first - b.first || a.x1 - b.x1);
    const picks = bestCombination(ordered.map((label) => options.get(label)!));
    ordered.forEach((label, i) => {
      const pick = picks[i];
      if (pick) [label.first, label.last] = [pick.first, pick.last];
    });
  }
}

/** Header rows over the given columns, top to bottom, with spans. */
export function headerRows(columns: readonly Column[], lines: readonly TextLine[]): GridCell[][] {
  const labels = labelsOf(columns, lines);
  if (!labels.length) return [];
  resolveRanges(labels, columns);
  const overlaps = (a: Label, b: Label) => a.first <= b.last && b.first <= a.last;
  const order = [...labels].sort((a, b) => a.top - b.top);
  const level = new Map<Label, number>();
  for (const label of order) {
    const parents = order.filter((other) => level.has(other) && overlaps(other, label) && isBelow(other, label));
    level.set(label, parents.length ? Math.max(...parents.map((parent) => level.get(parent)!)) + 1 : 0);
  }
  const count = Math.max(...level.values()) + 1;
  const rows: GridCell[][] = Array.from({ length: count }, () => columns.map(() => ({ text: '' })));
  for (const label of order) {
    const row = level.get(label)!;
    const isLeaf = !labels.some((other) => overlaps(label, other) && isBelow(label, other));
    const lastRow = isLeaf ? count - 1 : row;
    for (let r = row; r <= lastRow; r++) {
      for (let c = label.first; c <= label.last; c++) {
        rows[r]![c] =
          r === row && c === label.first
            ? { text: label.text }
            : { text: label.text, spanOrigin: { row, col: label.first } };
      }
    }
  }
  return rows;
}
