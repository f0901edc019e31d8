// Renders one PDF page on a canvas with pdf.js and boxes the finding's cells on it, or cuts one
// cell's image out of its page (a scan's evidence). Loaded on first use only (pdf.js is large); its
// worker is pdf.js's own file served from our origin.

import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pagePdfAssets } from '../worker/parse-client';
import type { Box } from '../model/document';
import type { PageMark } from '../report/evidence';

const COLORS = { primary: '#d01c1c', related: '#e08a1e' } as const;

export interface PdfPages {
  count: number;
  /**
   * Draws page `page` into `canvas` at `cssWidth` pixels wide, with the marks boxed. A newer call
   * cancels one still drawing (pdf.js refuses two on one canvas): the older resolves false.
   */
  render(canvas: HTMLCanvasElement, page: number, marks: readonly PageMark[], cssWidth: number): Promise<boolean>;
  /**
   * Draws only the part `box` of its page into `canvas`, at `cssScale` CSS pixels a point (pdf.js
   * clips to the canvas, so nothing else of the page is painted); sets the canvas's CSS size.
   */
  renderCrop(canvas: HTMLCanvasElement, box: Box, cssScale: number): Promise<void>;
  destroy(): Promise<void>;
}

export async function openPdfPages(bytes: ArrayBuffer): Promise<PdfPages> {
  // NOTE: one module worker for the page's lifetime; pdf.js reuses it for every document.
  GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module' });
  const assets = pagePdfAssets();
  const doc: PDFDocumentProxy = await getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  let drawing: RenderTask | null = null;
  return {
    count: doc.numPages,
    async render(canvas, pageNumber, marks, cssWidth) {
      drawing?.cancel();
      const page = await doc.getPage(pageNumber);
      const ratio = globalThis.devicePixelRatio || 1;
      const scale = (cssWidth / page.getViewport({ scale: 1 }).width) * ratio;
      const viewport = page.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const context = canvas.getContext('2d')!;
      const task = page.render({ canvas, canvasContext: context, viewport });
      drawing = task;
      try {
        await task.promise;
      } catch (error) {
        if (error instanceof Error && error.name === 'RenderingCancelledException') return false;
        throw error;
      }
      for (const { box, role } of [...marks].reverse()) {
        if (box.page !== pageNumber) continue;
        const [x0, y0, x1, y1] = viewport.convertToViewportRectangle([box.x0, box.y0, box.x1, box.y1]) as number[];
        const pad = 2 * ratio;
        context.strokeStyle = COLORS[role];
        context.lineWidth = (role === 'primary' ? 2.5 : 1.5) * ratio;
        context.setLineDash(role === 'primary' ? [] : [4 * ratio, 3 * ratio]);
        context.strokeRect(
          Math.min(x0!, x1!) - pad,
          Math.min(y0!, y1!) - pad,
          Math.abs(x1! - x0!) + 2 * pad,
          Math.abs(y1! - y0!) + 2 * pad,
        );
      }
      return true;
    },
    async renderCrop(canvas, box, cssScale) {
      const page = await doc.getPage(box.page);
      const ratio = globalThis.devicePixelRatio || 1;
      const scale = cssScale * ratio;
      const [x0, y0, x1, y1] = page
        .getViewport({ scale })
        .convertToViewportRectangle([box.x0, box.y0, box.x1, box.y1]) as number[];
      const [left, top] = [Math.min(x0!, x1!), Math.min(y0!, y1!)];
      canvas.width = Math.ceil(Math.abs(x1! - x0!));
      canvas.height = Math.ceil(Math.abs(y1! - y0!));
      canvas.style.width = `${canvas.width / ratio}px`;
      canvas.style.height = `${canvas.height / ratio}px`;
      const viewport = page.getViewport({ scale, offsetX: -left, offsetY: -top });
      await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
    },
    destroy: () => doc.destroy(),
  };
}
