// End to end in Debian's Chromium against the built dist/: open files every way a user can, see
// each document card, and check that no request ever leaves our own origin.

import { mkdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { STANDARD_KINDS } from '../../src/lib/model/table-vocabulary';
import type { TableKind } from '../../src/lib/model/disclosure';
import {
  ARTIFACTS,
  FIXTURES,
  REAL_DIR,
  card,
  drop,
  expectDocumentCard,
  finish,
  openPage,
  origin,
  useBuiltApp,
} from './harness';

const FIXTURE_002 = `${FIXTURES}docx/002-xianghe-2024-budget.docx`;
const REAL_PDF = `${REAL_DIR}省法院2018年度部门预算公开.pdf`;
const REAL_PDF_TEXT_ONLY = `${REAL_DIR}江苏省委办公厅2018年度部门预算公开文件.pdf`;

useBuiltApp();

describe('明账 in Chromium', () => {
  it('shows the drop page in Chinese and opens the file picker from the keyboard', async () => {
    const opened = await openPage();
    const { page } = opened;
    await expect(page.locator('header').innerText()).resolves.toContain(
      '在浏览器里读取部门预算/决算公开文件，文件不会离开你的电脑。',
    );
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

    // NOTE: a listener turns Playwright's file chooser interception on, and that takes a round
    // trip; one registered only just before the key press can miss the chooser.
    page.on('filechooser', () => {});
    // Tab reaches the real file input (after the 明账 home link and the 对比 link), and Enter or Space opens the picker.
    const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('file');
    for (const key of ['Enter', 'Space']) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(key)]);
      expect(chooser.isMultiple()).toBe(true);
    }
    await finish(opened);
  });

  it('reads a DOCX chosen with the file input and shows its document card', async () => {
    const opened = await openPage();
    await opened.page.getByLabel('选择文件').setInputFiles(FIXTURE_002);
    await expectDocumentCard(opened.page, '002-xianghe-2024-budget.docx');
    await finish(opened);
  });

  it('reads a DOCX dropped onto the drop zone', async () => {
    const opened = await openPage();
    const { page } = opened;
    const bytes = await readFile(FIXTURE_002);
    await drop(page, 'dropped.docx', bytes, ['dragenter', 'dragover']);
    await expect(page.locator('.zone.dragging').count()).resolves.toBe(1);
    await drop(page, 'dropped.docx', bytes, ['drop']);
    await expect(page.locator('.zone.dragging').count()).resolves.toBe(0);
    await expectDocumentCard(page, 'dropped.docx');
    await finish(opened);
  });

  it('reads a built-in sample when it is clicked', async () => {
    const opened = await openPage();
    const { page } = opened;
    const samples = page.getByRole('heading', { name: '示例文件' });
    await samples.waitFor();
    await page.getByRole('button', { name: /香河县医疗保障局 2024 年部门预算/ }).click();
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    expect(opened.requests).toContain(`${origin()}/samples/002-xianghe-2024-budget.docx`);
    await finish(opened);
  });

  it('shows an unreadable file as a Chinese alert while the other files are still read', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles([
      { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]) },
      {
        name: '002-xianghe-2024-budget.docx',
        mimeType: 'application/octet-stream',
        buffer: await readFile(FIXTURE_002),
      },
    ]);
    const alert = card(page, 'broken.docx').getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/[\u4e00-\u9fff]/);
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    await finish(opened);
  });

  it('cancels a file while it is read, then reads the next file with a fresh worker', async () => {
    const opened = await openPage();
    const { page } = opened;
    const input = page.getByLabel('选择文件');
    const bytes = await readFile(FIXTURE_002);
    await input.setInputFiles({ name: 'first.docx', mimeType: 'application/octet-stream', buffer: bytes });
    const first = card(page, 'first.docx');
    // NOTE: assumes reading this file takes long enough (seconds today) to click 取消 midway.
    await first.locator('progress').waitFor();
    await first.getByRole('button', { name: '取消' }).click();
    await expect(first.getByRole('status').innerText()).resolves.toBe('已取消读取。');

    await input.setInputFiles({ name: 'second.docx', mimeType: 'application/octet-stream', buffer: bytes });
    await expectDocumentCard(page, 'second.docx');
    const workerScripts = opened.requests.filter((url) => /\/assets\/parse\.worker-[\w-]+\.js$/.test(url));
    expect(workerScripts).toHaveLength(2);
    await finish(opened);
  });

  it('lays out at 1280 px and 390 px wide (screenshots in test-results/)', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const width of [1280, 390]) {
      const opened = await openPage({ width });
      const { page } = opened;
      await page.getByRole('heading', { name: '示例文件' }).waitFor();
      await page.getByLabel('选择文件').setInputFiles(FIXTURE_002);
      await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
      // Nothing but a table's own scroller may be wider than the viewport.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The top of the page: header, drop zone, samples, the meta card and the first tables.
      const height = Math.min(3000, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({
        path: `${ARTIFACTS}drop-page-${width}.png`,
        fullPage: true,
        clip: { x: 0, y: 0, width, height },
      });
      await finish(opened);
    }
  });

  // Owned by table recognition (src/lib/extract): the nine standard budget tables of seed 002.
  it('shows the nine standard tables of 002 (香河 2024 部门预算) as [data-table-kind] sections', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles(FIXTURE_002);
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    const kinds = await card(page, '002-xianghe-2024-budget.docx')
      .locator('[data-table-kind]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-table-kind')));
    expect(new Set(kinds)).toEqual(
      new Set([...STANDARD_KINDS, 'project-performance', 'procurement', 'assets', 'other']),
    );
    expect(kinds.filter((kind) => STANDARD_KINDS.includes(kind as TableKind))).toHaveLength(9);
    await finish(opened);
  });

  it('reads a real published PDF in the worker, with pdf.js assets from our own origin', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles([REAL_PDF, REAL_PDF_TEXT_ONLY]);
    await expectDocumentCard(page, '省法院2018年度部门预算公开.pdf', 'PDF');
    await expectDocumentCard(page, '江苏省委办公厅2018年度部门预算公开文件.pdf', 'PDF');
    const kinds = await card(page, '省法院2018年度部门预算公开.pdf')
      .locator('[data-table-kind]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-table-kind')));
    expect(kinds).toEqual(
      expect.arrayContaining(['income-expenditure-summary', 'income-summary', 'general-budget-expenditure']),
    );
    // These files embed their fonts; a file that does not needs the CMaps the build serves itself.
    const cmap = await page.request.get(`${origin()}/pdfjs/cmaps/UniGB-UCS2-H.bcmap`);
    expect(cmap.status()).toBe(200);
    await finish(opened);
  });
});
