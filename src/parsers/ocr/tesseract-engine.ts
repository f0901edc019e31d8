// tesseract.js behind the OcrEngine interface, with the Simplified Chinese LSTM model. Where its
// worker script, wasm core and trained data come from is the caller's: node_modules in Node, our
// own origin in the browser (never its default CDN).

import { createWorker, OEM, PSM, type Line, type WorkerOptions } from 'tesseract.js';
import type { OcrEngine, OcrLayout, OcrLine } from './ocr-engine';

/** The language the disclosures are printed in; its model also reads Latin digits and punctuation. */
export const OCR_LANGUAGE = 'chi_sim';

/** Where the browser fetches the recogniser's files: our own origin, never a CDN. */
export interface OcrAssets {
  workerPath: string;
  /** Folder of the wasm core builds; the worker picks one by the browser's SIMD support. */
  corePath: string;
  /** Folder of `chi_sim.traineddata.gz`. */
  langPath: string;
}

export type TesseractPaths = Partial<Pick<WorkerOptions, 'langPath' | 'corePath' | 'workerPath' | 'workerBlobURL'>>;

function toLines(lines: readonly Line[]): OcrLine[] {
  return lines.map((line) => ({
    words: line.words.map(({ text, confidence, bbox }) => ({ text, confidence, ...bbox })),
  }));
}

/** `dpi`: the resolution pages are rendered at (a PGM file does not say; Tesseract would guess). */
export async function createTesseractEngine(paths: TesseractPaths, dpi: number): Promise<OcrEngine> {
  const worker = await createWorker(OCR_LANGUAGE, OEM.LSTM_ONLY, {
    ...paths,
    gzip: true,
    // Nothing written to the user's disk or IndexedDB by the library: the page caches the files itself.
    cacheMethod: 'none',
  });
  // Tables scatter short texts over the page: sparse text finds every cell's words, in any order.
  // A PGM file does not say its resolution; Tesseract would guess it from the glyphs.
  await worker.setParameters({ user_defined_dpi: String(dpi) });
  let current: OcrLayout | null = null;
  return {
    async recognize(image, layout) {
      if (layout !== current) {
        await worker.setParameters({ tessedit_pageseg_mode: layout === 'page' ? PSM.SPARSE_TEXT : PSM.SINGLE_LINE });
        current = layout;
      }
      const { data } = await worker.recognize(image as unknown as Buffer, {}, { blocks: true, text: false });
      return toLines((data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines)));
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
