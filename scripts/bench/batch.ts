// The batch bench in Chromium (built dist/ via vite preview): the nine PDFs of ../shared/real
// dropped at once, wall time until every report is in, with the page's worker pool against a
// single worker (the pool is sized from navigator.hardwareConcurrency, a core left to the page,
// which the single-worker run sets to 1; on two cores the pool is that one worker); and the page's memory in the first seconds after 200 files are dropped, against
// their total size (the bytes of a file waiting its turn must not be held).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { poolSizeFor } from '../../src/lib/worker/parse-client';
import { openApp, withServedApp } from './browser';
import { REAL_DIR } from './files';
import type { BatchResult } from './results';

const BATCH_TIMEOUT_MS = 600_000;
/** The 31-page PDF, repeated under 200 names. */
const MEMORY_SOURCE = join(REAL_DIR, '2018年省检察院部门预算公开.pdf');
const MEMORY_FILES = 200;
/** Long enough for every file to have been loaded at once (as before the pool), short of reading them all. */
const MEMORY_WINDOW_MS = 15_000;
const MB = 1024 * 1024;

/** Puts the files into the page as `File`s beforehand: moving them in is the bench's work, not the app's. */
async function stageFiles(page: Page, files: Array<{ name: string; bytes: Buffer }>, copies = 1): Promise<void> {
  for (const { name, bytes } of files) {
    await page.evaluate(
      ({ name, base64, copies }) => {
        const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const staged = ((window as unknown as { benchFiles?: File[] }).benchFiles ??= []);
        for (let copy = 0; copy < copies; copy++) {
          staged.push(new File([data], copies === 1 ? name : `${String(copy + 1).padStart(3, '0')}-${name}`));
        }
      },
      { name, base64: bytes.toString('base64'), copies },
    );
  }
}

/** Drops the staged files at once (as a drop event, like a person would); installed as `window.benchDrop`. */
const DROP_STAGED = () => {
  const zone = document.querySelector('[role="group"][aria-label="打开文件"]');
  if (!zone) throw new Error('no drop zone');
  const dataTransfer = new DataTransfer();
  for (const file of (window as unknown as { benchFiles: File[] }).benchFiles) dataTransfer.items.add(file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
  }
};

/** The app opened with `benchDrop` installed, on a machine of `cores` cores (null: this machine's). */
async function openBatchApp(browser: Browser, port: number, cores: number | null): Promise<Page> {
  const cpus = `Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${cores} });`;
  const page = await openApp(browser, port, cores === null ? [] : [cpus]);
  // Given as source through the debugging protocol: the page's CSP allows no eval of its own.
  await page.evaluate(`window.benchDrop = ${DROP_STAGED.toString()}`);
  return page;
}

/** Wall time from the drop until every file's card holds its report. */
async function timeBatch(page: Page, count: number): Promise<number> {
  return page.evaluate(
    async ({ count, timeoutMs }) => {
      const start = performance.now();
      (window as unknown as { benchDrop: () => void }).benchDrop();
      const done = () =>
        document.querySelectorAll('article[data-file-name]').length === count &&
        document.querySelectorAll('article[data-file-name][aria-busy="true"]').length === 0;
      while (!done()) {
        if (performance.now() - start > timeoutMs) throw new Error(`the batch was not read within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return performance.now() - start;
    },
    { count, timeoutMs: BATCH_TIMEOUT_MS },
  );
}

/** The renderer's JS heap plus ArrayBuffer backing stores (CDP), at its largest over the window after the drop. */
async function peakMemoryAfterDrop(page: Page): Promise<{ baseMb: number; peakMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  const sample = async () => {
    const use = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return use.usedSize + (use.backingStorageSize ?? 0);
  };
  await cdp.send('HeapProfiler.collectGarbage');
  const base = await sample();
  await page.evaluate(() => (window as unknown as { benchDrop: () => void }).benchDrop());
  let peak = base;
  for (const end = Date.now() + MEMORY_WINDOW_MS; Date.now() < end;) {
    peak = Math.max(peak, await sample());
    await page.waitForTimeout(200);
  }
  return { baseMb: base / MB, peakMb: peak / MB };
}

/** null when dist/ is missing (run `npx vite build` first). */
export async function benchBatch(log: (line: string) => void): Promise<BatchResult | null> {
  const names = readdirSync(REAL_DIR)
    .filter((name) => name.endsWith('.pdf'))
    .sort();
  const files = names.map((name) => ({ name, bytes: readFileSync(join(REAL_DIR, name)) }));
  return withServedApp(async (browser, port) => {
    const timed = async (cores: number | null) => {
      const page = await openBatchApp(browser, port, cores);
      const workers = poolSizeFor(await page.evaluate(() => navigator.hardwareConcurrency));
      log(`batch: ${files.length} PDFs with ${workers} worker(s)`);
      await stageFiles(page, files);
      const ms = await timeBatch(page, files.length);
      await page.context().close();
      return { workers, ms };
    };
    const single = await timed(1);
    const pool = await timed(null);

    log(`batch: memory with ${MEMORY_FILES} files dropped`);
    const page = await openBatchApp(browser, port, null);
    const source = readFileSync(MEMORY_SOURCE);
    await stageFiles(page, [{ name: 'copy.pdf', bytes: source }], MEMORY_FILES);
    const memory = await peakMemoryAfterDrop(page);
    await page.context().close();
    return {
      files: names.length,
      droppedMb: files.reduce((sum, file) => sum + file.bytes.length, 0) / MB,
      singleWorkerMs: single.ms,
      poolMs: pool.ms,
      poolWorkers: pool.workers,
      memory: {
        files: MEMORY_FILES,
        droppedMb: (source.length * MEMORY_FILES) / MB,
        windowMs: MEMORY_WINDOW_MS,
        ...memory,
      },
    };
  });
}
