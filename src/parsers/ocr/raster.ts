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

/** The steepest skew looked for, in degrees: a page laid a little askew on the scanner, or photographed. */
const MAX_SKEW_DEGREES = 3;
/** Skew is measured to this step; less than one step is no skew (0.05° is 1 px across a 150 dpi page). */
const SKEW_STEP_DEGREES = 0.05;
/** Ink pixels sampled to measure skew: enough for the ruling lines and text baselines to stand out. */
const SKEW_SAMPLES = 200_000;

/**
 * The page's skew in degrees, clockwise on screen (y down): the angle at which the ink, projected
 * onto the vertical, gives the sharpest profile. Ruling lines and text baselines each pile their ink
 * into one row when looked at along their own slope, and smear it over many rows at any other.
 */
export function estimateSkew(image: GrayImage): number {
  const { width, height, data } = image;
  let inkCount = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! < INK) inkCount++;
  const stride = Math.max(1, Math.ceil(inkCount / SKEW_SAMPLES));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0, seen = 0; i < data.length; i++) {
    if (data[i]! < INK && seen++ % stride === 0) {
      xs.push((i % width) - width / 2);
      ys.push(Math.floor(i / width));
    }
  }
  const margin = Math.ceil((width / 2) * Math.tan((MAX_SKEW_DEGREES * Math.PI) / 180)) + 1;
  const profile = new Float64Array(height + 2 * margin);
  let [best, bestScore] = [0, -1];
  const steps = Math.round(MAX_SKEW_DEGREES / SKEW_STEP_DEGREES);
  for (let step = -steps; step <= steps; step++) {
    const slope = Math.tan((step * SKEW_STEP_DEGREES * Math.PI) / 180);
    profile.fill(0);
    for (let i = 0; i < xs.length; i++) profile[Math.round(ys[i]! - xs[i]! * slope) + margin]!++;
    let score = 0;
    for (const count of profile) score += count * count;
    // Ties (a blank page) go to the straight reading.
    if (score > bestScore || (score === bestScore && Math.abs(step) < Math.abs(best)))
      [best, bestScore] = [step, score];
  }
  return best * SKEW_STEP_DEGREES;
}

/** `image` turned by `degrees` anticlockwise on screen about its centre (undoing that much clockwise skew), paper filling the corners. */
export function rotate(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [width / 2, height / 2];
  const out = new Uint8Array(width * height).fill(255);
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= width || y >= height ? 255 : data[y * width + x]!);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this pixel of the straight page lies on the skewed one; bilinear between its neighbours.
      const [u, v] = [x + 0.5 - cx, y + 0.5 - cy];
      const sx = u * cos - v * sin + cx - 0.5;
      const sy = u * sin + v * cos + cy - 0.5;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      const [fx, fy] = [sx - x0, sy - y0];
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/**
 * Where a point of the page as straightened by `rotate(…, degrees)` lay on the page as scanned:
 * boxes found on the straightened page are shown on the scan itself. Any unit, y down, about the
 * centre of a `width`×`height` page.
 */
export function onSkewedPage(x: number, y: number, width: number, height: number, degrees: number): [number, number] {
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [u, v] = [x - width / 2, y - height / 2];
  return [u * cos - v * sin + width / 2, u * sin + v * cos + height / 2];
}

/** The page straightened when it lies askew (its ruling lines then run along pixel rows and columns), and the skew found. */
export function deskew(image: GrayImage): { image: GrayImage; skew: number } {
  const skew = estimateSkew(image);
  return { image: skew === 0 ? image : rotate(image, skew), skew };
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
export function findPixelRules(image: GrayImage, scale: number, { resampled = false } = {}): PageRaster {
  const { width, height, data } = image;
  const minLength = Math.round(MIN_RULE_POINTS * scale);
  // A straightened page was resampled: a thin line's ink is shared between two pixel rows where it
  // crosses from one to the next, each too light alone. There two neighbours' ink counts as one pixel's.
  const pair = (a: number, b: number) => (resampled ? Math.max(0, a + b - 255) : a);
  const horizontal = longRuns(height, width, minLength, (y, x) =>
    pair(data[y * width + x]!, data[Math.min(y + 1, height - 1) * width + x]!),
  );
  const vertical = longRuns(width, height, minLength, (x, y) =>
    pair(data[y * width + x]!, data[y * width + Math.min(x + 1, width - 1)]!),
  );
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

/** A rectangle in pixels, x1 and y1 exclusive. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Darker than this is a glyph's ink (the recogniser's own threshold sits about here). */
const GLYPH_INK = 128;
/** Pieces of one character (休 is two) or of one short number lie closer than this, in points. */
const GLYPH_GAP_POINTS = 3;
/** Smaller than this (points) is a speck, taller than this is no text line. */
const MIN_GLYPH_POINTS = 3;
const MAX_GLYPH_POINTS = 30;

/**
 * Bounding boxes of 8-connected ink components with no pixel in `covered`: a component that
 * reaches into a read word is part of that word (a stroke its box cut off), not text left out.
 */
function inkComponents(image: GrayImage, covered: Uint8Array): PixelBox[] {
  const { width, height, data } = image;
  const seen = new Uint8Array(width * height);
  const boxes: PixelBox[] = [];
  const stack: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (seen[start] || data[start]! >= GLYPH_INK) continue;
    const box = { x0: width, y0: height, x1: 0, y1: 0 };
    let read = false;
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const at = stack.pop()!;
      const [x, y] = [at % width, Math.floor(at / width)];
      if (covered[at]) read = true;
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x + 1);
      box.y1 = Math.max(box.y1, y + 1);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const next = ny * width + nx;
          if (seen[next] || data[next]! >= GLYPH_INK) continue;
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    if (!read) boxes.push(box);
  }
  return boxes;
}

function near(a: PixelBox, b: PixelBox, gap: number): boolean {
  return a.x0 - gap <= b.x1 && b.x0 - gap <= a.x1 && a.y0 - gap <= b.y1 && b.y0 - gap <= a.y1;
}

/**
 * Ink the recogniser left unread: a page-wide pass drops what stands alone (a one-digit 序号, the
 * last character of a name wrapped onto a line of its own). Boxes of glyph groups outside every
 * read word's box, for a second look one by one.
 */
export function unreadInk(
  image: GrayImage,
  read: readonly PixelBox[],
  rules: readonly RuleSegment[],
  scale: number,
): PixelBox[] {
  const covered = new Uint8Array(image.width * image.height);
  const margin = Math.round(scale);
  for (const box of read) {
    for (let y = Math.max(0, box.y0 - margin); y < Math.min(image.height, box.y1 + margin); y++) {
      covered.fill(
        1,
        y * image.width + Math.max(0, box.x0 - margin),
        y * image.width + Math.min(image.width, box.x1 + margin),
      );
    }
  }
  const groups: PixelBox[] = [];
  const gap = GLYPH_GAP_POINTS * scale;
  for (const piece of inkComponents(image, covered).sort((a, b) => a.x0 - b.x0)) {
    const group = groups.find((candidate) => near(candidate, piece, gap));
    if (!group) {
      groups.push({ ...piece });
      continue;
    }
    group.x0 = Math.min(group.x0, piece.x0);
    group.y0 = Math.min(group.y0, piece.y0);
    group.x1 = Math.max(group.x1, piece.x1);
    group.y1 = Math.max(group.y1, piece.y1);
  }
  const [least, most] = [MIN_GLYPH_POINTS * scale, MAX_GLYPH_POINTS * scale];
  const columns = rules.filter((rule) => rule.x1 === rule.x2).map((rule) => ({ ...rule, x: rule.x1 * scale }));
  const ruleBetween = (a: PixelBox, b: PixelBox) => {
    const [from, to] = a.x1 <= b.x0 ? [a.x1, b.x0] : [b.x1, a.x0];
    const middle = (a.y0 + a.y1) / 2 / scale;
    return columns.some((rule) => rule.x >= from - 1 && rule.x <= to + 1 && rule.y1 <= middle && rule.y2 >= middle);
  };
  // Ink beside a read word on its line (in the same cell) is a piece of that word's glyphs or of
  // its numbering (四、), which a second look on its own misreads; what stands alone is looked at.
  const besideRead = (box: PixelBox) => {
    const em = box.y1 - box.y0;
    return read.some(
      (word) =>
        Math.min(word.y1, box.y1) - Math.max(word.y0, box.y0) > em / 2 &&
        word.x0 - em <= box.x1 &&
        box.x0 - em <= word.x1 &&
        !ruleBetween(word, box),
    );
  };
  return groups.filter(
    (box) => box.y1 - box.y0 >= least && box.y1 - box.y0 <= most && box.x1 - box.x0 <= 4 * most && !besideRead(box),
  );
}

/** `box` of `image` with a white margin around it: the recogniser reads a glyph better with room. */
export function cropWithMargin(image: GrayImage, box: PixelBox, margin: number): GrayImage {
  const [width, height] = [box.x1 - box.x0 + 2 * margin, box.y1 - box.y0 + 2 * margin];
  const data = new Uint8Array(width * height).fill(255);
  for (let y = box.y0; y < box.y1; y++) {
    data.set(
      image.data.subarray(y * image.width + box.x0, y * image.width + box.x1),
      (y - box.y0 + margin) * width + margin,
    );
  }
  return { width, height, data };
}
