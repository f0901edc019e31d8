// Ruling lines → table grids: near-duplicate rules merged, touching rules grouped into tables,
// and a cell whose inner border is missing merged with its neighbour (row and column spans).

import type { RuleSegment } from '../page-types';
import { ascending, clusterValues, mean, UnionFind } from './cluster';

/** A ruling line along `at` (y for horizontal, x for vertical) from `from` to `to`. */
interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface RuledGrid {
  /** Column edges, ascending. */
  xs: number[];
  /** Row edges, ascending (down the page). */
  ys: number[];
  /** Per row and column, the row-major index of the top-left cell of the merged cell it belongs to. */
  cells: number[][];
  /** True when some merged cell was not a rectangle and was split back into single cells. */
  irregular: boolean;
}

/** Word and WPS draw double borders and thin fills about half a point apart: one line. */
const SAME_LINE = 1.5;
/** Pieces of one border drawn cell by cell leave small gaps or overlaps. */
const JOIN_GAP = 2;
/** Rules meet when one ends within this of the other. */
const TOUCH = 2.5;

/** Rules of one line (positions chained within SAME_LINE) joined where they meet; in ascending position. */
function mergeRules(rules: Rule[]): Rule[] {
  const byAt = [...rules].sort((a, b) => ascending(a.at, b.at));
  const merged: Rule[] = [];
  let start = 0;
  for (let i = 1; i <= byAt.length; i++) {
    if (i < byAt.length && byAt[i]!.at - byAt[i - 1]!.at <= SAME_LINE) continue;
    const line = byAt.slice(start, i).sort((a, b) => ascending(a.from, b.from));
    const at = mean(line.map((rule) => rule.at));
    let current: Rule | null = null;
    for (const rule of line) {
      if (current && rule.from <= current.to + JOIN_GAP) current.to = Math.max(current.to, rule.to);
      else merged.push((current = { at, from: rule.from, to: rule.to }));
    }
    start = i;
  }
  return merged;
}

/**
 * Groups of touching horizontal and vertical rules: one group per drawn table. The vertical rules
 * come from mergeRules, in ascending position: those a horizontal rule may touch are found by
 * binary search.
 */
function connectedTables(horizontal: Rule[], vertical: Rule[]): Array<{ horizontal: Rule[]; vertical: Rule[] }> {
  const sets = new UnionFind(horizontal.length + vertical.length);
  horizontal.forEach((h, hi) => {
    let low = 0;
    let high = vertical.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (vertical[middle]!.at < h.from - TOUCH) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < vertical.length && vertical[i]!.at <= h.to + TOUCH; i++) {
      const v = vertical[i]!;
      if (h.at >= v.from - TOUCH && h.at <= v.to + TOUCH) sets.union(hi, horizontal.length + i);
    }
  });
  const groups = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  const groupOf = (i: number) => {
    const root = sets.find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { horizontal: [], vertical: [] }));
    return group;
  };
  horizontal.forEach((rule, i) => groupOf(i).horizontal.push(rule));
  vertical.forEach((rule, i) => groupOf(horizontal.length + i).vertical.push(rule));
  return [...groups.values()];
}

/** Edges from the rules across, plus the far ends of the rules along (a table may lack side borders). */
function edges(across: Rule[], along: Rule[]): number[] {
  const ends = along.length ? [Math.min(...along.map((r) => r.from)), Math.max(...along.map((r) => r.to))] : [];
  return clusterValues([...across.map((rule) => rule.at), ...ends], TOUCH).map(mean);
}

/**
 * The rules drawn along each edge: within TOUCH of it. Both come in ascending order (rules from
 * mergeRules, edges from clusterValues), so each edge's rules are a window that only moves on.
 */
function rulesAlong(rules: readonly Rule[], edges: readonly number[]): Rule[][] {
  let first = 0;
  return edges.map((at) => {
    while (first < rules.length && rules[first]!.at - at < -TOUCH) first++;
    let end = first;
    while (end < rules.length && Math.abs(rules[end]!.at - at) <= TOUCH) end++;
    return rules.slice(first, end);
  });
}

/** Whether one of the rules along an edge reaches `point`. */
function covers(along: readonly Rule[], point: number): boolean {
  return along.some((rule) => rule.from - TOUCH <= point && rule.to + TOUCH >= point);
}

function buildGrid(horizontal: Rule[], vertical: Rule[]): RuledGrid | null {
  const xs = edges(vertical, horizontal);
  const ys = edges(horizontal, vertical);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 2) return null;
  const columnRules = rulesAlong(vertical, xs);
  const rowRules = rulesAlong(horizontal, ys);
  const sets = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    const middleY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const middleX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !covers(columnRules[c + 1]!, middleY)) sets.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covers(rowRules[r + 1]!, middleX)) sets.union(r * cols + c, (r + 1) * cols + c);
    }
  }
  // Plain loops, not Array.from: this runs for every grid and Array.from's callbacks cost more than the finds.
  const cells: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(sets.find(r * cols + c));
    cells.push(row);
  }
  const irregular = splitIrregular(cells, cols);
  return { xs, ys, cells, irregular };
}

/** A merged cell that is not a rectangle (a border drawn in pieces) is split back into single cells. */
function splitIrregular(cells: number[][], cols: number): boolean {
  // At each merged cell's root index (row-major): how many cells it holds, and its lowest row and rightmost column.
  const boxes = new Array<{ count: number; bottom: number; right: number } | undefined>(cells.length * cols);
  cells.forEach((row, r) =>
    row.forEach((root, c) => {
      const box = boxes[root];
      if (!box) boxes[root] = { count: 1, bottom: r, right: c };
      else {
        box.count++;
        box.bottom = Math.max(box.bottom, r);
        box.right = Math.max(box.right, c);
      }
    }),
  );
  let irregular = false;
  boxes.forEach((box, root) => {
    if (!box) return;
    const area = (box.bottom - Math.floor(root / cols) + 1) * (box.right - (root % cols) + 1);
    if (area === box.count) return;
    irregular = true;
    cells.forEach((row, r) => row.forEach((cell, c) => cell === root && (row[c] = r * cols + c)));
  });
  return irregular;
}

function toRules(segments: readonly RuleSegment[]): { horizontal: Rule[]; vertical: Rule[] } {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  for (const s of segments) {
    if (s.y1 === s.y2) horizontal.push({ at: s.y1, from: s.x1, to: s.x2 });
    else if (s.x1 === s.x2) vertical.push({ at: s.x1, from: s.y1, to: s.y2 });
  }
  return { horizontal: mergeRules(horizontal), vertical: mergeRules(vertical) };
}

/** Grids of at least two columns drawn by the page's ruling lines, top to bottom. */
export function findRuledGrids(segments: readonly RuleSegment[]): RuledGrid[] {
  const { horizontal, vertical } = toRules(segments);
  return connectedTables(horizontal, vertical)
    .filter((group) => group.vertical.length > 0 && group.horizontal.length > 0)
    .map((group) => buildGrid(group.horizontal, group.vertical))
    .filter((grid): grid is RuledGrid => grid !== null)
    .sort((a, b) => a.ys[0]! - b.ys[0]! || a.xs[0]! - b.xs[0]!);
}
