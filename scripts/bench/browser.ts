// The in-browser bench: the built dist/ served by `vite preview` (as the e2e harness does), Debian's
// Chromium, a real PDF dropped on the page → time to the first chart, and the main thread's longest task.

import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { DIST } from './bundle';
import { REAL_DIR, ROOT } from './files';
import { median } from './timing';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';
import type { BrowserRun, BrowserResult } from './results';

/** 31 pages, the size of a typical 部门预算 PDF. */
export const BROWSER_SOURCE = join(REAL_DIR, '2018年省检察院部门预算公开.pdf');
/** How long to wait for a chart once the report is shown: charts are drawn after it, lazily. */
const CHART_GRACE_MS = 15_000;
const REPORT_TIMEOUT_MS = 120_000;

// NOTE: runs in the page before the app's scripts, so no long task goes unseen.
const OBSERVE_LONG_TASKS = () => {
  const seen: Array<{ start: number; duration: number }> = [];
  (window as unknown as { longTasks: typeof seen }).longTasks = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Drops the file and times, in the page's own clock, when the meta card and then a chart appear. */
async function dropAndTime(page: Page, name: string, bytes: Buffer): Promise<BrowserRun> {
  // The file is built in the page beforehand: decoding it is the bench's work, not the app's, and
  // it would otherwise be the longest task measured.
  await page.evaluate(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      (window as unknown as { benchFile: File }).benchFile = new File([data], name);
    },
    { name, base64: bytes.toString('base64') },
  );
  await page.waitForTimeout(500);
  return page.evaluate(
    async ({ name, graceMs, timeoutMs }) => {
      const zone = document.querySelector('[role="group"][aria-label="打开文件"]');
      if (!zone) throw new Error('no drop zone');
      const appears = (selector: string, within: number) =>
        new Promise<number | null>((resolve) => {
          const check = () => {
            if (!document.querySelector(selector)) return false;
            observer.disconnect();
            clearTimeout(timer);
            resolve(performance.now());
            return true;
          };
          const observer = new MutationObserver(check);
          const timer = setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, within);
          if (!check()) observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add((window as unknown as { benchFile: File }).benchFile);
      const start = performance.now();
      const report = appears(`article[data-file-name="${name}"] dl.meta`, timeoutMs);
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
      }
      const reportAt = await report;
      if (reportAt === null) throw new Error(`no report for ${name} within ${timeoutMs} ms`);
      const chartAt = await appears('[data-chart-ready="true"]', graceMs);
      // One more frame, so a long task that ends the run is reported.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const tasks = (window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks.filter(
        (task) => task.start + task.duration >= start,
      );
      return {
        reportMs: reportAt - start,
        chartMs: chartAt === null ? null : chartAt - start,
        longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
        longTasks: tasks.length,
      };
    },
    { name, graceMs: CHART_GRACE_MS, timeoutMs: REPORT_TIMEOUT_MS },
  );
}

/** null when dist/ is missing (run `npx vite build` first). */
export async function benchBrowser(runs: number, log: (line: string) => void): Promise<BrowserResult | null> {
  if (!existsSync(join(DIST, 'index.html'))) return null;
  const bytes = readFileSync(BROWSER_SOURCE);
  const name = basename(BROWSER_SOURCE);
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { port } = server.httpServer.address() as AddressInfo;
    const results: BrowserRun[] = [];
    for (let run = 0; run < runs; run++) {
      log(`browser run ${run + 1} of ${runs}: ${name}`);
      // A fresh context each run: nothing cached from the last one but the HTTP cache's equivalent.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      // NOTE: tsx compiles with esbuild's keepNames, which wraps the in-page functions' inner
      // functions in a `__name` helper that only exists in Node.
      await page.addInitScript('globalThis.__name = (fn) => fn;');
      await page.addInitScript(OBSERVE_LONG_TASKS);
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.getByRole('heading', { name: '明账', level: 1 }).waitFor();
      results.push(await dropAndTime(page, name, bytes));
      await context.close();
    }
    const charts = results.map((run) => run.chartMs);
    return {
      file: name,
      runs: results,
      reportMs: median(results.map((run) => run.reportMs)),
      chartMs: charts.every((chart) => chart !== null) ? median(charts as number[]) : null,
      longestTaskMs: Math.max(...results.map((run) => run.longestTaskMs)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
