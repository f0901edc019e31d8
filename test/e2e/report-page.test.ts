// The report page as a whole in Chromium: axe-core finds no serious or critical accessibility
// violation, and screenshots at 1280 px and 390 px are kept in test-results/ for a person to look at.

import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, FIXTURES, REAL_DIR, expectDocumentCard, finish, openPage, useBuiltApp } from './harness';

const FIXTURE_000 = `${FIXTURES}docx/000-laishui-2021-budget.docx`;
const REAL_PDF = `${REAL_DIR}上海市普陀区财政局2024年度部门决算.pdf`;
const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

useBuiltApp();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's violations of the page as it is now, injected without an inline script (the CSP forbids them). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.slice(0, 5).map((node) => ({ target: node.target })),
    }));
  });
}

async function openReports(width: number) {
  const opened = await openPage({ width });
  await opened.page.getByLabel('选择文件').setInputFiles([FIXTURE_000, REAL_PDF]);
  await expectDocumentCard(opened.page, '000-laishui-2021-budget.docx');
  await expectDocumentCard(opened.page, '上海市普陀区财政局2024年度部门决算.pdf', 'PDF');
  // Charts draw after the report arrives; wait for them so axe and the screenshot see them.
  await opened.page.waitForFunction(
    () => document.querySelectorAll('[data-chart-ready="false"]').length === 0,
    undefined,
    { timeout: 30_000 },
  );
  return opened;
}

describe('the report page', () => {
  it('has no serious or critical axe-core violations', async () => {
    const opened = await openReports(1280);
    const serious = (await axeViolations(opened.page)).filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious).toEqual([]);
    await finish(opened);
  });

  it('lays out at 1280 px and 390 px wide (screenshots kept in test-results/)', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    for (const width of [1280, 390]) {
      const opened = await openReports(width);
      const { page } = opened;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The summary, findings, charts and first tables; the rest of a long report adds nothing new.
      const height = Math.min(8000, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({
        path: `${ARTIFACTS}report-${width}.png`,
        fullPage: true,
        clip: { x: 0, y: 0, width, height },
      });
      await finish(opened);
    }
  });
});
