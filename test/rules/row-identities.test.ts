// row-identities: along each row, a 合计/小计 column = Σ its sibling columns (收入总表, 支出总表,
// 一般公共预算支出表, 基本支出表, 财政拨款收支总表), and Jiangsu's listed 收入总表 adds up by group.

import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/rules/row-identities';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { expectClean, findingAfter } from '../helpers/rule-cases';

describe('row-identities', () => {
  it('finds nothing in the seeds and the real PDFs, whose rows add up across their columns', async () => {
    expectClean(
      check,
      await disclosures('000', '002', '003', 'court2017', 'procuratorate2018', 'wanli2024', 'putuoFinal2024'),
      3,
    );
  });

  it('finds a 基本支出 of the 支出总表 of seed 002 that its row 合计 does not match', () => {
    const clean = seedDisclosure('002');
    const finding = findingAfter(check, clean, 'expenditure-summary', { code: '2101550' }, '基本支出', '649.50');
    expect(finding).toMatchObject({
      ruleId: 'row-identities',
      location: { ...rowIndexOf(clean, 'expenditure-summary', { code: '2101550' }), column: '合计' },
      expected: '651.21',
      actual: '651.11',
      difference: '-0.10',
      unit: '万元',
    });
    expect(finding.message).toBe(
      '支出总表 2101550 事业运行行「合计」列 651.11 万元，与基本支出、项目支出、经营支出等 5 项之和 651.21 万元不符，相差 0.10 万元',
    );
  });

  it('finds 人员经费 that the 基本支出 小计 of the 一般公共预算支出表 (seed 000) does not match', () => {
    const clean = seedDisclosure('000');
    const finding = findingAfter(
      check,
      clean,
      'general-budget-expenditure',
      { name: '合计' },
      '基本支出/人员经费',
      '197.86',
    );
    expect(finding).toMatchObject({
      location: { ...rowIndexOf(clean, 'general-budget-expenditure', { name: '合计' }), column: '基本支出/小计' },
      expected: '268.11',
      actual: '267.93',
      difference: '-0.18',
    });
  });

  it('checks the one-row 支出总表 of a Jiangsu PDF (合计 = 基本 + 项目 + 单位预留机动经费 + 结转下年资金)', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(check, clean, 'expenditure-summary', () => true, '单位预留机动经费', '128.92');
    expect(finding).toMatchObject({
      location: { row: 0, column: '合计', page: 13, tableKind: 'expenditure-summary' },
      expected: '28795.38',
      actual: '28849.38',
      difference: '54.00',
    });
  });

  it('checks the group 小计 of a Jiangsu 收入总表 printed as a list', async () => {
    const clean = await realDisclosure(REAL_FILES.procuratorate2018);
    const finding = findingAfter(check, clean, 'income-summary', { name: '其他资金/其他收入' }, '金额', '14.93');
    expect(finding).toMatchObject({
      location: rowIndexOf(clean, 'income-summary', { name: '其他资金/小计' }),
      expected: '14.93',
      actual: '14.39',
      difference: '-0.54',
    });
  });

  it('checks 基本支出表 合计 = 人员经费 + 公用经费 in a table in 元 (万里街道)', async () => {
    const clean = await realDisclosure(REAL_FILES.wanli2024);
    const finding = findingAfter(
      check,
      clean,
      'general-budget-basic-expenditure',
      { name: '合计' },
      '一般公共预算基本支出/人员经费',
      '88537415',
    );
    expect(finding).toMatchObject({
      location: { column: '一般公共预算基本支出/合计', page: 30 },
      expected: '99705984',
      actual: '99706020',
      difference: '36',
      unit: '元',
    });
  });
});
