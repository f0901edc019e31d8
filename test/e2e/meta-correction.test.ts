// Correcting a file's meta end to end: a tables-only file that prints no year (merged-header.docx:
// one 一般公共预算财政拨款支出表, no cover, no 预算年度 line) waits on #/compare as needing a year;
// its year and organisation are set on its card with the keyboard, survive a reload, and
// #/compare then lays it beside 香河 2024 as 2023.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, card, drop, expectDocumentCard, finish, openPage, useBuiltApp } from './harness';

const TABLES_ONLY = 'merged-header.docx';
const XIANGHE_2024 = '002-xianghe-2024-budget.docx';

useBuiltApp();

/** The corrected year kept with the file in this browser's IndexedDB, if any. */
function storedYear(page: Page, name: string): Promise<number | null> {
  return page.evaluate(async (name) => {
    const request = indexedDB.open('mingzhang-workspace');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const all = db.transaction('documents').objectStore('documents').getAll();
    const documents = await new Promise<Array<{ name: string; report: { metaCorrection?: { year?: number } } }>>(
      (resolve) => (all.onsuccess = () => resolve(all.result)),
    );
    db.close();
    return documents.find((document) => document.name === name)?.report.metaCorrection?.year ?? null;
  }, name);
}

describe('meta correction in Chromium', () => {
  it('sets a missing year on the card, keeps it over a reload, and #/compare uses it', async () => {
    const opened = await openPage();
    const { page } = opened;
    await drop(page, TABLES_ONLY, await readFile(`${FIXTURES}formats/${TABLES_ONLY}`));
    await drop(page, XIANGHE_2024, await readFile(`${FIXTURES}docx/${XIANGHE_2024}`));
    await expectDocumentCard(page, TABLES_ONLY);
    await expectDocumentCard(page, XIANGHE_2024);
    const tablesOnly = card(page, TABLES_ONLY);
    await expect(tablesOnly.locator('[data-meta-field="year"] dd').innerText()).resolves.toBe('未识别');
    await tablesOnly.getByText(/已保存在本浏览器/).waitFor();

    // Not vanished: #/compare lists it as needing a year.
    await page.getByRole('link', { name: '对比' }).click();
    const needing = page.getByRole('region', { name: '需要补充年度' });
    await expect(needing.locator(`li[data-file-name="${TABLES_ONLY}"]`).count()).resolves.toBe(1);
    await page.getByRole('link', { name: '明账' }).click();

    // The card's form, by keyboard: the button opens it on the 机构 field; Enter saves.
    const open = card(page, TABLES_ONLY).getByRole('button', { name: /更正机构、年度/ });
    await open.focus();
    await page.keyboard.press('Enter');
    const form = card(page, TABLES_ONLY).getByRole('form', { name: `更正 ${TABLES_ONLY} 的机构和年度` });
    await expect(form.getByLabel('机构').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('香河县医疗保障局');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2023');
    await page.keyboard.press('Enter');
    await expect(form.count()).resolves.toBe(0);
    const year = card(page, TABLES_ONLY).locator('[data-meta-field="year"] dd');
    await expect(year.innerText()).resolves.toBe('2023\n已更正（原识别为 未识别）');

    // The page does not wait for IndexedDB's write; the reload waits until it is there.
    await expect.poll(() => storedYear(page, TABLES_ONLY), { timeout: 10_000 }).toBe(2023);
    await page.reload();
    await expectDocumentCard(page, TABLES_ONLY);
    await expect(card(page, TABLES_ONLY).locator('[data-meta-field="year"] dd').innerText()).resolves.toContain('2023');

    await page.getByRole('link', { name: '对比' }).click();
    const section = page.getByRole('region', { name: '香河县医疗保障局：跨年度对比' });
    await section.waitFor();
    const header = await section.getByRole('region', { name: '主要数字' }).locator('thead th').allInnerTexts();
    expect(header).toEqual(['项目', '2023年预算', '较2023年预算', '2024年预算']);
    await expect(page.getByRole('region', { name: '需要补充年度' }).count()).resolves.toBe(0);
    await finish(opened);
  });
});
