// A scan read by OCR in Chromium: dropped, refused as a scan with a button to read it on this
// machine; pressed, the page fetches the recogniser's files from its own origin, shows progress,
// then the tables; after that first use it reads a scan with the network off. The scan is pages
// 2–3 of seed 002's bordered PDF (its 收支总表), made at test time at 150 dpi
// (test/fixtures/generators/scan-pdf.ts).

import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rasterisePdf } from '../fixtures/generators/scan-pdf';
import { FIXTURES, card, drop, finish, openPage, origin, useBuiltApp, type OpenPage } from './harness';

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
});
