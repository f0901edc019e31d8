// A reviewer's mark in Chromium against the built dist/: a finding of 000-laishui-2021-budget.docx
// (the DOCX of seed 000: 序号 20 printed twice) marked 不是问题 with a note, by keyboard, is still
// marked after a reload (IndexedDB) and after its exported JSON is dropped on a new page.

import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, card, drop, expectDocumentCard, finish, openPage, useBuiltApp } from './harness';

const NAME = '000-laishui-2021-budget.docx';
const DOCX = `${FIXTURES}docx/${NAME}`;
const NOTE = '序号表本就重复编号';

useBuiltApp();

/** The 序号 20 finding's list item, its review controls and its note. */
function seqFinding(page: Page) {
  const item = card(page, NAME).locator('li[data-rule="seq-order"]').first();
  const controls = item.getByRole('group', { name: /复核第 \d+ 处/ });
  return {
    item,
    dismiss: controls.getByRole('button', { name: '不是问题', exact: true }),
    note: controls.getByRole('textbox', { name: /复核备注/ }),
  };
}

async function expectDismissed(page: Page): Promise<void> {
  const { item, dismiss, note } = seqFinding(page);
  await expect(dismiss.getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(item.getAttribute('data-review')).resolves.toBe('dismissed');
  await expect(note.inputValue()).resolves.toBe(NOTE);
  // The summary no longer counts it.
  await expect(card(page, NAME).locator('dl.figures').innerText()).resolves.toContain('另有 1 处已标为“不是问题”');
}

async function pressOn(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press('Enter');
}

describe('reviewer marks', () => {
  it('keep a finding marked 不是问题 across a reload and an export / re-import', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles([DOCX]);
    await expectDocumentCard(page, NAME);
    await card(page, NAME)
      .getByText(/已保存在本浏览器/)
      .waitFor();

    const { dismiss, note } = seqFinding(page);
    await pressOn(page, dismiss);
    await note.focus();
    await page.keyboard.type(NOTE);
    // Tab commits the note (a change event) and moves on, as a keyboard user would.
    await page.keyboard.press('Tab');
    await expectDismissed(page);

    await page.reload();
    await expectDocumentCard(page, NAME);
    await expectDismissed(page);

    const [started] = await Promise.all([
      page.waitForEvent('download') as Promise<Download>,
      card(page, NAME)
        .getByRole('group', { name: '导出与分享' })
        .getByRole('button', { name: '导出 JSON', exact: true })
        .click(),
    ]);
    const exported = await readFile(await started.path());
    const [document] = JSON.parse(exported.toString('utf8')).documents;
    expect(Object.values(document.reviews)).toEqual([{ verdict: 'dismissed', note: NOTE }]);
    await finish(opened);

    const reopened = await openPage();
    await drop(reopened.page, 'marks.json', exported);
    await expectDocumentCard(reopened.page, NAME);
    await expectDismissed(reopened.page);
    await finish(reopened);
  });
});
