// The browser workspace end to end: read files come back after a reload without the worker, 清除
// empties it (with a confirm step and an announcement), and #/compare lays the court's three
// years side by side with their 三公 totals.

import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  FIXTURES,
  REAL_DIR,
  card,
  expectDocumentCard,
  finish,
  openPage,
  origin,
  useBuiltApp,
} from './harness';

const FIXTURE_002 = `${FIXTURES}docx/002-xianghe-2024-budget.docx`;
const FIXTURE_003_PDF = `${FIXTURES}pdf/003-bordered-portrait.pdf`;
const COURT = [
  '省法院2017年度部门预算公开.pdf',
  '省法院2018年度部门预算公开.pdf',
  '江苏省高级人民法院2019年度部门预算公开.pdf',
];
const WORKER_SCRIPT = /\/assets\/parse\.worker-[\w-]+\.js$/;

useBuiltApp();

describe('workspace in Chromium', () => {
  it('two tabs agree: each shows what the other kept, and 清除 in one counts and removes both', async () => {
    const first = await openPage();
    const second = await openPage({ context: first.context });
    const docx = '002-xianghe-2024-budget.docx';
    const pdf = '003-bordered-portrait.pdf';
    await first.page.getByLabel('选择文件').setInputFiles(FIXTURE_002);
    await expectDocumentCard(first.page, docx);
    await card(first.page, docx)
      .getByText(/已保存在本浏览器/)
      .waitFor();
    // The other tab shows the file as soon as it is kept, and reads it from the store.
    await expectDocumentCard(second.page, docx);
    await second.page.getByLabel('选择文件').setInputFiles(FIXTURE_003_PDF);
    await expectDocumentCard(second.page, pdf, 'PDF');
    await card(second.page, pdf)
      .getByText(/已保存在本浏览器/)
      .waitFor();
    await expectDocumentCard(first.page, pdf, 'PDF');

    // The confirmation counts what the store holds, and the announcement what was deleted.
    await second.page.getByRole('button', { name: '清除', exact: true }).click();
    await expect(second.page.getByRole('group', { name: '确认清除' }).innerText()).resolves.toContain(
      '删除浏览器中保存的 2 个文件',
    );
    await second.page.getByRole('button', { name: '确定清除' }).click();
    await expect(second.page.getByRole('status').filter({ hasText: '已清除' }).innerText()).resolves.toBe(
      '已清除浏览器中保存的 2 个文件',
    );
    // The first tab no longer shows as saved what is gone.
    await card(first.page, docx).waitFor({ state: 'detached' });
    await expect(first.page.locator('article[data-file-name]').count()).resolves.toBe(0);
    await expect(first.page.getByText(/现已保存/).count()).resolves.toBe(0);
    expect(first.errors).toEqual([]);
    await finish(second);
  });

  it('lets a newer page upgrade the store at once, then says so honestly instead of claiming private mode', async () => {
    const opened = await openPage();
    const { page, context } = opened;
    const docx = '002-xianghe-2024-budget.docx';
    await page.getByLabel('选择文件').setInputFiles(FIXTURE_002);
    await expectDocumentCard(page, docx);
    await card(page, docx)
      .getByText(/已保存在本浏览器/)
      .waitFor();

    // Another page of the origin (a newer 明账) opens the store at the next version: this page
    // lets go of it at once rather than blocking it.
    const other = await context.newPage();
    await other.goto(`${origin()}/samples/index.json`);
    const upgrade = await other.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('mingzhang-workspace', 2);
          request.onblocked = () => resolve('blocked');
          request.onerror = () => resolve(`error ${request.error?.name}`);
          request.onsuccess = () => {
            const { version } = request.result;
            request.result.close();
            resolve(`opened at version ${version}`);
          };
        }),
    );
    expect(upgrade).toBe('opened at version 2');

    // The next file cannot be kept: the notice says why, and that the kept files are still there.
    await page.getByLabel('选择文件').setInputFiles(FIXTURE_003_PDF);
    await expectDocumentCard(page, '003-bordered-portrait.pdf', 'PDF');
    const notice = page.locator('.workspace .notice');
    await expect(notice.innerText()).resolves.toContain('更新版本的明账');
    await expect(notice.innerText()).resolves.toContain('没有丢失');
    await expect(notice.innerText()).resolves.not.toContain('隐私');
    const kept = await other.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const request = indexedDB.open('mingzhang-workspace');
          request.onsuccess = () => {
            const all = request.result.transaction('documents').objectStore('documents').getAll();
            all.onsuccess = () => {
              request.result.close();
              resolve(all.result.map((document: { name: string }) => document.name));
            };
          };
        }),
    );
    expect(kept).toEqual([docx]);
    await finish(opened);
  });

  it('keeps read files across a reload without reading them again, removes one, and 清除 empties it', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles([FIXTURE_002, FIXTURE_003_PDF]);
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    await expectDocumentCard(page, '003-bordered-portrait.pdf', 'PDF');
    for (const name of ['002-xianghe-2024-budget.docx', '003-bordered-portrait.pdf']) {
      await card(page, name)
        .getByText(/已保存在本浏览器/)
        .waitFor();
    }
    await expect(page.getByText(/只保存在这个浏览器里/).innerText()).resolves.toContain('现已保存 2 个文件');

    const before = opened.requests.length;
    await page.reload();
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    await expectDocumentCard(page, '003-bordered-portrait.pdf', 'PDF');
    // The summary header is drawn from the stored report, and no worker was started to get it.
    await expect(card(page, '002-xianghe-2024-budget.docx').locator('dl.figures').innerText()).resolves.toContain(
      '6570.38',
    );
    expect(opened.requests.slice(before).filter((url) => WORKER_SCRIPT.test(url))).toEqual([]);
    // The stored bytes are still there for whatever needs the file again.
    const storedBytes = await page.evaluate(async () => {
      const request = indexedDB.open('mingzhang-workspace');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const all = db.transaction('documents').objectStore('documents').getAll();
      const documents = await new Promise<Array<{ name: string; bytes: Blob }>>(
        (resolve) => (all.onsuccess = () => resolve(all.result)),
      );
      db.close();
      return documents.map((d) => [d.name, d.bytes.size]);
    });
    expect(storedBytes.map(([name]) => name)).toEqual(['002-xianghe-2024-budget.docx', '003-bordered-portrait.pdf']);
    expect(storedBytes.every(([, size]) => (size as number) > 1000)).toBe(true);

    // 移除 takes one file off the page and out of storage.
    await card(page, '003-bordered-portrait.pdf')
      .getByRole('button', { name: '移除 003-bordered-portrait.pdf' })
      .click();
    await expect(card(page, '003-bordered-portrait.pdf').count()).resolves.toBe(0);
    await page.reload();
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    await expect(card(page, '003-bordered-portrait.pdf').count()).resolves.toBe(0);

    // A report stored by an older version of the page (another schema) is dropped, not shown.
    await page.evaluate(async () => {
      const request = indexedDB.open('mingzhang-workspace');
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const transaction = db.transaction('documents', 'readwrite');
      transaction
        .objectStore('documents')
        .add({ schema: 'mingzhang/report@0', name: 'stale.docx', added: 0, report: {}, bytes: new Blob([]) });
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
    });
    await page.reload();
    await expectDocumentCard(page, '002-xianghe-2024-budget.docx');
    await expect(card(page, 'stale.docx').count()).resolves.toBe(0);

    // 清除 asks first; 取消 keeps everything, 确定清除 removes it and says how many.
    await page.getByRole('button', { name: '清除', exact: true }).click();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(card(page, '002-xianghe-2024-budget.docx').count()).resolves.toBe(1);
    await page.getByRole('button', { name: '清除', exact: true }).click();
    const confirm = page.getByRole('button', { name: '确定清除' });
    await expect(confirm.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '已清除' }).innerText()).resolves.toBe(
      '已清除浏览器中保存的 1 个文件',
    );
    await expect(card(page, '002-xianghe-2024-budget.docx').count()).resolves.toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: '示例文件' }).waitFor();
    await expect(page.locator('article[data-file-name]').count()).resolves.toBe(0);
    await finish(opened);
  });

  it('compares the court across 2017, 2018 and 2019 on #/compare, at 1280 px and 390 px', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const opened = await openPage();
    const { page, context } = opened;
    await page.getByLabel('选择文件').setInputFiles(COURT.map((name) => `${REAL_DIR}${name}`));
    for (const name of COURT) await expectDocumentCard(page, name, 'PDF');
    await page.getByRole('link', { name: '对比' }).click();
    const section = page.getByRole('region', { name: '江苏省高级人民法院：跨年度对比' });
    await section.waitFor();
    const threePublic = section.getByRole('region', { name: '“三公”经费' });
    const header = await threePublic.locator('thead th').allInnerTexts();
    expect(header).toEqual(['项目', '2017年预算', '较2017年预算', '2018年预算', '较2018年预算', '2019年预算']);
    const total = await threePublic.locator('tbody tr', { hasText: '合计' }).locator('td.amount').allInnerTexts();
    expect(total).toEqual(['670.12', '620.75', '513.75']);
    const income = section.getByRole('region', { name: '主要数字' }).locator('tbody tr', { hasText: '收入合计' });
    await expect(income.locator('td.change').allInnerTexts()).resolves.toEqual([
      '+4322.77\n+14.98%',
      '+4016.19\n+12.11%',
    ]);

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // Tables scroll inside their own box: the page itself is never wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${ARTIFACTS}compare-page-${width}.png`, fullPage: true });
    }
    expect(context.pages()).toHaveLength(1);
    await finish(opened);
  });
});
