// 跨文件核对 in Chromium against the built dist/: the court's three budgets (2017, 2018, 2019)
// opened together are checked against each other — 51 stated changes on last year compared, one
// not matching (2018's 一般行政事务管理 fell «392.92» from 2017's 6432.89 to 6049.97) — on the drop
// page, where a file named in the finding brings its report into view, and on #/compare.

import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, REAL_DIR, card, expectDocumentCard, finish, openPage, useBuiltApp } from './harness';

const COURT = [
  '省法院2017年度部门预算公开.pdf',
  '省法院2018年度部门预算公开.pdf',
  '江苏省高级人民法院2019年度部门预算公开.pdf',
];

useBuiltApp();

describe('跨文件核对 in Chromium', () => {
  it('checks the court’s three years against each other on the drop page and on #/compare', async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.getByLabel('选择文件').setInputFiles(COURT.map((name) => `${REAL_DIR}${name}`));
    for (const name of COURT) await expectDocumentCard(page, name, 'PDF');

    const section = page.getByRole('region', { name: '跨文件核对' });
    await expect
      .poll(() => section.innerText(), { timeout: 30_000 })
      .toContain('与上年比较的增减额与上年文件一致：比较 51 次，发现 1 处不一致');
    const text = await section.innerText();
    expect(text).toContain('法院（款）一般行政事务管理（项）支出2018年为 6049.97 万元');
    expect(text).toContain('相差 10.00 万元');
    const files = section.getByRole('list', { name: '涉及的文件' });
    await expect(files.getByRole('button').allInnerTexts()).resolves.toEqual([
      '《省法院2018年度部门预算公开.pdf》',
      '《省法院2018年度部门预算公开.pdf》',
      '《省法院2017年度部门预算公开.pdf》',
    ]);
    await mkdir(ARTIFACTS, { recursive: true });
    await section.screenshot({ path: `${ARTIFACTS}cross-document-court.png` });

    await files.getByRole('button', { name: '《省法院2017年度部门预算公开.pdf》' }).click();
    const court2017 = card(page, '省法院2017年度部门预算公开.pdf');
    await expect
      .poll(() => court2017.evaluate((element) => Math.abs(element.getBoundingClientRect().top)), { timeout: 10_000 })
      .toBeLessThan(5);

    await page.getByRole('link', { name: '对比' }).click();
    const compared = page.getByRole('region', { name: '跨文件核对' });
    await compared.waitFor();
    expect(await compared.innerText()).toContain('比较 51 次，发现 1 处不一致');
    await finish(opened);
  });
});
