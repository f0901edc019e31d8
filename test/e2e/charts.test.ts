// The report's charts in Chromium against the built dist/: treemaps, income and 基本/项目 charts are
// drawn for documents with the tables (and a note for those without), a treemap drills down and
// comes back up with its buttons, the cross-document 三公 chart spans every opened year, and
// 「下载 PNG」 saves a real PNG at twice the chart's pixels.

import { mkdir, readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  FIXTURES,
  REAL_DIR,
  card,
  expectDocumentCard,
  finish,
  openPage,
  useBuiltApp,
  type OpenPage,
} from './harness';

const SEEDS = [
  '000-laishui-2021-budget.docx',
  '001-huailai-2020-budget.docx',
  '002-xianghe-2024-budget.docx',
  '003-guantao-2023-budget.docx',
  '004-zhaohua-2021-final-accounts.docx',
];
/** Seeds 001 and 004 carry no standard budget table (performance sheets only). */
const WITHOUT_TABLES = new Set(['001-huailai-2020-budget.docx', '004-zhaohua-2021-final-accounts.docx']);
const REAL_PDFS = ['省法院2018年度部门预算公开.pdf', '上海市普陀区财政局2024年度部门决算.pdf'];
const COURT = [
  '省法院2017年度部门预算公开.pdf',
  '省法院2018年度部门预算公开.pdf',
  '江苏省高级人民法院2019年度部门预算公开.pdf',
];
const NAME_002 = '002-xianghe-2024-budget.docx';

useBuiltApp();

/** Waits until the figure's chart has drawn, then counts the canvas pixels that are not white or clear. */
async function drawnPixels(figure: Locator): Promise<number> {
  await figure.and(figure.page().locator('[data-chart-ready="true"]')).waitFor({ timeout: 30_000 });
  return figure
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const white = data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245;
        if (data[i + 3]! > 0 && !white) count += 1;
      }
      return count;
    });
}

function chart(page: Page, fileName: string, kind: string): Locator {
  return card(page, fileName).locator(`[data-chart="${kind}"] figure`);
}

/** A page with seed 002 (香河 2024) opened and read. */
async function open002(width?: number): Promise<OpenPage> {
  const opened = await openPage({ width });
  await opened.page.getByLabel('选择文件').setInputFiles(`${FIXTURES}docx/${NAME_002}`);
  await expectDocumentCard(opened.page, NAME_002);
  return opened;
}

function threePublic(page: Page): Locator {
  return page.locator('figure[data-years]');
}

describe('charts in Chromium', () => {
  it('draws each report’s charts, or says why not, for the five seeds and two real PDFs', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page
      .getByLabel('选择文件')
      .setInputFiles([
        ...SEEDS.map((name) => `${FIXTURES}docx/${name}`),
        ...REAL_PDFS.map((name) => `${REAL_DIR}${name}`),
      ]);
    for (const name of SEEDS) {
      await expectDocumentCard(page, name);
      const charts = card(page, name).getByRole('region', { name: '图表' });
      if (WITHOUT_TABLES.has(name)) {
        await expect(charts.innerText()).resolves.toContain('没有识别出可以绘图的表格');
        await expect(charts.locator('figure').count()).resolves.toBe(0);
        continue;
      }
      for (const kind of ['function', 'economic', 'income', 'budget-split']) {
        expect(await drawnPixels(chart(page, name, kind)), `${name} ${kind}`).toBeGreaterThan(2000);
      }
    }
    for (const name of REAL_PDFS) {
      await expectDocumentCard(page, name, 'PDF');
      expect(await drawnPixels(chart(page, name, 'function')), name).toBeGreaterThan(2000);
      expect(await drawnPixels(chart(page, name, 'income')), name).toBeGreaterThan(500);
    }
    // 省法院 2018 prints its 支出总表 as one 合计 row without 基本/项目 by 科目: no split toggle.
    await expect(card(page, REAL_PDFS[0]!).getByLabel('分开显示基本支出与项目支出').count()).resolves.toBe(0);

    // Every opened year with a 三公 table or figures in its text is on the cross-document chart.
    const bars = threePublic(page);
    expect(await drawnPixels(bars)).toBeGreaterThan(2000);
    const years = (await bars.getAttribute('data-years'))!.split(',');
    expect(years).toEqual([...years].sort());
    expect(years).toEqual(expect.arrayContaining(['2018', '2020', '2021', '2024']));
    await finish(opened);
  });

  it('drills into the 功能分类 treemap and comes back up with 「返回上一级」 and 「回到全部」', async () => {
    const opened = await open002();
    const { page } = opened;
    const figure = chart(page, NAME_002, 'function');
    await drawnPixels(figure);
    const up = figure.getByRole('button', { name: '返回上一级' });
    const top = figure.getByRole('button', { name: '回到全部' });
    await expect(up.isDisabled()).resolves.toBe(true);

    // 210 卫生健康支出 is 97% of the total and 21012 69% of 210: the middle of the canvas hits them.
    const canvas = figure.locator('canvas').first();
    const root = () => figure.getAttribute('data-treemap-root');
    /** The canvas once the zoom animation is over, with no block hovered: what the chart really shows. */
    const drawn = async () => {
      await page.mouse.move(0, 0);
      await page.waitForTimeout(1200);
      return canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
    };
    const whole = await drawn();
    await canvas.click();
    await expect.poll(root).toBe('210');
    await expect(figure.locator('.where').innerText()).resolves.toBe('210 卫生健康支出');
    expect(await drawn()).not.toBe(whole);
    await canvas.click();
    await expect.poll(root).toBe('21012');

    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(root).toBe('210');
    await up.click();
    await expect.poll(root).toBe('');
    await expect(up.isDisabled()).resolves.toBe(true);
    expect(await drawn()).toBe(whole);

    // From the keyboard: the table of the current level drills down too.
    await figure.getByText('以表格查看').click();
    await figure.getByRole('button', { name: '展开 210 卫生健康支出' }).click();
    await expect.poll(root).toBe('210');
    await expect(figure.locator('table tbody th').allInnerTexts()).resolves.toEqual([
      '21011 行政事业单位医疗',
      '21012 财政对基本医疗保险基金的补助',
      '21013 医疗救助',
      '21015 医疗保障管理事务',
    ]);
    await figure.getByRole('button', { name: '展开 21012 财政对基本医疗保险基金的补助' }).click();
    await expect.poll(root).toBe('21012');
    await top.click();
    await expect.poll(root).toBe('');
    expect(await drawn()).toBe(whole);

    // The split view puts 基本支出 and 项目支出 on top.
    await card(page, NAME_002).getByLabel('分开显示基本支出与项目支出').check();
    await expect.poll(() => figure.locator('table tbody th').allInnerTexts()).toEqual(['基本支出', '项目支出']);
    await finish(opened);
  });

  it('switches the report’s charts between 万元 and 元 with exact amounts', async () => {
    const opened = await open002();
    const { page } = opened;
    const income = chart(page, NAME_002, 'income');
    await income.getByText('以表格查看').click();
    await expect(income.locator('tbody tr').first().innerText()).resolves.toMatch(/财政拨款收入\s+6570\.38\s+100\.00%/);
    await card(page, NAME_002).getByRole('radio', { name: '元', exact: true }).check();
    await expect
      .poll(() => income.locator('tbody tr').first().innerText())
      .toMatch(/财政拨款收入\s+65703800\s+100\.00%/);
    expect(await drawnPixels(income)).toBeGreaterThan(500);
    await finish(opened);
  });

  it('compares 三公 across the three 江苏省高级人民法院 budgets and downloads the chart as PNG', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles(COURT.map((name) => `${REAL_DIR}${name}`));
    for (const name of COURT) await expectDocumentCard(page, name, 'PDF');
    const bars = threePublic(page);
    await expect.poll(() => bars.getAttribute('data-years'), { timeout: 30_000 }).toBe('2017,2018,2019');
    expect(await drawnPixels(bars)).toBeGreaterThan(2000);
    await bars.getByText('以表格查看').click();
    // The table is drawn once the fold opens (a task of its own).
    await expect
      .poll(() => bars.locator('tbody th').allInnerTexts(), { timeout: 10_000 })
      .toEqual(['2017年', '2018年', '2019年']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bars.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('江苏省高级人民法院-2017-2019年-三公经费.png');
    const png = await readFile((await download.path())!);
    await mkdir(ARTIFACTS, { recursive: true });
    await download.saveAs(`${ARTIFACTS}three-public-court-download.png`);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: twice the canvas box, in pixels.
    const box = await bars.locator('.canvas').evaluate((element) => element.clientWidth);
    expect(png.readUInt32BE(16)).toBe(box * 2);
    expect(png.length).toBeGreaterThan(20_000);
    await finish(opened);
  });

  it('lays the charts out at 390 px and 1280 px wide (screenshots in test-results/)', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const width of [390, 1280]) {
      const opened = await open002(width);
      const { page } = opened;
      const charts = card(page, NAME_002).getByRole('region', { name: '图表' });
      for (const kind of ['function', 'economic', 'income', 'budget-split']) {
        await drawnPixels(chart(page, NAME_002, kind));
      }
      await drawnPixels(threePublic(page));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Each chart spans its column: the full card at 390 px.
      const cardWidth = await card(page, NAME_002).evaluate((element) => element.clientWidth);
      const widths = await charts.locator('.canvas').evaluateAll((boxes) => boxes.map((box) => box.clientWidth));
      expect(widths).toHaveLength(4);
      if (width === 390) for (const w of widths) expect(w).toBeGreaterThan(cardWidth - 48);
      await charts.screenshot({ path: `${ARTIFACTS}charts-${width}.png` });
      await threePublic(page).screenshot({ path: `${ARTIFACTS}three-public-${width}.png` });
      await finish(opened);
    }
  });
});
