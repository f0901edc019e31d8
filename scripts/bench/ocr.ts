// The OCR bench: seconds per page to read a scan by OCR in Node (render, ruling lines, recognition,
// layout, extraction), against Debian's native `tesseract` reading the same rendered pages as the
// floor (skipped with a note where it is not installed), what the page downloads to do it, and the
// same scan read in Chromium with the longest main-thread task meanwhile (ocr-browser.ts).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inspectFile } from '../../src/lib/inspect';
import { createNodeOcrEngine, nodeOcrLangPath } from '../../src/parsers/ocr/node-engine';
import { findPixelRules, rgbaToGray, toPgm } from '../../src/parsers/ocr/raster';
import { OCR_SCALE } from '../../src/parsers/ocr/read-scanned-pdf';
import { OCR_LANGUAGE } from '../../src/parsers/ocr/tesseract-engine';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { documentParams } from '../../src/parsers/pdf/read-pdf';
import { rasterisePdf } from '../../test/fixtures/generators/scan-pdf';
import { benchOcrBrowser } from './ocr-browser';
import type { OcrResult } from './results';

/** Seed 002's bordered PDF, pages 4–6 (ruled tables and a continuation), scanned at 150 dpi. */
const SOURCE = new URL('../../test/fixtures/pdf/002-bordered-portrait.pdf', import.meta.url);
const [FIRST, LAST] = [4, 6];

/** What the browser fetches on first use: the worker, one core build (SIMD, LSTM only), the model. */
function downloadBytes(): number {
  const require = createRequire(import.meta.url);
  const core = dirname(require.resolve('tesseract.js-core/package.json'));
  const worker = join(dirname(require.resolve('tesseract.js/package.json')), 'dist/worker.min.js');
  const model = join(nodeOcrLangPath(), `${OCR_LANGUAGE}.traineddata.gz`);
  return [worker, join(core, 'tesseract-core-simd-lstm.wasm.js'), model].reduce(
    (sum, file) => sum + statSync(file).size,
    0,
  );
}

/** The scan's pages as the OCR route renders and cleans them, as PGM files for the native floor. */
async function cleanedPages(scan: Uint8Array, folder: string): Promise<string[]> {
  const doc = await pdfjs.getDocument({ ...documentParams(scan, nodePdfAssets()), maxImageSize: -1 }).promise;
  const files: string[] = [];
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: OCR_SCALE });
      const [width, height] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
      const factory = doc.canvasFactory as {
        create(w: number, h: number): { canvas: { getContext(type: '2d'): CanvasRenderingContext2D } };
      };
      const { canvas } = factory.create(width, height);
      await page.render({ canvas: canvas as never, viewport, background: 'white' }).promise;
      const gray = rgbaToGray(canvas.getContext('2d').getImageData(0, 0, width, height).data, width, height);
      const file = join(folder, `page-${number}.pgm`);
      writeFileSync(file, toPgm(findPixelRules(gray, OCR_SCALE).glyphs));
      files.push(file);
    }
  } finally {
    await doc.destroy();
  }
  return files;
}

/** Native tesseract's seconds per page on the same pages and settings; null when it is not installed. */
function nativeSecondsPerPage(pages: string[]): number | null {
  const args = ['-l', OCR_LANGUAGE, '--oem', '1', '--psm', '11', '--dpi', String(OCR_SCALE * 72)];
  if (spawnSync('tesseract', ['--list-langs']).stdout?.toString().includes(OCR_LANGUAGE) !== true) return null;
  const start = performance.now();
  for (const page of pages)
    spawnSync('tesseract', [page, 'stdout', ...args], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  return (performance.now() - start) / 1000 / pages.length;
}

const MB = 1024 * 1024;
/** How often the resident memory is sampled while the scan is read: often against a page's seconds. */
const MEMORY_SAMPLE_MS = 50;

/** `work`'s value, and the process's resident memory before it and at most while it ran (MB). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; baseRssMb: number; peakRssMb: number }> {
  const baseRssMb = process.memoryUsage.rss() / MB;
  let peakRssMb = baseRssMb;
  const sample = setInterval(() => (peakRssMb = Math.max(peakRssMb, process.memoryUsage.rss() / MB)), MEMORY_SAMPLE_MS);
  try {
    const value = await work();
    return { value, baseRssMb, peakRssMb: Math.max(peakRssMb, process.memoryUsage.rss() / MB) };
  } finally {
    clearInterval(sample);
  }
}

export async function benchOcr(log: (line: string) => void): Promise<OcrResult> {
  log(`ocr: seed 002 bordered, pages ${FIRST}–${LAST} scanned at 150 dpi`);
  const scan = await rasterisePdf(new Uint8Array(readFileSync(SOURCE)), FIRST, LAST);
  const pages = LAST - FIRST + 1;
  const baseRssMb = process.memoryUsage.rss() / MB;
  let start = performance.now();
  const engine = await createNodeOcrEngine();
  const modelLoadSeconds = (performance.now() - start) / 1000;
  try {
    start = performance.now();
    const { value: report, peakRssMb } = await withPeakRss(() =>
      inspectFile('scan.pdf', scan, { pdfAssets: nodePdfAssets(), ocr: { engine } }),
    );
    const secondsPerPage = (performance.now() - start) / 1000 / pages;
    if (report.error) throw new Error(report.error.message);
    const folder = mkdtempSync(join(tmpdir(), 'mingzhang-ocr-bench-'));
    try {
      const native = nativeSecondsPerPage(await cleanedPages(scan, folder));
      const chromium = await benchOcrBrowser(scan, pages, log);
      return {
        pages,
        modelLoadSeconds,
        secondsPerPage,
        nativeSecondsPerPage: native,
        ratio: native === null ? null : secondsPerPage / native,
        downloadBytes: downloadBytes(),
        memory: { baseRssMb, peakRssMb },
        chromium,
      };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    await engine.terminate();
  }
}
