// Export and share in Chromium against the built dist/: a report JSON that restores the same
// report when dropped back, CSV for Excel, the Fiscal Data Package, a 2× PNG, and print.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  FIXTURES,
  REAL_DIR,
  card,
  drop,
  expectDocumentCard,
  finish,
  openPage,
  useBuiltApp,
  waitForReportDrawn,
} from './harness';

const DOCX_NAME = '002-xianghe-2024-budget.docx';
const PDF_NAME = '省法院2018年度部门预算公开.pdf';
const DOCX = `${FIXTURES}docx/${DOCX_NAME}`;
const REAL_PDF = `${REAL_DIR}${PDF_NAME}`;

useBuiltApp();

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = await started.path();
  return { name: started.suggestedFilename(), bytes: await readFile(path) };
}

/** What a person sees of a report: its meta card, how many tables and how many findings. */
async function summarize(article: Locator): Promise<{ meta: string; tables: number; findings: number }> {
  return {
    meta: await article.locator('dl.meta').innerText(),
    tables: await article.locator('[data-table-kind]').count(),
    findings: await article.locator('[data-rule]').count(),
  };
}

/** Saves the card's picture and reads the PNG's size from its IHDR chunk. */
async function pngOf(page: Page, article: Locator) {
  const { bytes } = await download(page, () => exportButton(article, '保存图片').click());
  // Measured with the toolbar's status line, which is there while the picture is drawn.
  const box = (await article.boundingBox())!;
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { bytes, box, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function exportButton(article: Locator, name: string): Locator {
  return article.getByRole('group', { name: '导出与分享' }).getByRole('button', { name, exact: true });
}

describe('export and share', () => {
  it('exports the session as JSON and restores the same reports when it is dropped on a new page', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles([DOCX, REAL_PDF]);
    await expectDocumentCard(page, DOCX_NAME);
    await expectDocumentCard(page, PDF_NAME, 'PDF');
    const before = [await summarize(card(page, DOCX_NAME)), await summarize(card(page, PDF_NAME))];
    expect(before[0]!.tables).toBeGreaterThan(5);
    expect(before[1]!.tables).toBeGreaterThan(5);

    const single = await download(page, () => exportButton(card(page, DOCX_NAME), '导出 JSON').click());
    expect(single.name).toBe('香河县医疗保障局-2024-预算.mingzhang.json');
    const all = await download(page, () => page.getByRole('button', { name: '导出全部（2 份）为 JSON' }).click());
    expect(all.name).toBe('明账报告-2份.mingzhang.json');
    expect(JSON.parse(all.bytes.toString('utf8')).schema).toBe('mingzhang/report@1');
    await finish(opened);

    const reopened = await openPage();
    // A .txt name: the report is recognised by its content, not by its extension.
    await drop(reopened.page, 'session.txt', all.bytes);
    for (const [index, name] of [DOCX_NAME, PDF_NAME].entries()) {
      const article = card(reopened.page, name);
      await article.locator('dl.meta').waitFor();
      await waitForReportDrawn(article);
      await expect(article.getByText('从导出的 JSON 恢复（session.txt）').count()).resolves.toBe(1);
      await expect(summarize(article)).resolves.toEqual(before[index]);
    }
    await expect(reopened.page.locator('article').count()).resolves.toBe(2);
    await finish(reopened);
  }, 240_000);

  it('refuses a report JSON of an unknown version with a Chinese alert', async () => {
    const opened = await openPage();
    await drop(opened.page, 'future.mingzhang.json', Buffer.from('{"schema": "mingzhang/report@9", "documents": []}'));
    const alert = card(opened.page, 'future.mingzhang.json').getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('mingzhang/report@9');
    await finish(opened);
  });

  it('downloads CSV with BOM, the tables zip, the Fiscal Data Package and a 2× PNG; copies the image', async () => {
    const opened = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles(DOCX);
    await expectDocumentCard(page, DOCX_NAME);
    const article = card(page, DOCX_NAME);
    const bar = article.getByRole('group', { name: '导出与分享' });

    await bar.getByText(/单张表格 CSV/).click();
    const csv = await download(page, () => bar.getByRole('button', { name: /^1\. / }).click());
    expect(csv.name).toMatch(/^香河县医疗保障局-2024-预算-01-.+\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^序号,科目编码,科目名称,收支,.+（万元）/);

    const tables = await download(page, () => exportButton(article, '全部表格 CSV').click());
    const csvFiles = Object.keys(unzipSync(tables.bytes));
    await expect(article.locator('[data-table-kind]').count()).resolves.toBe(csvFiles.length);

    const fdp = await download(page, () => exportButton(article, '财政数据包').click());
    expect(fdp.name).toBe('香河县医疗保障局-2024-预算-fiscal-data-package.zip');
    const files = unzipSync(fdp.bytes);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(descriptor.profile).toBe('fiscal-data-package');
    for (const resource of descriptor.resources) expect(files).toHaveProperty(resource.path);

    // 31 tables make a card about 27000 px tall: too big a canvas at 2×, so it is drawn smaller.
    const long = await pngOf(page, article);
    const scale = Number((await bar.getByRole('status').innerText()).match(/图片按 ([\d.]+) 倍生成/)?.[1]);
    expect(scale).toBeLessThan(1);
    expect(Math.abs(long.width - scale * long.box.width)).toBeLessThanOrEqual(2);

    // The same report cut to its 支出总表, restored from JSON, is drawn at 2×.
    const json = await download(page, () => exportButton(article, '导出 JSON').click());
    const report = JSON.parse(json.bytes.toString('utf8'));
    const [doc] = report.documents;
    report.documents = [
      { ...doc, source: { ...doc.source, name: 'short.docx' }, tables: doc.tables.slice(2, 3), findings: [] },
    ];
    await drop(page, 'short.mingzhang.json', Buffer.from(JSON.stringify(report)));
    const short = card(page, 'short.docx');
    await short.locator('dl.meta').waitFor();
    // Drawn in full, and its table seen once: a table never on screen is only as tall as estimated.
    await waitForReportDrawn(short);
    await short.locator('[data-table-kind]').scrollIntoViewIfNeeded();
    const sharp = await pngOf(page, short);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(`${ARTIFACTS}export-report.png`, sharp.bytes);
    expect(Math.abs(sharp.width - 2 * sharp.box.width)).toBeLessThanOrEqual(2);
    // The picture leaves the export toolbar and the 基本/项目 switch out, without a blank band where
    // they were; the other controls are blanked in place.
    const toolbar = (await short.getByRole('group', { name: '导出与分享' }).boundingBox())!;
    const toggle = (await short.locator('label', { hasText: '分开显示基本支出与项目支出' }).boundingBox())!;
    // Within the two parts' margins (12 and 8 px), which the picture leaves out too.
    expect(Math.abs(sharp.height - 2 * (sharp.box.height - toolbar.height - toggle.height))).toBeLessThanOrEqual(
      2 * 24,
    );

    await exportButton(article, '复制图片').click();
    await bar.getByRole('status').filter({ hasText: '已复制图片' }).waitFor({ timeout: 30_000 });
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
    await finish(opened);
  }, 180_000);

  it('prints only the report: no drop zone, no toolbars, no workspace note; fits a phone width', async () => {
    const opened = await openPage({ width: 390, height: 844 });
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles(DOCX);
    await expectDocumentCard(page, DOCX_NAME);
    const article = card(page, DOCX_NAME);
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await expect(noSideScroll()).resolves.toBe(true);
    await expect(exportButton(article, '打印').isVisible()).resolves.toBe(true);

    const dropZone = page.locator('[role="group"][aria-label="打开文件"]');
    const workspaceNote = page.getByText(/只保存在这个浏览器里/);
    await expect(dropZone.isVisible()).resolves.toBe(true);
    await expect(workspaceNote.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(dropZone.isVisible()).resolves.toBe(false);
    await expect(workspaceNote.isVisible()).resolves.toBe(false);
    await expect(article.getByRole('group', { name: '导出与分享' }).isVisible()).resolves.toBe(false);
    await expect(article.locator('dl.meta').isVisible()).resolves.toBe(true);
    await expect(article.locator('[data-table-kind]').first().isVisible()).resolves.toBe(true);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.pdf({ path: `${ARTIFACTS}export-print.pdf`, format: 'A4' });
    await finish(opened);
  }, 120_000);
});
