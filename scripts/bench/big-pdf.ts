// The long-document bench: a real PDF's pages repeated into 500- and 1,000-page files (written to
// a temporary folder and removed after, never committed) → time per page along the file, floor, memory.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { inspectFile } from '../../src/lib/inspect';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_DIR } from './files';
import { pdfTextFloor } from './floors';
import { measureMemory } from './memory';
import { collectGarbage, type Clock } from './timing';
import type { BigResult } from './results';

/** 31 pages of text and ruled tables, as published: the pages of the long files, in turn. */
export const BIG_SOURCE = join(REAL_DIR, '2018年省检察院部门预算公开.pdf');
export const BIG_SIZES = [500, 1000];
/** The file is cut into this many equal parts, each timed on its own: flat when time per page is constant. */
const PARTS = 4;

/** The source's pages cycled to `pages` pages; shared resources (fonts) are copied once. */
export async function repeatPages(source: Uint8Array, pages: number): Promise<Uint8Array> {
  const from = await PDFDocument.load(source);
  const to = await PDFDocument.create();
  const count = from.getPageCount();
  const copies = await to.copyPages(
    from,
    Array.from({ length: pages }, (_, k) => k % count),
  );
  for (const page of copies) to.addPage(page);
  return to.save();
}

async function timeFull(bytes: Uint8Array, name: string, clock: Clock) {
  const marks: number[] = [];
  collectGarbage();
  const start = clock();
  await inspectFile(name, bytes, {
    pdfAssets: nodePdfAssets(),
    onProgress: (stage, done) => {
      if (stage === 'reading' && done > 0) marks[done] = clock();
    },
  });
  const end = clock();
  const pages = marks.length - 1;
  const perPageMs = Array.from({ length: PARTS }, (_, part) => {
    const first = Math.floor((part * pages) / PARTS);
    const last = Math.floor(((part + 1) * pages) / PARTS);
    return ((marks[last] ?? end) - (marks[first] ?? start)) / (last - first);
  });
  return { fullMs: end - start, perPageMs, afterPagesMs: end - (marks[pages] ?? end) };
}

/** One run each of the full parse and the floor per size (minutes of work); memory in a fresh process. */
export async function benchBigPdfs(clock: Clock, log: (line: string) => void): Promise<BigResult[]> {
  const source = new Uint8Array(readFileSync(BIG_SOURCE));
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-bench-'));
  try {
    const results: BigResult[] = [];
    for (const pages of BIG_SIZES) {
      const path = join(dir, `${pages}-pages.pdf`);
      writeFileSync(path, await repeatPages(source, pages));
      const bytes = new Uint8Array(readFileSync(path));
      log(`timing ${pages} pages of ${basename(BIG_SOURCE)}`);
      const full = await timeFull(bytes, basename(path), clock);
      collectGarbage();
      const floorStart = clock();
      await pdfTextFloor(bytes);
      const floorMs = clock() - floorStart;
      log(`memory: ${pages} pages`);
      const [memory] = await measureMemory([path]);
      results.push({ pages, floorMs, ...full, memory: memory! });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
