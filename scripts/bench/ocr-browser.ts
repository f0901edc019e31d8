// Reading a scan by OCR in Chromium: the built page (dist/ via vite preview), the scan dropped and
// its 识别扫描件 button pressed, twice in one page — the first read also fetches and starts the
// recogniser, the second is the reading alone — timed in seconds per page; and how long the page's
// main thread is held meanwhile (issue 15: no task over 50 ms while OCR runs), in wall time and in
// the thread's own CPU time.

import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import {
  DROP_MARK,
  longestMainThreadTaskCpu,
  OBSERVE_MAIN_THREAD,
  openApp,
  withServedApp,
  type TraceEvent,
} from './browser';
import type { OcrBrowserResult } from './results';

const READ_TIMEOUT_MS = 600_000;

interface Read {
  /** Page clock, ms: the button pressed, the report drawn. */
  start: number;
  end: number;
  /** Thread CPU time of the main thread's longest task meanwhile, ms. */
  longestTaskCpuMs: number;
}

/**
 * Drops the scan as `name`, presses its OCR button, waits for the report drawn, tracing the main
 * thread meanwhile. The file is built in the page beforehand: decoding it is the bench's work,
 * and it would otherwise be the longest task measured.
 */
async function readByOcr(page: Page, cdp: CDPSession, name: string, base64: string): Promise<Read> {
  await page.evaluate(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      (window as unknown as { benchFile: File }).benchFile = new File([data], name, { type: 'application/pdf' });
    },
    { name, base64 },
  );
  await page.evaluate(() => {
    const zone = document.querySelector('[role="group"][aria-label="打开文件"]');
    if (!zone) throw new Error('no drop zone');
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add((window as unknown as { benchFile: File }).benchFile);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
    }
  });
  const article = page.locator(`article[data-file-name="${name}"]`);
  const button = article.getByRole('button', { name: /^识别扫描件/ });
  await button.waitFor({ timeout: 60_000 });
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const start = await page.evaluate((mark) => {
    console.timeStamp(mark);
    return performance.now();
  }, DROP_MARK);
  await button.click();
  await article.locator('dl.meta').waitFor({ timeout: READ_TIMEOUT_MS });
  await article.locator('.evidence[aria-busy="true"]').waitFor({ state: 'detached', timeout: 60_000 });
  const end = await page.evaluate(() => performance.now());
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await traced;
  cdp.off('Tracing.dataCollected', collect);
  return { start, end, longestTaskCpuMs: longestMainThreadTaskCpu(events).ms };
}

/** null when dist/ is missing (run `npx vite build` first). */
export async function benchOcrBrowser(
  scan: Uint8Array,
  pages: number,
  log: (line: string) => void,
): Promise<OcrBrowserResult | null> {
  const [loadAverage = 0] = loadavg();
  return withServedApp(async (browser, port) => {
    const page = await openApp(browser, port, [OBSERVE_MAIN_THREAD]);
    const context = page.context();
    try {
      const base64 = Buffer.from(scan).toString('base64');
      const cdp = await context.newCDPSession(page);
      log('ocr in Chromium: first use (fetches and starts the recogniser)');
      const first = await readByOcr(page, cdp, 'first.pdf', base64);
      log('ocr in Chromium: second read');
      const second = await readByOcr(page, cdp, 'second.pdf', base64);
      const tasks = await page.evaluate(
        (reads) =>
          (
            window as unknown as { mainThread: { longTasks: Array<{ start: number; duration: number }> } }
          ).mainThread.longTasks
            .filter((task) => reads.some(({ start, end }) => task.start + task.duration >= start && task.start <= end))
            .map((task) => task.duration),
        [first, second].map(({ start, end }) => ({ start, end })),
      );
      return {
        pages,
        firstUseSeconds: (first.end - first.start) / 1000,
        secondsPerPage: (second.end - second.start) / 1000 / pages,
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
        longestTaskCpuMs: Math.max(first.longestTaskCpuMs, second.longestTaskCpuMs),
        loadAverage,
      };
    } finally {
      await context.close();
    }
  });
}
