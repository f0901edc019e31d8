// What pdf.js gives of one page, as plain data: text runs and ruling segments in page space (see
// page-types.ts). Whether a page's ruling lines are worth reading is read-pdf.ts's decision.

import { AnnotationMode, OPS, Util, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Matrix, PathSink } from './content-paths';
import type { PageContent, RuleSegment, TextRun } from './page-types';
import type { PagePaths } from './page-streams';

/** Filled rectangles thinner than this are lines drawn as fills (Word and WPS draw borders so). */
const MAX_RULE_THICKNESS = 2.5;
const MIN_RULE_LENGTH = 3;
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_QUADRATIC = 3;
const DRAW_CLOSE = 4;
const STROKE_OPS = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILL_OPS = new Set<number>([OPS.fill, OPS.eoFill]);

function ruleFrom(ax: number, ay: number, bx: number, by: number): RuleSegment | null {
  const horizontal = Math.abs(ay - by) < 0.5;
  const vertical = Math.abs(ax - bx) < 0.5;
  if (!horizontal && !vertical) return null;
  // NOTE: a hypotenuse is never shorter than its longer side, so Math.hypot (slow) is needed only
  // for segments shorter than MIN_RULE_LENGTH along both axes.
  const dx = Math.abs(bx - ax);
  const dy = Math.abs(by - ay);
  if (dx < MIN_RULE_LENGTH && dy < MIN_RULE_LENGTH && Math.hypot(dx, dy) < MIN_RULE_LENGTH) return null;
  return horizontal
    ? { x1: Math.min(ax, bx), y1: (ay + by) / 2, x2: Math.max(ax, bx), y2: (ay + by) / 2 }
    : { x1: (ax + bx) / 2, y1: Math.min(ay, by), x2: (ax + bx) / 2, y2: Math.max(ay, by) };
}

/**
 * Ruling segments of one painted path, in page space: a stroked subpath gives its straight
 * horizontal and vertical edges; a filled one that is thin gives one line (Word and WPS draw
 * borders so) and a wide one (cell shading) none. Curves count by their end points. One pass over
 * the path data, without arrays or closures per point or path: tables draw thousands of these a page.
 */
class PathRules {
  private stroke = false;
  private toPage: Matrix = [1, 0, 0, 1, 0, 0];
  // The subpath being read: its point count, first and last points, bounds, whether closed.
  private count = 0;
  private closed = false;
  private firstX = 0;
  private firstY = 0;
  private lastX = 0;
  private lastY = 0;
  private left = Infinity;
  private right = -Infinity;
  private top = Infinity;
  private bottom = -Infinity;

  constructor(private readonly rules: RuleSegment[]) {}

  private keep(rule: RuleSegment | null): void {
    if (rule) this.rules.push(rule);
  }

  private addPoint(x: number, y: number): void {
    const m = this.toPage;
    const px = m[0] * x + m[2] * y + m[4];
    const py = m[1] * x + m[3] * y + m[5];
    if (this.count === 0) {
      this.firstX = px;
      this.firstY = py;
    } else if (this.stroke) this.keep(ruleFrom(this.lastX, this.lastY, px, py));
    this.lastX = px;
    this.lastY = py;
    this.left = Math.min(this.left, px);
    this.right = Math.max(this.right, px);
    this.top = Math.min(this.top, py);
    this.bottom = Math.max(this.bottom, py);
    this.count++;
  }

  private endSubpath(): void {
    if (this.count === 0) return;
    const { left, right, top, bottom } = this;
    if (this.stroke) {
      if (this.closed && this.count > 2) this.keep(ruleFrom(this.lastX, this.lastY, this.firstX, this.firstY));
    } else if (this.count >= 4 || this.closed) {
      if (bottom - top <= MAX_RULE_THICKNESS) this.keep(ruleFrom(left, (top + bottom) / 2, right, (top + bottom) / 2));
      else if (right - left <= MAX_RULE_THICKNESS)
        this.keep(ruleFrom((left + right) / 2, top, (left + right) / 2, bottom));
    }
    this.count = 0;
    this.closed = false;
    this.left = this.top = Infinity;
    this.right = this.bottom = -Infinity;
  }

  /** The path in the first `length` values of `data`. */
  read(paintOp: number, data: ArrayLike<number>, length: number, toPage: Matrix): void {
    this.stroke = STROKE_OPS.has(paintOp);
    if (!this.stroke && !FILL_OPS.has(paintOp)) return;
    this.toPage = toPage;
    for (let i = 0; i < length;) {
      const op = data[i++];
      if (op === DRAW_MOVE) {
        this.endSubpath();
        this.addPoint(data[i]!, data[i + 1]!);
        i += 2;
      } else if (op === DRAW_LINE) {
        // Before any moveto there is no subpath to add to (count stays 0 only until one).
        if (this.count) this.addPoint(data[i]!, data[i + 1]!);
        i += 2;
      } else if (op === DRAW_CURVE) {
        if (this.count) this.addPoint(data[i + 4]!, data[i + 5]!);
        i += 6;
      } else if (op === DRAW_QUADRATIC) {
        if (this.count) this.addPoint(data[i + 2]!, data[i + 3]!);
        i += 4;
      } else if (op === DRAW_CLOSE) {
        this.closed = this.count > 0;
      } else {
        break;
      }
    }
    this.endSubpath();
  }
}

/**
 * Math.hypot, but without its allocation (V8 copies its arguments) where one side is zero, as the
 * vertical side of every upright text item is: the length is then exactly the other side's.
 */
function sideLength(x: number, y: number): number {
  return x === 0 ? Math.abs(y) : Math.hypot(x, y);
}

/** The page's text runs, in page space. */
function toRuns(items: ReadonlyArray<object>, toViewport: Matrix): TextRun[] {
  const [a, b, c, d, e, f] = toViewport;
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!('str' in item) || !(item as TextItem).str.trim()) continue;
    const { str, transform, width } = item as TextItem;
    // Util.transform(toViewport, transform) without its array: the run's origin and vertical
    // side (the font's height) in page space, computed in the same order, bit for bit.
    const fontSize = sideLength(a * transform[2] + c * transform[3], b * transform[2] + d * transform[3]);
    runs.push({
      text: str,
      x: a * transform[4] + c * transform[5] + e,
      y: b * transform[4] + d * transform[5] + f,
      width: width * (fontSize / sideLength(transform[2], transform[3]) || 1),
      fontSize,
    });
  }
  return runs;
}

/** Collects ruling segments from a page's drawing (operator list or content stream), in page space. */
class RuleCollector implements PathSink {
  readonly rules: RuleSegment[] = [];
  private readonly pathRules = new PathRules(this.rules);
  private ctm: Matrix = [1, 0, 0, 1, 0, 0];
  private readonly stack: Matrix[] = [];
  /** The ctm into page space, made when a path is painted and kept until the ctm changes. */
  private toPage: Matrix | null = null;

  constructor(private readonly toViewport: Matrix) {}

  private setCtm(ctm: Matrix): void {
    if (ctm !== this.ctm) this.toPage = null;
    this.ctm = ctm;
  }

  save(): void {
    this.stack.push(this.ctm);
  }
  restore(): void {
    this.setCtm(this.stack.pop() ?? this.ctm);
  }
  transform(matrix: Matrix): void {
    this.setCtm(Util.transform(this.ctm, matrix) as Matrix);
  }
  beginForm(matrix: ArrayLike<number> | null): void {
    this.stack.push(this.ctm);
    if (matrix) this.setCtm(Util.transform(this.ctm, matrix as Matrix) as Matrix);
  }
  endForm(): void {
    this.restore();
  }
  path(paintOp: number, data: ArrayLike<number>, length: number): void {
    this.toPage ??= Util.transform(this.toViewport, this.ctm) as Matrix;
    this.pathRules.read(paintOp, data, length, this.toPage);
  }
}

/** Ruling segments from the page's operator list: paths that are, or are edged by, straight lines. */
export async function readRules(
  page: PDFPageProxy,
  transform: readonly number[] = page.getViewport({ scale: 1 }).transform,
): Promise<RuleSegment[]> {
  const collector = new RuleCollector(transform as Matrix);
  // Annotations (form fields, stamps, comments) are drawn over the page, not part of its tables.
  const operators = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i];
    if (fn === OPS.save) collector.save();
    else if (fn === OPS.restore) collector.restore();
    else if (fn === OPS.transform) collector.transform(args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) collector.beginForm((args as [Matrix | null])[0]);
    else if (fn === OPS.paintFormXObjectEnd) collector.endForm();
    else if (fn === OPS.constructPath) {
      const [paintOp, pathData] = args as [number, [ArrayLike<number>] | ArrayLike<number>[]];
      const data = pathData[0];
      if (data) collector.path(paintOp, data, data.length);
    }
  });
  return collector.rules;
}

/**
 * The same segments read from the page's content stream (content-paths.ts), without pdf.js's
 * operator list; null when the stream cannot be read that way.
 */
export function readRulesFromStream(
  pagePaths: PagePaths,
  page: PDFPageProxy,
  transform: readonly number[] = page.getViewport({ scale: 1 }).transform,
): RuleSegment[] | null {
  const collector = new RuleCollector(transform as Matrix);
  return page.ref && pagePaths(page.ref, collector) ? collector.rules : null;
}

/**
 * The page turned so that most of its text reads left to right: a page whose /Rotate turns
 * upright text on its side (WPS prints a landscape table so, on a portrait page turned 270°) is
 * laid out as its text was written; cell boxes stay in PDF user space either way.
 */
function uprightViewport(page: PDFPageProxy, items: ReadonlyArray<object>) {
  const chars = new Map<number, number>();
  for (const item of items) {
    if (!('str' in item)) continue;
    const { str, transform } = item as TextItem;
    // Upright text, nearly all of it, needs no arctangent.
    const angle =
      transform[1] === 0 && transform[0] > 0
        ? 0
        : Math.round(Math.atan2(transform[1], transform[0]) / (Math.PI / 2)) * 90;
    chars.set(angle, (chars.get(angle) ?? 0) + str.trim().length);
  }
  const [angle] = [...chars].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0]);
  // The viewport turns the page clockwise by its rotation; text at `angle` (counter-clockwise in
  // user space) reads left to right when the two cancel.
  return page.getViewport({ scale: 1, rotation: ((angle % 360) + 360) % 360 });
}

/** The page's size, its text runs, and the transform from PDF user space to page space. */
export async function readPageText(page: PDFPageProxy): Promise<Omit<PageContent, 'rules'>> {
  const { items } = await page.getTextContent();
  const viewport = uprightViewport(page, items);
  const toViewport = viewport.transform as Matrix;
  return {
    pageNumber: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    runs: toRuns(items, toViewport),
    transform: toViewport,
  };
}
