// What the page reader needs of a recogniser: an image in, lines of words with pixel boxes and
// confidences out. tesseract.js provides it in Node (CLI, tests) and in the browser (a worker).

/** A recognised word; its box in pixels of the image it was read from, y down. */
export interface OcrWord {
  text: string;
  /** 0–100, the recogniser's confidence in the word. */
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrLine {
  words: OcrWord[];
}

/** A whole page (text anywhere, in any order), or one line of a few glyphs cut out of it. */
export type OcrLayout = 'page' | 'line';

export interface OcrEngine {
  /** An image file (PGM here) → its text lines, in the recogniser's reading order. */
  recognize(image: Uint8Array, layout: OcrLayout): Promise<OcrLine[]>;
  terminate(): Promise<void>;
}
