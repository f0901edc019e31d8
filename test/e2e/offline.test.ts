// End to end in Chromium: after one visit the built page works with the network off — the service
// worker serves the page, the parse worker, pdf.js's CMaps and fonts, and the built-in samples.

import { readdir } from 'node:fs/promises';
import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, expectDocumentCard, finish, openPage, origin, useBuiltApp } from './harness';

const DOCX = `${FIXTURES}docx/002-xianghe-2024-budget.docx`;
const PDF = `${FIXTURES}pdf/002-bordered-portrait.pdf`;

/** Every file of the build the page may need: all but source maps, licences, host files and sw.js itself. */
async function listBuiltFiles(): Promise<string[]> {
  const entries = await readdir(`${ROOT}dist`, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`.slice(`${ROOT}dist/`.length))
      // Source maps, licences, the worker itself, Vite's build manifest and the static hosts' header
      // files are never fetched by the app.
      .filter((path) => !/\.map$|(^|\/)LICENSE_|^sw\.js$|^\.vite\/|^(_headers|\.htaccess)$/.test(path))
      .sort()
  );
}

useBuiltApp();

describe('明账 offline', () => {
  it('cannot open at all offline without a first visit (the control)', async () => {
    const opened = await openPage();
    await opened.context.setOffline(true);
    await expect(opened.page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await opened.context.close();
  });

  it('after one visit, opens and reads a DOCX, a PDF and a built-in sample with the network off', async () => {
    const opened = await openPage({ serviceWorkers: 'allow' });
    const { page, context } = opened;
    // The worker activates (and claims the page) only once its install has cached every file.
    const started = performance.now();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    console.log(
      `offline: the whole build cached and the page controlled ${Math.round(performance.now() - started)} ms after load`,
    );
    await expect(page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).resolves.toBe(`${origin()}/sw.js`);
    // The whole build is cached, including what this visit never asked for: every pdf.js CMap
    // and font (only some PDFs need them) and every sample.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url.split('?')[0] ?? '');
      }
      return urls;
    });
    const built = await listBuiltFiles();
    expect(built.filter((path) => path.startsWith('pdfjs/cmaps/')).length).toBeGreaterThan(150);
    // All but the OCR files (ocr/): only a user who asks to read a scan downloads them, and the
    // service worker keeps them then (test/e2e/ocr.test.ts).
    expect(cached.map((url) => url.slice(`${origin()}/`.length)).sort()).toEqual(
      built.filter((path) => !path.startsWith('ocr/')),
    );

    await context.setOffline(true);
    const offlineResponses: Response[] = [];
    page.on('response', (response) => offlineResponses.push(response));
    await page.reload();
    await page.getByRole('heading', { name: '明账', level: 1 }).waitFor();

    await page.getByLabel('选择文件').setInputFiles([DOCX, PDF]);
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    await expectDocumentCard(page, '002-bordered-portrait.pdf', 'PDF');

    await page.getByRole('heading', { name: '示例文件' }).waitFor();
    await page.getByRole('button', { name: /涞水县医疗保障局 2021 年部门预算/ }).click();
    await expectDocumentCard(page, '000-laishui-2021-budget.docx');

    // Everything the page asked for while offline came out of the service worker's cache: the
    // page, its chunks, the parse worker, the sample list and the sample itself.
    const urls = offlineResponses.map((response) => response.url());
    expect(urls).toEqual(
      expect.arrayContaining([
        `${origin()}/`,
        `${origin()}/samples/index.json`,
        `${origin()}/samples/000-laishui-2021-budget.docx`,
        expect.stringMatching(/\/assets\/parse\.worker-[\w-]+\.js$/),
      ]),
    );
    expect(offlineResponses.filter((response) => !response.fromServiceWorker()).map((r) => r.url())).toEqual([]);
    expect(offlineResponses.every((response) => response.ok())).toBe(true);
    await finish(opened);
  });
});
