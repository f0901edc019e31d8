// summary-balance: 本年收入合计 = 本年支出合计, 收入总计 = 支出总计, 总计 = 本年合计 + carry-over, per side.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { check } from '../../src/lib/rules/summary-balance';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { expectClean, findingAfter, onlyFinding } from '../helpers/rule-cases';

const run = (disclosure: Disclosure) => check({ disclosure, figures: [] });

describe('summary-balance', () => {
  it('finds nothing where both summaries balance: seeds, Jiangsu (当年收入小计/收入合计) and Shanghai (收入总计 only)', async () => {
    expectClean(check, await disclosures('000', '002', '003', 'court2018', 'partyOfficeTables', 'wanli2024'), 2);
    expect(run(seedDisclosure('002')).comparisons).toBe(9);
  });

  it('is not applicable without a 收支总表', () => {
    expect(run(seedDisclosure('004')).applicable).toBe(false);
  });

  it('finds a 上年结转结余 that the 收入总计 of seed 002 does not include', () => {
    const clean = seedDisclosure('002');
    const finding = findingAfter(
      check,
      clean,
      'income-expenditure-summary',
      { side: 'income', name: '上年结转结余' },
      '收入/预算数',
      '100.00',
    );
    expect(finding).toMatchObject({
      ruleId: 'summary-balance',
      severity: 'error',
      location: {
        ...rowIndexOf(clean, 'income-expenditure-summary', { side: 'income', name: '收入总计' }),
        column: '收入/预算数',
        side: 'income',
      },
      expected: '6670.38',
      actual: '6570.38',
      difference: '-100.00',
      unit: '万元',
    });
    expect(finding.message).toBe(
      '收支总表 收入总计 6570.38 万元，与本年收入合计、上年结转结余之和 6670.38 万元不符，相差 100.00 万元',
    );
    expect(finding.related).toHaveLength(2);
  });

  it('finds a 结转下年资金 that the 支出合计 of a Jiangsu PDF does not include', async () => {
    const clean = await realDisclosure(REAL_FILES.court2018);
    const finding = findingAfter(
      check,
      clean,
      'income-expenditure-summary',
      { side: 'expenditure', name: '结转下年资金' },
      '支出/支出用途/金额',
      '10.00',
    );
    expect(finding).toMatchObject({
      location: {
        ...rowIndexOf(clean, 'income-expenditure-summary', { side: 'expenditure', name: '支出合计' }),
        page: 10,
      },
      expected: '33182.15',
      actual: '33172.15',
      difference: '-10.00',
    });
  });

  it('tells a 本年支出合计 written in 万元 in a table in 元 (seed 003) as a unit slip', () => {
    const mutated = withAmount(
      seedDisclosure('003'),
      'income-expenditure-summary',
      { name: '本年支出合计' },
      '支出/预算数',
      '4899.32',
    );
    const { findings } = run(mutated);
    expect(findings.map((finding) => [finding.expected, finding.actual, finding.unit])).toEqual([
      ['48993200.00', '4899.32', '元'],
      ['4899.32', '48993200.00', '元'],
    ]);
    expect(findings.every((finding) => finding.message.includes('单位可能写错'))).toBe(true);
  });

  it('finds the 普陀区财政局 决算 本年收入合计 2946.25 ≠ 本年支出合计 2940.05, as a 决算 warning', async () => {
    const disclosure = await realDisclosure(REAL_FILES.putuoFinal2024);
    const finding = onlyFinding(check, disclosure);
    expect(finding).toMatchObject({
      severity: 'warning',
      location: { ...rowIndexOf(disclosure, 'income-expenditure-summary', { name: '本年支出合计' }), page: 6 },
      expected: '2946.25',
      actual: '2940.05',
      difference: '-6.20',
    });
    expect(finding.message).toMatch(
      /^收支总表 本年支出合计 2940.05 万元，与本年收入合计 2946.25 万元不符，相差 6.20 万元；决算中/,
    );
  });
});
