// A scan read by OCR in Chromium: dropped, refused as a scan with a button to read it on this
// machine; pressed, the page fetches the recogniser's files from its own origin, shows progress,
// then the tables; after that first use it reads a scan with the network off. The scan is pages
// 2–3 of seed 002's bordered PDF (its 收支总表), made at test time at 150 dpi
// (test/fixtures/generators/scan-pdf.ts). A scan with a defect — seed 002's 收入总表 with one amount
// changed before scanning (test/fixtures/generators/altered-scan.ts) — shows its charts, the
// amounts read with low confidence marked, and its findings with the image of their cells.

import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHANGED_INCOME_SUMMARY, scanWithChangedAmount } from '../fixtures/generators/altered-scan';
import { rasterisePdf } from '../fixtures/generators/scan-pdf';
import {
  FIXTURES,
  card,
  drop,
  finish,
  openPage,
  origin,
  useBuiltApp,
  waitForReportDrawn,
  wordsOf,
  type OpenPage,
} from './harness';

useBuiltApp();

const scan = () => rasterisePdf(new Uint8Array(readFileSync(`${FIXTURES}pdf/002-bordered-portrait.pdf`)), 2, 3);

/**
 * Tesseract's own stderr (console.error in the browser) while it loads the LSTM-only model names
 * the legacy engine's parameters it does not have: the model is meant so, nothing failed.
 */
function withoutTesseractWarnings(opened: OpenPage): OpenPage {
  return { ...opened, errors: opened.errors.filter((error) => !/^Warning: Parameter not found: \w+$/.test(error)) };
}

/** Drops the scan; checks nothing of the recogniser was fetched before the button is pressed. */
async function readScan(page: Page, name: string, bytes: Uint8Array, requests: string[]): Promise<void> {
  await drop(page, name, Buffer.from(bytes));
  const article = card(page, name);
  const button = article.getByRole('button', { name: /^识别扫描件（约 \d+ MB，只在本机运行）$/ });
  await button.waitFor({ timeout: 60_000 });
  expect(requests.filter((url) => url.includes('/ocr/'))).toEqual([]);
  await button.click();
  await article.locator('progress').waitFor({ timeout: 30_000 });
  await article.locator('dl.meta').waitFor({ timeout: 300_000 });
  await expect(article.innerText()).resolves.toContain('由本机文字识别（OCR）读出');
  await expect(article.innerText()).resolves.toContain('6570.38');
}

describe('a scanned PDF in the page', () => {
  it('is read by OCR on the user’s machine when asked, from our own origin only', async () => {
    const opened = await openPage();
    await readScan(opened.page, 'scan-002.pdf', await scan(), opened.requests);
    const ocrFiles = opened.requests.filter((url) => url.includes('/ocr/'));
    expect(ocrFiles).toContain(`${origin()}/ocr/lang/chi_sim.traineddata.gz`);
    expect(ocrFiles.every((url) => url.startsWith(`${origin()}/ocr/`))).toBe(true);
    await finish(withoutTesseractWarnings(opened));
  }, 400_000);

  it('reads a scan with the network off after the first use', async () => {
    const bytes = await scan();
    const opened = await openPage({ serviceWorkers: 'allow' });
    const { page, context } = opened;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await readScan(page, 'scan-online.pdf', bytes, []);

    await context.setOffline(true);
    const offline: Response[] = [];
    page.on('response', (response) => offline.push(response));
    await page.reload();
    await page.getByRole('heading', { name: '明账', level: 1 }).waitFor();
    // A new name: the page keeps the first one in this browser and shows it again after the reload.
    await readScan(page, 'scan-offline.pdf', bytes, []);
    const ocrFiles = offline.filter((response) => response.url().includes('/ocr/'));
    expect(ocrFiles.map((response) => response.url())).toContain(`${origin()}/ocr/lang/chi_sim.traineddata.gz`);
    expect(ocrFiles.every((response) => response.fromServiceWorker() && response.ok())).toBe(true);
    await finish(withoutTesseractWarnings(opened));
  }, 400_000);

  it('marks the doubtful amounts of a scan with a defect, and shows each finding’s cells as scanned', async () => {
    const { source, pages, change } = CHANGED_INCOME_SUMMARY;
    const { scan: bytes } = await scanWithChangedAmount(
      new Uint8Array(readFileSync(`${FIXTURES}${source}`)),
      pages,
      change,
    );
    const opened = await openPage();
    const { page } = opened;
    await readScan(page, 'changed-scan.pdf', bytes, opened.requests);
    const article = card(page, 'changed-scan.pdf');
    await waitForReportDrawn(article);

    await article.locator('[data-chart] [data-chart-ready="true"]').first().waitFor({ timeout: 30_000 });
    const marked = article.locator('td.low-confidence');
    const low = await marked.count();
    expect(low).toBeGreaterThan(0);
    for (const title of await marked.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title'))))
      expect(title).toMatch(/^识别置信度 [1-7]?\d（低于 80），可能认错了数字/);
    await expect(wordsOf(article.locator('.doubt-legend'))).resolves.toContain(`共 ${low} 处`);

    // The changed amount no longer adds up: its finding shows the cell's image beside the figures.
    const finding = article
      .locator('li[data-finding]')
      .filter({ hasText: `${change.row}行「${change.column}」列` })
      .first();
    const crop = finding.locator('.crop.primary');
    // A cell's image is drawn when it comes into view, as the reviewer scrolls to its finding.
    await finding.scrollIntoViewIfNeeded();
    await crop.and(page.locator('[data-status="shown"]')).waitFor({ timeout: 30_000 });
    const inked = await crop.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark += 1;
      return { dark, width: canvas.width, height: canvas.height };
    });
    // A cell's strip, not the page: wider than tall, with the digits' ink in it.
    expect(inked.width).toBeGreaterThan(inked.height);
    expect(inked.dark).toBeGreaterThan(20);
    // Every finding with a doubtful cell's image names that cell.
    for (const item of await article.locator('li[data-finding]:has(.crop.low)').all())
      await expect(wordsOf(item.locator('.doubtful'))).resolves.toMatch(/识别把握较低的单元格：.+（置信度 \d+）/);
    await finish(withoutTesseractWarnings(opened));
  }, 400_000);
});
