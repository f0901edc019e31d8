// A rendered page as grey pixels: its ruling lines found from long dark runs (a scan has no drawn
// paths to read), and a copy with those lines whitened so the recogniser sees only the glyphs.

import type { RuleSegment } from '../pdf/page-types';

/** One byte per pixel, 0 black to 255 white, row by row. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Darker than this is ink, for finding lines. A thin ruling line scanned at 150 dpi is two pixels
 * of mid grey (145 and 166, say); only long runs count, so a lenient level does not catch glyphs.
 */
const INK = 200;
/** Lighter than this beside a line is its anti-aliased edge, not a glyph touching it. */
const FRINGE = 120;
/** A run of ink at least this long (in points, ≈ 0.45 in) is a line, not a glyph stroke. */
const MIN_RULE_POINTS = 32;
/** Pixels of paper a scanned line may skip (dust, a faint toner spot) and still be one line. */
const GAP_PIXELS = 2;
/** Runs on neighbouring pixel rows (columns) that overlap this much are one thick line. */
const SAME_LINE_OVERLAP = 0.5;

export function rgbaToGray(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    // ITU-R BT.601 luma; a transparent pixel is paper.
    const alpha = rgba[p + 3]! / 255;
    const luma = 0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!;
    data[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

interface Run {
  /** Row (for horizontal runs) or column (vertical). */
  at: number;
  from: number;
  /** Exclusive. */
  to: number;
}

/** Long runs of ink along one axis; `pixel(at, along)` reads the image. */
function longRuns(
  lines: number,
  length: number,
  minLength: number,
  pixel: (at: number, along: number) => number,
): Run[] {
  const runs: Run[] = [];
  for (let at = 0; at < lines; at++) {
    let start = -1;
    let lastInk = -1;
    for (let along = 0; along <= length; along++) {
      const ink = along < length && pixel(at, along) < INK;
      if (ink) {
        if (start < 0) start = along;
        lastInk = along;
      } else if (start >= 0 && along - lastInk > GAP_PIXELS) {
        if (lastInk + 1 - start >= minLength) runs.push({ at, from: start, to: lastInk + 1 });
        start = -1;
      }
    }
  }
  return runs;
}

/** Runs on adjacent rows (columns) that overlap → one line each, at the middle of its thickness. */
function joinThick(runs: Run[]): Array<{ at: number; from: number; to: number }> {
  const open: Array<{ first: number; last: number; from: number; to: number }> = [];
  const done: typeof open = [];
  for (const run of runs) {
    const line = open.find(
      (candidate) =>
        run.at - candidate.last <= 1 &&
        Math.min(run.to, candidate.to) - Math.max(run.from, candidate.from) >=
          SAME_LINE_OVERLAP * Math.min(run.to - run.from, candidate.to - candidate.from),
    );
    if (line) {
      line.last = run.at;
      line.from = Math.min(line.from, run.from);
      line.to = Math.max(line.to, run.to);
    } else open.push({ first: run.at, last: run.at, from: run.from, to: run.to });
    for (let i = open.length - 1; i >= 0; i--) {
      if (run.at - open[i]!.last > 1) done.push(...open.splice(i, 1));
    }
  }
  return [...done, ...open].map((line) => ({ at: (line.first + line.last + 1) / 2, from: line.from, to: line.to }));
}

export interface PageRaster {
  /** Ruling lines in page space (points), as the layout reads drawn ones. */
  rules: RuleSegment[];
  /** The image with the ruling lines painted white. */
  glyphs: GrayImage;
}

/** Ruling lines of a page rendered at `scale` pixels per point, and the page without them. */
export function findPixelRules(image: GrayImage, scale: number): PageRaster {
  const { width, height, data } = image;
  const minLength = Math.round(MIN_RULE_POINTS * scale);
  const horizontal = longRuns(height, width, minLength, (y, x) => data[y * width + x]!);
  const vertical = longRuns(width, height, minLength, (x, y) => data[y * width + x]!);
  const glyphs = new Uint8Array(data);
  // The line's pixels, and its light anti-aliased fringe beside it (glyph ink there stays).
  const whiten = (index: number, fringe: boolean) => {
    if (!fringe || glyphs[index]! > FRINGE) glyphs[index] = 255;
  };
  for (const run of horizontal) {
    for (let x = run.from; x < run.to; x++) {
      whiten(run.at * width + x, false);
      if (run.at > 0) whiten((run.at - 1) * width + x, true);
      if (run.at + 1 < height) whiten((run.at + 1) * width + x, true);
    }
  }
  for (const run of vertical) {
    for (let y = run.from; y < run.to; y++) {
      whiten(y * width + run.at, false);
      if (run.at > 0) whiten(y * width + run.at - 1, true);
      if (run.at + 1 < width) whiten(y * width + run.at + 1, true);
    }
  }
  const rules: RuleSegment[] = [
    ...joinThick(horizontal).map(({ at, from, to }) => ({
      x1: from / scale,
      y1: at / scale,
      x2: to / scale,
      y2: at / scale,
    })),
    ...joinThick(vertical).map(({ at, from, to }) => ({
      x1: at / scale,
      y1: from / scale,
      x2: at / scale,
      y2: to / scale,
    })),
  ];
  return { rules, glyphs: { width, height, data: glyphs } };
}

/** Binary PGM (P5): the simplest image file the recogniser's Leptonica reads, with no encoder. */
export function toPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const file = new Uint8Array(header.length + image.data.length);
  file.set(header);
  file.set(image.data, header.length);
  return file;
}
