// Test helper: pages of the shared real PDFs (or of our own fixtures) read with pdf.js into page content.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { nodePdfAssets } from '../../../src/parsers/pdf/node-assets';
import type { PageContent } from '../../../src/parsers/pdf/page-types';
import { documentParams, readPageContent } from '../../../src/parsers/pdf/read-pdf';

const REAL_DIR = new URL('../../../../shared/real/', import.meta.url);
const FIXTURE_DIR = new URL('../../fixtures/pdf/', import.meta.url);

export async function loadPages(file: string, pageNumbers: readonly number[], dir = REAL_DIR): Promise<PageContent[]> {
  const data = new Uint8Array(readFileSync(fileURLToPath(new URL(file, dir))));
  const doc = await pdfjs.getDocument(documentParams(data, nodePdfAssets())).promise;
  try {
    const pages: PageContent[] = [];
    for (const n of pageNumbers) pages.push(await readPageContent(await doc.getPage(n)));
    return pages;
  } finally {
    await doc.destroy();
  }
}

export function loadFixturePages(file: string, pageNumbers: readonly number[]): Promise<PageContent[]> {
  return loadPages(file, pageNumbers, FIXTURE_DIR);
}
