// pdf.js CMaps and standard fonts on disk, for the CLI, tests and benchmarks running in Node.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfAssets } from './read-pdf';

export function nodePdfAssets(): PdfAssets {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}
