// One PDF page as plain data: text runs and ruling segments in page space (points, origin at the
// top left, y down, page rotation applied). Table building works on this and never on pdf.js.

export interface TextRun {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  width: number;
  /** Font size: the run's glyphs stand between y - fontSize and y. */
  fontSize: number;
}

/** A horizontal (y1 === y2) or vertical (x1 === x2) ruling line, x1 <= x2 and y1 <= y2. */
export interface RuleSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PageContent {
  pageNumber: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: RuleSegment[];
  /** PDF user space → page space (the scale-1 viewport transform); without it, y is flipped at `height`. */
  transform?: readonly number[];
}
