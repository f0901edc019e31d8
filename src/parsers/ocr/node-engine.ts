// The recogniser in Node (CLI `--ocr`, tests, benchmark): tesseract.js reads its wasm core and the
// Simplified Chinese model from node_modules, nothing from the network.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OcrEngine } from './ocr-engine';
import { OCR_SCALE } from './read-scanned-pdf';
import { createTesseractEngine, OCR_LANGUAGE } from './tesseract-engine';

/**
 * The model's integer ("best_int") LSTM build: 1.7 MB gzipped against 20 MB for the default one,
 * which adds the legacy engine that LSTM-only recognition never loads.
 */
export const OCR_MODEL_DIRECTORY = '4.0.0_best_int';

export function nodeOcrLangPath(): string {
  const data = dirname(createRequire(import.meta.url).resolve(`@tesseract.js-data/${OCR_LANGUAGE}/package.json`));
  return join(data, OCR_MODEL_DIRECTORY);
}

export function createNodeOcrEngine(): Promise<OcrEngine> {
  return createTesseractEngine({ langPath: nodeOcrLangPath() }, OCR_SCALE * 72);
}
