// A scanned PDF → document model: each page rendered with pdf.js, its ruling lines found in the
// pixels, its words recognised, and the words laid out as a born-digital page's text would be
// (the same tables, rules and charts follow). Every recognised run keeps its confidence and box.

import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Block, Box, Message, OcrRun, ParsedDocument } from '../../lib/model/document';
import { ReadError } from '../../lib/model/read-error';
import { layoutPages, mapCellBoxes, toUserBox } from '../pdf/layout/layout-pages';
import type { PageContent } from '../pdf/page-types';
import { documentParams, type PdfAssets } from '../pdf/read-pdf';
import type { OcrEngine, OcrLine } from './ocr-engine';
import {
  cropWithMargin,
  deskew,
  findPixelRules,
  onSkewedPage,
  rgbaToGray,
  toPgm,
  unreadInk,
  type GrayImage,
  type PageRaster,
} from './raster';
import { MEANINGFUL, wordsToRuns } from './words-to-runs';

/** Pixels per point the page is rendered at: 150 dpi, the resolution scans are commonly made at. */
export const OCR_SCALE = 150 / 72;

export interface OcrReadOptions {
  assets: PdfAssets;
  engine: OcrEngine;
  signal?: AbortSignal;
  password?: string;
  /** Read only the first pages (tests keep OCR's time small); all by default. */
  maxPages?: number;
  onPage?: (done: number, total: number) => void;
}

type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

interface Canvas2D {
  getContext(type: '2d'): {
    getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
  } | null;
}

/** A canvas to render into: OffscreenCanvas in a browser worker, pdf.js's own (@napi-rs/canvas) in Node. */
function createCanvas(doc: pdfjs.PDFDocumentProxy, width: number, height: number): Canvas2D {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height) as unknown as Canvas2D;
  const factory = doc.canvasFactory as { create(width: number, height: number): { canvas: Canvas2D } };
  return factory.create(width, height).canvas;
}

async function renderGray(doc: pdfjs.PDFDocumentProxy, page: PDFPageProxy): Promise<GrayImage> {
  const viewport = page.getViewport({ scale: OCR_SCALE });
  const [width, height] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
  const canvas = createCanvas(doc, width, height);
  await page.render({ canvas: canvas as unknown as RenderCanvas, viewport, background: 'white' }).promise;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas context to render a page for OCR');
  return rgbaToGray(context.getImageData(0, 0, width, height).data, width, height);
}

/** White room around a glyph group cut out for a second look, in points. */
const CROP_MARGIN_POINTS = 4;
/** More unread glyph groups than this on a page is a picture or a stamp, not text left out. */
const MAX_SECOND_LOOKS = 150;

/**
 * A speck read on its own is a guess (a dot as 和 at 7%, a stroke as |): what a second look reads
 * must be fairly sure, and a letter, digit or character. A lone number is read with less
 * confidence than a character (a 序号 11 at 45%), and kept from this much, its confidence with it.
 */
const MIN_SECOND_LOOK_CONFIDENCE = 50;
const MIN_SECOND_LOOK_NUMBER_CONFIDENCE = 30;

/** The page's lines: a page-wide pass, then a second look at each group of glyphs it left unread. */
async function recognizePage(
  engine: OcrEngine,
  { rules, glyphs }: PageRaster,
  signal?: AbortSignal,
): Promise<OcrLine[]> {
  const lines = await engine.recognize(toPgm(glyphs), 'page');
  const unread = unreadInk(
    glyphs,
    lines.flatMap((line) => line.words),
    rules,
    OCR_SCALE,
  );
  if (unread.length > MAX_SECOND_LOOKS) return lines;
  const margin = Math.round(CROP_MARGIN_POINTS * OCR_SCALE);
  for (const box of unread) {
    signal?.throwIfAborted();
    const found = await engine.recognize(toPgm(cropWithMargin(glyphs, box, margin)), 'line');
    const [dx, dy] = [box.x0 - margin, box.y0 - margin];
    for (const line of found) {
      const words = line.words.filter(
        (word) =>
          word.confidence >=
            (/^\d+$/.test(word.text) ? MIN_SECOND_LOOK_NUMBER_CONFIDENCE : MIN_SECOND_LOOK_CONFIDENCE) &&
          MEANINGFUL.test(word.text),
      );
      lines.push({
        words: words.map((word) => ({
          ...word,
          x0: word.x0 + dx,
          x1: word.x1 + dx,
          y0: word.y0 + dy,
          y1: word.y1 + dy,
        })),
      });
    }
  }
  return lines;
}

function deskewedMessage(skews: ReadonlyArray<{ page: number; skew: number }>): Message {
  const most = Math.max(...skews.map(({ skew }) => Math.abs(skew)));
  return {
    stage: 'read',
    code: 'pdf-ocr-deskewed',
    message: `第 ${skews.map(({ page }) => page).join('、')} 页扫描时放歪了（最多约 ${most.toFixed(1)}°），已先扶正再识别。`,
    page: skews[0]!.page,
  };
}

/**
 * A box found on a page straightened by `skew` degrees, as it lies on the scan the user sees: the
 * four corners turned back, and the box around them.
 */
function boxOnScan(page: PageContent, box: Box, skew: number): Box {
  const [a, b, c, d, e, f] = page.transform ?? [1, 0, 0, -1, 0, page.height];
  const corners = [
    [box.x0, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y0],
    [box.x1, box.y1],
  ].map(([x, y]) => onSkewedPage(a! * x! + c! * y! + e!, b! * x! + d! * y! + f!, page.width, page.height, skew));
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [x0, y0, x1, y1] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  return toUserBox({ page: page.pageNumber, x0, y0, x1, y1 }, page);
}

/** The tables' cell boxes on straightened pages moved back to where the cells lie on the scan. */
function cellBoxesOnScan(
  blocks: Block[],
  straightened: ReadonlyMap<number, { page: PageContent; skew: number }>,
): Block[] {
  if (straightened.size === 0) return blocks;
  return mapCellBoxes(blocks, (box) => {
    const found = straightened.get(box.page);
    return found ? boxOnScan(found.page, box, found.skew) : box;
  });
}

export async function readScannedPdf(bytes: Uint8Array, options: OcrReadOptions): Promise<ParsedDocument> {
  const { signal, engine } = options;
  // Unlike the text route, this one needs the page images decoded: they are all there is.
  const task = pdfjs.getDocument({ ...documentParams(bytes, options.assets, options.password), maxImageSize: -1 });
  const abort = () => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw error instanceof pdfjs.InvalidPDFException
        ? new ReadError('corrupt-file', 'PDF 文件已损坏或不完整，无法打开。请确认文件下载完整后再试。')
        : error;
    });
    const total = Math.min(doc.numPages, options.maxPages ?? Infinity);
    const pages: PageContent[] = [];
    const ocrRuns: OcrRun[] = [];
    const skews: Array<{ page: number; skew: number }> = [];
    const straightened = new Map<number, { page: PageContent; skew: number }>();
    for (let number = 1; number <= total; number++) {
      signal?.throwIfAborted();
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      // A sheet laid askew: its ruling lines are found only once they run along pixel rows.
      const { image, skew } = deskew(await renderGray(doc, page));
      if (skew) skews.push({ page: number, skew });
      const raster = findPixelRules(image, OCR_SCALE, { resampled: skew !== 0 });
      page.cleanup();
      signal?.throwIfAborted();
      const runs = wordsToRuns(await recognizePage(engine, raster, signal), OCR_SCALE, raster.rules);
      const content: PageContent = {
        pageNumber: number,
        width: viewport.width,
        height: viewport.height,
        runs: runs.map(({ text, x, y, width, fontSize }) => ({ text, x, y, width, fontSize })),
        rules: raster.rules,
        transform: viewport.transform,
      };
      pages.push(content);
      if (skew) straightened.set(number, { page: content, skew });
      for (const run of runs) {
        const inPage = { page: number, x0: run.x, y0: run.y - run.fontSize, x1: run.x + run.width, y1: run.y };
        const box = toUserBox(inPage, content);
        ocrRuns.push({
          text: run.text,
          confidence: Math.round(run.confidence),
          box: skew ? boxOnScan(content, box, skew) : box,
        });
      }
      options.onPage?.(number, total);
    }
    signal?.throwIfAborted();
    const layout = layoutPages(pages.filter((page) => page.runs.length > 0));
    const skipped = doc.numPages - total;
    const warnings: Message[] = [
      {
        stage: 'read',
        code: 'pdf-ocr',
        message: `这是扫描件，${total} 页的文字和表格由本机文字识别（OCR）读出，可能有认错的字或数字；识别把握不大的单元格已标出。${skipped ? `其余 ${skipped} 页未识别。` : ''}`,
      },
      ...(skews.length ? [deskewedMessage(skews)] : []),
      ...layout.warnings,
    ];
    return {
      format: 'pdf',
      pages: doc.numPages,
      blocks: cellBoxesOnScan(layout.blocks, straightened),
      warnings,
      ocr: { pages: total, runs: ocrRuns },
    };
  } finally {
    signal?.removeEventListener('abort', abort);
    await task.destroy();
  }
}
