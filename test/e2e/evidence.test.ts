// End to end in Chromium: a finding leads to its evidence. Clicking one scrolls to the highlighted
// cell (or the marked sentence); for a PDF the page is rendered with the cell boxed in red; a table
// copies as TSV; the annotated PDF downloads as a valid PDF with the original's pages.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { documentParams } from '../../src/parsers/pdf/read-pdf';
import { ARTIFACTS, FIXTURES, REAL_DIR, card, expectDocumentCard, finish, openPage, useBuiltApp } from './harness';

const DOCX = `${FIXTURES}docx/000-laishui-2021-budget.docx`;
const PDF_NAME = '上海市普陀区财政局2024年度部门决算.pdf';

useBuiltApp();

/** The element lies wholly inside the browser's viewport. */
async function inViewport(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width + 1
  );
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const doc = await pdfjs.getDocument(documentParams(bytes, nodePdfAssets())).promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

describe('evidence of a finding', () => {
  it('DOCX: a cell finding highlights its row in view, a text finding marks its sentence, and a table copies as TSV', async () => {
    const opened = await openPage({ width: 390, height: 800, permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles(DOCX);
    await expectDocumentCard(page, '000-laishui-2021-budget.docx');
    const article = card(page, '000-laishui-2021-budget.docx');

    await article.getByRole('button', { name: /序号 20 重复/ }).click();
    const row = article.locator('th[data-highlighted="primary"]');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    await expect(inViewport(page, row)).resolves.toBe(true);
    await expect(
      row.locator('xpath=ancestor::section[@data-table-kind]').getAttribute('data-table-kind'),
    ).resolves.toBe('general-budget-basic-expenditure');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}evidence-docx-390.png` });

    await article.locator('li[data-rule="text-arithmetic"] button').first().click();
    const mark = article.locator('mark[data-highlighted="primary"]');
    await expect(mark.count()).resolves.toBe(1);
    await expect(inViewport(page, mark)).resolves.toBe(true);
    await expect(article.locator('th[data-highlighted]').count()).resolves.toBe(0);

    const table = article.locator('section[data-table-kind="income-expenditure-summary"]');
    await table.getByRole('button', { name: '复制为 TSV' }).click();
    await table.getByText('已复制，可粘贴到表格软件。').waitFor();
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    const lines = tsv.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(lines[0]!.split('\t')).toContain('收支');
    expect(new Set(lines.map((line) => line.split('\t').length)).size).toBe(1);
    await finish(opened);
  });

  it('PDF: a cell finding is highlighted in the table and boxed in red on its rendered page; the annotated PDF keeps the pages', async () => {
    const opened = await openPage({ width: 1280, height: 900 });
    const { page } = opened;
    const original = await readFile(`${REAL_DIR}${PDF_NAME}`);
    await page.getByLabel('选择文件').setInputFiles(`${REAL_DIR}${PDF_NAME}`);
    await expectDocumentCard(page, PDF_NAME, 'PDF');
    const article = card(page, PDF_NAME);

    // This file's cell findings are rounding-sized sums, folded per table: open the first fold.
    await article.locator('details:has(li[data-rule="hierarchy-sums"]) > summary').first().click();
    const first = article.locator('li[data-rule="hierarchy-sums"] button.finding').first();
    await first.click();
    const cell = article.locator('td[data-highlighted="primary"]');
    await expect(cell.count()).resolves.toBe(1);
    await expect(inViewport(page, cell)).resolves.toBe(true);

    const figure = article.locator('figure.pdf-page');
    await figure.locator('canvas').waitFor();
    await page.waitForFunction(
      () => document.querySelector('figure.pdf-page')?.getAttribute('aria-busy') === 'false',
      null,
      { timeout: 60_000 },
    );
    // Settled: no redraw starts after the page is shown (a redraw would blank the box).
    await page.waitForTimeout(1500);
    await expect(figure.getAttribute('aria-busy')).resolves.toBe('false');
    // The page is drawn (not blank) and carries the red box.
    const pixels = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r + g + b < 600) ink++;
        if (r > 180 && g < 80 && b < 80) red++;
      }
      return { width: canvas.width, ink, red };
    });
    expect(pixels.width).toBeGreaterThan(300);
    expect(pixels.ink).toBeGreaterThan(1000);
    expect(pixels.red).toBeGreaterThan(100);
    await mkdir(ARTIFACTS, { recursive: true });
    await figure.screenshot({ path: `${ARTIFACTS}evidence-pdf-page.png` });

    // 在 PDF 中查看 brings the page into view.
    await article.locator('li[data-finding] button.pdf').first().click();
    await expect(inViewport(page, figure.locator('figcaption'))).resolves.toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      article.getByRole('button', { name: '下载标注 PDF' }).click(),
    ]);
    const path = `${ARTIFACTS}evidence-annotated.pdf`;
    await download.saveAs(path);
    const annotated = new Uint8Array(await readFile(path));
    expect(new TextDecoder().decode(annotated.slice(0, 5))).toBe('%PDF-');
    expect(annotated.byteLength).toBeGreaterThan(original.byteLength);
    await expect(pageCount(annotated)).resolves.toBe(await pageCount(new Uint8Array(original)));
    await writeFile(`${ARTIFACTS}evidence-download-name.txt`, download.suggestedFilename());
    expect(download.suggestedFilename()).toBe('上海市普陀区财政局2024年度部门决算-标注.pdf');
    await finish(opened);
  });
});
