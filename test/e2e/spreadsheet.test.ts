// Spreadsheets in Chromium against the built dist/: a workbook dropped on the page is read in the
// parse worker (SheetJS loaded only then), and its tables, charts and reading notes are shown.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURES, card, drop, expectDocumentCard, finish, openPage, useBuiltApp } from './harness';

useBuiltApp();

describe('spreadsheets in Chromium', () => {
  it('shows the tables and charts of seed 003 dropped as an XLSX', async () => {
    const opened = await openPage();
    const { page } = opened;
    const name = '003-guantao-2023-budget.xlsx';
    await drop(page, name, await readFile(`${FIXTURES}xlsx/${name}`));
    await expectDocumentCard(page, name, 'XLSX');
    const article = card(page, name);
    const text = await article.innerText();
    expect(text).toContain('部门预算一般公共预算财政拨款支出表');
    expect(text).toContain('机关事业单位基本养老保险缴费支出');
    expect(text).toContain('2080505');
    const charts = article.getByRole('region', { name: '图表' });
    for (const kind of ['function', 'economic', 'income', 'budget-split']) {
      await charts.locator(`[data-chart="${kind}"] figure[data-chart-ready="true"]`).waitFor({ timeout: 30_000 });
    }
    await expect(charts.locator('canvas').count()).resolves.toBeGreaterThanOrEqual(4);
    await finish(opened);
  });

  it('lists hidden rows and sheets and a stale SUM under 读取说明', async () => {
    const opened = await openPage();
    const { page } = opened;
    const name = 'several-tables-one-sheet.xlsx';
    await drop(page, name, await readFile(`${FIXTURES}xlsx/${name}`));
    const article = card(page, name);
    await article.locator('dl.meta').waitFor({ timeout: 60_000 });
    const notes = article.locator('.reading-notes');
    await expect(notes.locator('[data-code="rows-hidden"]').innerText()).resolves.toContain('第 11 行');
    await expect(notes.locator('[data-code="sheet-hidden"]').innerText()).resolves.toContain('底稿');
    await expect(notes.locator('[data-code="formula-mismatch"]').innerText()).resolves.toContain('SUM(E8:F8)');
    await finish(opened);
  });
});
