// The end-to-end harness every test/e2e file shares: the built dist/ served by `vite preview` on a
// free loopback port, Debian's Chromium driven by playwright-core, and a request log per page so
// each test can assert that nothing went to another origin. Call `useBuiltApp()` once per file.

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const REAL_DIR = fileURLToPath(new URL('../../../shared/real/', import.meta.url));
/** Screenshots and other artifacts a person looks at after the run. */
export const ARTIFACTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

let server: PreviewServer | undefined;
let browser: Browser | undefined;
let appOrigin = '';

/** Starts the built app and Chromium before the file's tests and stops both after them. */
export function useBuiltApp(): void {
  beforeAll(async () => {
    if (!existsSync(`${ROOT}dist/index.html`)) {
      throw new Error('dist/ is missing: run `npm test`, which builds before it tests.');
    }
    // The built app exactly as `npm start` serves it: the same config, so the same response headers.
    server = await preview({
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    const address = server.httpServer.address() as AddressInfo;
    appOrigin = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** The app's origin, e.g. `http://127.0.0.1:41234` (set once `useBuiltApp`'s hook has run). */
export function origin(): string {
  return appOrigin;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page and its workers asked for. */
  requests: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

export interface OpenPageOptions {
  width?: number;
  height?: number;
  /** Reuse a context (e.g. to reload with its IndexedDB or service worker); a new one by default. */
  context?: BrowserContext;
  permissions?: string[];
  /**
   * The built page registers an offline service worker that precaches every file; blocked by
   * default so that each test sees the requests of the page alone.
   */
  serviceWorkers?: 'allow' | 'block';
}

/** Opens the app's home page in a fresh context and logs every request and error. */
export async function openPage(options: OpenPageOptions = {}): Promise<OpenPage> {
  if (!browser) throw new Error('useBuiltApp() was not called in this test file.');
  const context =
    options.context ??
    (await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: 'zh-CN',
      permissions: options.permissions,
      serviceWorkers: options.serviceWorkers ?? 'block',
    }));
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${appOrigin}/`);
  await page.getByRole('heading', { name: '明账', level: 1 }).waitFor();
  return { page, context, requests, errors };
}

/** The page is done with: nothing crashed, and no request went to another origin. */
export async function finish({ context, requests, errors }: OpenPage): Promise<void> {
  expect(errors).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(`${appOrigin}/`))).toEqual([]);
  await context.close();
}

/** The card of one opened file. */
export function card(page: Page, fileName: string) {
  return page.locator(`article[data-file-name="${fileName}"]`);
}

/** Charts, text and tables are drawn one per task after the report arrives; waits until all are there. */
export async function waitForReportDrawn(article: Locator): Promise<void> {
  await article.locator('.evidence[aria-busy="true"]').waitFor({ state: 'detached', timeout: 30_000 });
}

/** From four files open, reports start folded to their header: this opens the card's report if it is folded. */
export async function unfold(article: Locator): Promise<void> {
  const button = article.getByRole('button', { name: '展开报告' });
  if ((await button.count()) > 0) await button.click();
}

/**
 * Waits until the file's card shows its meta card (the report has arrived without an error), and
 * unfolds the report when it is folded.
 */
export async function expectDocumentCard(page: Page, fileName: string, format = 'DOCX'): Promise<void> {
  const article = card(page, fileName);
  await article.locator('dl.meta').waitFor({ timeout: 60_000 });
  await unfold(article);
  await waitForReportDrawn(article);
  await expect(article.locator('dl.meta').innerText()).resolves.toContain(format);
  await expect(article.getByRole('alert').count()).resolves.toBe(0);
}

/** Fires real drag events carrying one file at the drop zone. */
export async function drop(
  page: Page,
  name: string,
  bytes: Buffer,
  types = ['dragenter', 'dragover', 'drop'],
): Promise<void> {
  await page.evaluate(
    ({ name, base64, types }) => {
      const zone = document.querySelector('[role="group"][aria-label="打开文件"]');
      if (!zone) throw new Error('no drop zone');
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([data], name));
      for (const type of types) {
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
      }
    },
    { name, base64: bytes.toString('base64'), types },
  );
}
