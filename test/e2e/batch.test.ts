// A reviewer's batch in Chromium against the built dist/: the nine PDFs of ../shared/real dropped at
// once are read by the worker pool into an overview whose every row matches the overview row of the
// file's golden report (test/golden/reports, the CLI's reading of the same file); sorted by errors,
// a row opens its folded report, and the overview and every finding are exported as CSV and as an
// Excel workbook, both read back here. Then a zip of three disclosures is opened as three files.

import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DocumentReport } from '../../src/lib/model/report';
import {
  findingsSheet,
  overviewRow,
  overviewSheet,
  sortOverview,
  type SheetCell,
} from '../../src/lib/summary/overview';
import { goldenReport } from '../golden/golden-files';
import { readXlsx } from '../helpers/read-xlsx';
import { FIXTURES, REAL_DIR, card, finish, openPage, useBuiltApp } from './harness';

const NAMES = readdirSync(REAL_DIR)
  .filter((name) => name.endsWith('.pdf'))
  .sort();
const GOLDEN = NAMES.map((name) => goldenReport(`${REAL_DIR}${name}`) as DocumentReport);
/** The time a file took differs from run to run: every other column must match exactly. */
const TIME_COLUMN = 11;
const withoutTime = (rows: readonly (readonly SheetCell[])[]) =>
  rows.map((row) => row.filter((_, index) => index !== TIME_COLUMN));

useBuiltApp();

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  return { name: started.suggestedFilename(), bytes: await readFile(await started.path()) };
}

/** RFC 4180 as we write it: no quoted field spans a line in the overview. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  for (const match of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
    const field = match[1]!;
    fields.push(field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field);
  }
  return fields;
}

describe('the reviewer’s batch in Chromium', () => {
  it(
    'reads nine real PDFs into a sortable overview, opens one, and exports CSV and Excel',
    { timeout: 400_000 },
    async () => {
      expect(NAMES).toHaveLength(9);
      const opened = await openPage({ height: 1000 });
      const { page } = opened;
      await page.getByLabel('选择文件').setInputFiles(NAMES.map((name) => `${REAL_DIR}${name}`));

      const overview = page.getByRole('region', { name: /^总览/ });
      await expect(overview.getByRole('heading').innerText()).resolves.toBe('总览（9 个文件）');
      await overview.getByText('全部读完').waitFor({ timeout: 360_000 });

      // Every row as the overview module makes it from the golden report, the time aside.
      const expected = GOLDEN.map((report) => overviewRow({ name: report.source.name, report, readMs: 0 }));
      const table = overview.getByRole('table');
      const shownRows = async () =>
        (await table.locator('tbody tr').all()).map(async (row) =>
          (await row.locator('th, td').allInnerTexts()).map((text) => text.trim()),
        );
      const asShown = (rows: typeof expected) =>
        withoutTime(overviewSheet(rows).slice(1)).map((row) =>
          row.slice(0, 11).map((cell) => (cell === null ? '' : String(cell))),
        );
      const texts = await Promise.all(await shownRows());
      expect(texts.map((row) => row.filter((_, index) => index !== TIME_COLUMN))).toEqual(asShown(expected));
      expect(texts.every((row) => Number(row[TIME_COLUMN]) > 0)).toBe(true);

      // Sorted by errors, most first.
      const errorsHeader = table.getByRole('columnheader', { name: /错误/ });
      await errorsHeader.getByRole('button').click();
      await expect(errorsHeader.getAttribute('aria-sort')).resolves.toBe('descending');
      const sorted = sortOverview(expected, 'errors', 'descending');
      const sortedTexts = await Promise.all(await shownRows());
      expect(sortedTexts.map((row) => row[0])).toEqual(sorted.map((row) => row.file));
      expect(sorted[0]!.errors).toBeGreaterThanOrEqual(sorted.at(-1)!.errors!);

      // Reports start folded to their header; a row opens its report and brings it into view.
      const chosen = sorted[0]!.file;
      const article = card(page, chosen);
      const toggle = article.getByRole('button', { name: '展开报告' });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(article.locator('[data-rule]').count()).resolves.toBe(0);
      await table.getByRole('button', { name: chosen, exact: true }).click();
      await expect(article.getByRole('button', { name: '收起报告' }).getAttribute('aria-expanded')).resolves.toBe(
        'true',
      );
      await expect
        .poll(() => article.evaluate((element) => Math.abs(element.getBoundingClientRect().top)), { timeout: 10_000 })
        .toBeLessThan(5);
      await expect.poll(() => article.locator('[data-rule]').count()).toBeGreaterThan(0);

      // The 三公 chart and the way to #/compare sit with the overview, above the reports.
      const chartTop = await page.locator('.batch').evaluate((element) => element.getBoundingClientRect().bottom);
      const reportsTop = await page
        .getByRole('region', { name: '已打开的文件' })
        .evaluate((element) => element.getBoundingClientRect().top);
      expect(chartTop).toBeLessThanOrEqual(reportsTop);
      await expect(
        page
          .locator('.batch')
          .getByRole('link', { name: /并排比较/ })
          .getAttribute('href'),
      ).resolves.toBe('#/compare');

      // The overview as CSV, in the order shown.
      const csv = await download(page, () => overview.getByRole('button', { name: '导出总览 CSV' }).click());
      expect(csv.name).toBe('明账-总览-9个文件.csv');
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).trimEnd().split('\r\n').map(parseCsvLine);
      const expectedSheet = overviewSheet(sorted).map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
      expect(withoutTime(lines)).toEqual(withoutTime(expectedSheet));

      // Every finding of every file as CSV: one line per finding.
      const findingsCsv = await download(page, () =>
        overview.getByRole('button', { name: '导出全部问题 CSV' }).click(),
      );
      const findingCount = GOLDEN.reduce((sum, report) => sum + report.findings.length, 0);
      expect(findingsCsv.bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(1 + findingCount);

      // The workbook: the overview and every finding, read back cell for cell.
      const xlsx = await download(page, () => overview.getByRole('button', { name: /导出 Excel/ }).click());
      expect(xlsx.name).toBe('明账-总览与问题-9个文件.xlsx');
      const [overviewSheetRead, findingsSheetRead] = readXlsx(new Uint8Array(xlsx.bytes));
      expect(overviewSheetRead!.name).toBe('总览');
      const trim = (rows: readonly (readonly SheetCell[])[]) =>
        rows.map((row) => {
          const cells = [...row];
          while (cells.length > 0 && cells.at(-1) === null) cells.pop();
          return cells;
        });
      expect(withoutTime(overviewSheetRead!.rows)).toEqual(trim(withoutTime(overviewSheet(sorted))));
      expect(findingsSheetRead!.name).toBe('全部问题');
      expect(findingsSheetRead!.rows).toEqual(trim(findingsSheet(GOLDEN)));
      expect([...overviewSheetRead!.formulas, ...findingsSheetRead!.formulas]).toEqual([]);
      await finish(opened);
    },
  );

  it('opens a zip of three disclosures as three files', { timeout: 120_000 }, async () => {
    const inside = ['000-laishui-2021-budget.docx', '002-xianghe-2024-budget.docx', '003-guantao-2023-budget.docx'];
    const zip = zipSync({
      ...Object.fromEntries(
        inside.map((name) => [`公开文件/${name}`, new Uint8Array(readFileSync(`${FIXTURES}docx/${name}`))]),
      ),
      '公开文件/说明.txt': strToU8(''),
    });
    const opened = await openPage();
    const { page } = opened;
    await page
      .getByLabel('选择文件')
      .setInputFiles({ name: '三个部门.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    const overview = page.getByRole('region', { name: /^总览/ });
    await overview.getByText('全部读完').waitFor({ timeout: 100_000 });
    const files = await overview.locator('tbody th').allInnerTexts();
    expect(files).toEqual([...inside, '说明.txt']);
    for (const name of inside) await card(page, name).locator('dl.meta').waitFor();
    // The empty text file is the only one that cannot be read.
    await expect(card(page, '说明.txt').getByRole('alert').innerText()).resolves.toMatch(/空/);
    await finish(opened);
  });
});
