// summary-item-sums: Σ income items = 本年收入合计, Σ 类 (and Σ 支出用途) = 本年支出合计, breakdowns add up.

import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/rules/summary-item-sums';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { expectClean, findingAfter } from '../helpers/rule-cases';

describe('summary-item-sums', () => {
  it('finds nothing in the seeds and the real PDFs, whose summary items add up', async () => {
    expectClean(
      check,
      await disclosures('000', '002', '003', 'court2017', 'partyOfficeTables', 'wanli2024', 'putuoFinal2024'),
      5,
    );
  });

  it('finds a 类 of the 收支总表 of seed 002 changed by a cent at 本年支出合计', () => {
    const clean = seedDisclosure('002');
    const finding = findingAfter(
      check,
      clean,
      'income-expenditure-summary',
      { side: 'expenditure', code: '210' },
      '支出/预算数',
      '6371.24',
    );
    expect(finding).toMatchObject({
      ruleId: 'summary-item-sums',
      location: {
        ...rowIndexOf(clean, 'income-expenditure-summary', { name: '本年支出合计' }),
        column: '支出/预算数',
        side: 'expenditure',
      },
      expected: '6570.39',
      actual: '6570.38',
      difference: '-0.01',
      unit: '万元',
    });
    expect(finding.message).toMatch(
      /^收支总表 本年支出合计 6570.38 万元，与各类支出之和 6570.39 万元不符，相差 0.01 万元/,
    );
  });

  it('finds a 支出用途 row of a Jiangsu 收支总表 that the 当年支出小计 does not match, the 类 still adding up', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(
      check,
      clean,
      'income-expenditure-summary',
      { name: '二、项目支出' },
      '支出/支出用途/金额',
      '11543.72',
    );
    expect(finding).toMatchObject({
      severity: 'error',
      location: { ...rowIndexOf(clean, 'income-expenditure-summary', { name: '当年支出小计' }), page: 12 },
      expected: '28849.83',
      actual: '28849.38',
      difference: '-0.45',
    });
    expect(finding.message).toContain('各支出用途（基本支出、项目支出等）之和');
  });

  it('checks 一、财政拨款 against its 1./2. rows without counting them twice in 当年收入小计', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(
      check,
      clean,
      'income-expenditure-summary',
      { name: '1.一般公共预算' },
      '收入/金额',
      '28000.00',
    );
    expect(finding).toMatchObject({
      location: rowIndexOf(clean, 'income-expenditure-summary', { name: '一、财政拨款' }),
      expected: '28000.00',
      actual: '28849.38',
      difference: '849.38',
    });
  });

  it('checks each fund column of the 财政拨款收支总表 (普陀区财政局 决算)', async () => {
    const clean = await realDisclosure(REAL_FILES.putuoFinal2024);
    const finding = findingAfter(
      check,
      clean,
      'fiscal-grant-summary',
      { code: '210' },
      '支出/一般公共预算财政拨款',
      '69.99',
    );
    expect(finding).toMatchObject({
      location: {
        ...rowIndexOf(clean, 'fiscal-grant-summary', { name: '本年支出合计' }),
        column: '支出/一般公共预算财政拨款',
      },
      expected: '2949.05',
      actual: '2940.05',
    });
    expect(finding.message).toContain('本年支出合计「一般公共预算财政拨款」');
  });
});
