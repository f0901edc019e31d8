// The in-browser bench: the built dist/ served by `vite preview` (as the e2e harness does), Debian's
// Chromium, real PDFs dropped on the page → time to the report and the first chart, and how smooth
// the page stays until every report is drawn: the main thread's longest task and the frame times.

import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { DIST } from './bundle';
import { REAL_DIR, REAL_OTHER_DIR, ROOT } from './files';
import { median } from './timing';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';
import type { BrowserCase, BrowserRun, BrowserResult } from './results';

/** 31 pages, the size of a typical 部门预算 PDF. */
export const BROWSER_SOURCE = join(REAL_DIR, '2018年省检察院部门预算公开.pdf');
/**
 * A reviewer's batch of 13 (issue 13): the nine department PDFs and four city reports with a text
 * layer, 16–41 pages each.
 */
export const BATCH_SOURCES = [
  ...[
    '2017年省检察院部门预算.pdf',
    '2018年省检察院部门预算公开.pdf',
    '上海市普陀区人民政府万里街道办事处24年预算.pdf',
    '上海市普陀区财政局2024年度部门决算.pdf',
    '江苏省委办公厅2018年度部门预算公开文件.pdf',
    '江苏省委办公厅2018年度部门预算公开表.pdf',
    '江苏省高级人民法院2019年度部门预算公开.pdf',
    '省法院2017年度部门预算公开.pdf',
    '省法院2018年度部门预算公开.pdf',
  ].map((name) => join(REAL_DIR, name)),
  ...['1郑州市2021决算.pdf', '洛阳市2025预算.pdf', '广州市2024年决算.pdf', '南宁市2023预算.pdf'].map((name) =>
    join(REAL_OTHER_DIR, name),
  ),
];
/** Batch runs are long (a minute each on a busy machine): at most this many. */
const BATCH_RUNS = 3;
const DONE_TIMEOUT_MS = 300_000;
/** After the last chart: idle-time work (the workspace write) still counts against the page. */
const QUIET_MS = 1500;

// NOTE: runs in the page before the app's scripts, so no long task or frame goes unseen.
export const OBSERVE_MAIN_THREAD = () => {
  const seen = { longTasks: [] as Array<{ start: number; duration: number }>, frames: [] as number[] };
  (window as unknown as { mainThread: typeof seen }).mainThread = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const frame = (time: number) => {
    seen.frames.push(time);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  ts: number;
  /** Wall time of a complete event, µs. */
  dur?: number;
  args?: { name?: string; data?: { message?: string } };
}

/** Trace events that only wrap a task's work: they would name every task alike. */
const SCHEDULER_WRAPPER = /^(BlinkScheduler_|BlinkTaskState|ThreadControllerImpl|SequenceManager)/;

/** Marks the drop in the trace: the tasks before it (starting the trace itself) are not the app's. */
export const DROP_MARK = 'bench-drop';

/**
 * The most CPU time one task of the page's main thread (CrRendererMain) took from the drop on, ms,
 * and what it did: the trace events inside it with the most CPU time, e.g. `HandlePostMessage 25,
 * FunctionCall 24, Layout 3` (nested events each count their own time; the scheduler's own
 * wrappers are left out, so that a promise continuation, e.g. after scheduler.yield(), shows as
 * RunMicrotasks).
 */
export function longestMainThreadTaskCpu(events: TraceEvent[]): { ms: number; what: string } {
  const main = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const drop = events.find((event) => event.name === 'TimeStamp' && event.args?.data?.message === DROP_MARK);
  if (!drop) throw new Error('the drop is not marked in the trace');
  const onMain = events.filter((event) => event.ph === 'X' && main.has(`${event.pid}:${event.tid}`));
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.ts + (event.dur ?? 0) >= drop.ts);
  const longest = tasks.reduce<TraceEvent | null>(
    (most, task) => (most === null || (task.tdur ?? 0) > (most.tdur ?? 0) ? task : most),
    null,
  );
  if (!longest) return { ms: 0, what: '' };
  const end = longest.ts + (longest.dur ?? 0);
  const byName = new Map<string, number>();
  for (const event of onMain) {
    if (event === longest || event.ts < longest.ts || event.ts + (event.dur ?? 0) > end) continue;
    if (SCHEDULER_WRAPPER.test(event.name)) continue;
    byName.set(event.name, (byName.get(event.name) ?? 0) + (event.tdur ?? 0) / 1000);
  }
  const what = [...byName]
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${Math.round(ms)}`)
    .join(', ');
  return { ms: (longest.tdur ?? 0) / 1000, what };
}

/** The 95th percentile (nearest rank). */
function percentile95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]! : 0;
}

/**
 * The app opened and drawn in a fresh browser context (nothing cached from the last run but the
 * HTTP cache's equivalent), with `initScripts` run before the page's own; close it with its context.
 */
export async function openApp(
  browser: Browser,
  port: number,
  initScripts: ReadonlyArray<Parameters<Page['addInitScript']>[0]> = [],
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  // NOTE: tsx compiles with esbuild's keepNames, which wraps the in-page functions' inner
  // functions in a `__name` helper that only exists in Node.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  for (const script of initScripts) await page.addInitScript(script);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('heading', { name: '明账', level: 1 }).waitFor();
  return page;
}

/**
 * Drops the files at once and times, in the page's own clock: every meta card, the first chart,
 * and the end — every report drawn, every chart finished, then a quiet moment. Long tasks and
 * frames from the drop to the end are returned.
 */
async function dropAndWatch(browser: Browser, port: number, files: string[]): Promise<BrowserRun> {
  const page = await openApp(browser, port, [OBSERVE_MAIN_THREAD]);
  const context = page.context();
  try {
    // The files are built in the page beforehand: decoding them is the bench's work, not the
    // app's, and it would otherwise be the longest task measured.
    for (const path of files) {
      await page.evaluate(
        ({ name, base64 }) => {
          const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          const holder = window as unknown as { benchFiles?: File[] };
          (holder.benchFiles ??= []).push(new File([data], name, { type: 'application/pdf' }));
        },
        { name: basename(path), base64: readFileSync(path).toString('base64') },
      );
    }
    await page.waitForTimeout(500);
    // The same tasks in the main thread's own CPU clock: on a shared machine a task's wall time
    // also counts the time other processes held the core.
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      categories: 'disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    const { frameMs, ...measured } = await page.evaluate(
      async ({ count, timeoutMs, quietMs, dropMark }) => {
        const zone = document.querySelector('[role="group"][aria-label="打开文件"]');
        if (!zone) throw new Error('no drop zone');
        const cards = () => [...document.querySelectorAll('article[data-file-name]')];
        const reported = () =>
          cards().length >= count && cards().every((card) => card.querySelector('dl.meta, [role="alert"], .notice'));
        const charted = () => document.querySelector('[data-chart-ready="true"]') !== null;
        const drawn = () =>
          reported() &&
          !document.querySelector('[aria-busy="true"]') &&
          [...document.querySelectorAll('[data-chart-ready]')].every(
            (chart) => chart.getAttribute('data-chart-ready') === 'true' || chart.querySelector('[role="alert"]'),
          );
        const start = performance.now();
        let reportAt: number | null = null;
        let chartAt: number | null = null;
        let doneAt: number | null = null;
        const dataTransfer = new DataTransfer();
        for (const file of (window as unknown as { benchFiles: File[] }).benchFiles) dataTransfer.items.add(file);
        console.timeStamp(dropMark);
        for (const type of ['dragenter', 'dragover', 'drop']) {
          zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
        }
        // A light poll: each check is a few selector queries, far below a frame.
        await new Promise<void>((resolve, reject) => {
          const poll = setInterval(() => {
            const now = performance.now();
            if (reportAt === null && reported()) reportAt = now;
            if (chartAt === null && charted()) chartAt = now;
            if (doneAt === null && reportAt !== null && drawn()) doneAt = now;
            if (doneAt !== null && !drawn()) doneAt = null;
            if (doneAt !== null && now - doneAt >= quietMs) {
              clearInterval(poll);
              resolve();
            } else if (now - start > timeoutMs) {
              clearInterval(poll);
              reject(new Error(`the reports were not all drawn within ${timeoutMs} ms`));
            }
          }, 50);
        });
        const end = performance.now();
        const seen = (
          window as unknown as {
            mainThread: { longTasks: Array<{ start: number; duration: number }>; frames: number[] };
          }
        ).mainThread;
        const tasks = seen.longTasks.filter((task) => task.start + task.duration >= start && task.start <= end);
        const times = seen.frames.filter((time) => time >= start && time <= end);
        const frames = times.slice(1).map((time, k) => time - times[k]!);
        return {
          reportMs: reportAt! - start,
          chartMs: chartAt === null ? null : chartAt - start,
          doneMs: doneAt! - start,
          longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
          longTasks: tasks.length,
          frameMs: frames,
        };
      },
      { count: files.length, timeoutMs: DONE_TIMEOUT_MS, quietMs: QUIET_MS, dropMark: DROP_MARK },
    );
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await traced;
    const longestCpu = longestMainThreadTaskCpu(events);
    return {
      ...measured,
      longestTaskCpuMs: longestCpu.ms,
      longestTaskCpuWhat: longestCpu.what,
      p95FrameMs: percentile95(frameMs),
      worstFrameMs: Math.max(0, ...frameMs),
    };
  } finally {
    await context.close();
  }
}

async function benchCase(
  label: string,
  files: string[],
  runs: number,
  watch: () => Promise<BrowserRun>,
  log: (line: string) => void,
): Promise<BrowserCase> {
  const results: BrowserRun[] = [];
  for (let run = 0; run < runs; run++) {
    log(`browser run ${run + 1} of ${runs}: ${label}`);
    results.push(await watch());
  }
  const charts = results.map((run) => run.chartMs);
  return {
    label,
    files: files.map((path) => basename(path)),
    runs: results,
    reportMs: median(results.map((run) => run.reportMs)),
    chartMs: charts.every((chart) => chart !== null) ? median(charts as number[]) : null,
    doneMs: median(results.map((run) => run.doneMs)),
    longestTaskMs: Math.max(...results.map((run) => run.longestTaskMs)),
    longestTaskCpuMs: Math.max(...results.map((run) => run.longestTaskCpuMs)),
    p95FrameMs: median(results.map((run) => run.p95FrameMs)),
    worstFrameMs: Math.max(...results.map((run) => run.worstFrameMs)),
  };
}

/** Runs `use` with Debian's Chromium and the built dist/ served by `vite preview`; null when dist/ is missing. */
export async function withServedApp<T>(use: (browser: Browser, port: number) => Promise<T>): Promise<T | null> {
  if (!existsSync(join(DIST, 'index.html'))) return null;
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await use(browser, (server.httpServer.address() as AddressInfo).port);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** null when dist/ is missing (run `npx vite build` first). */
export async function benchBrowser(runs: number, log: (line: string) => void): Promise<BrowserResult | null> {
  const [loadAverage = 0] = loadavg();
  return withServedApp(async (browser, port) => {
    const watch = (files: string[]) => () => dropAndWatch(browser, port, files);
    const single = await benchCase(basename(BROWSER_SOURCE), [BROWSER_SOURCE], runs, watch([BROWSER_SOURCE]), log);
    const batchFiles = BATCH_SOURCES.filter((path) => existsSync(path));
    const batch = await benchCase(
      `batch of ${batchFiles.length} real PDFs`,
      batchFiles,
      Math.min(runs, BATCH_RUNS),
      watch(batchFiles),
      log,
    );
    return { single, batch, loadAverage, cpus: availableParallelism() };
  });
}
