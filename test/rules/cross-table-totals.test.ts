// cross-table-totals: the 收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表 and 基本支出表
// agree on the figures they share, across units.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { check } from '../../src/lib/rules/cross-table-totals';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { cellOf, expectClean, findingAfter, onlyFinding } from '../helpers/rule-cases';

const run = (disclosure: Disclosure) => check({ disclosure, figures: [] });

/** Seed 002 with its 基本支出表 reprinted in 元 and its 合计 row set to `total` 元. */
function basicInYuan(total: string): Disclosure {
  const clone = structuredClone(seedDisclosure('002'));
  const basic = clone.tables.find((table) => table.kind === 'general-budget-basic-expenditure')!;
  basic.unit = '元';
  for (const row of basic.rows) {
    for (const [column, amount] of Object.entries(row.cells))
      row.cells[column] = (Number(amount.replace('.', '')) * 100).toFixed(2);
  }
  basic.rows[0]!.cells['一般公共预算基本支出/合计'] = total;
  return clone;
}

describe('cross-table-totals', () => {
  it('finds nothing where the tables agree: seeds, Jiangsu and Shanghai PDFs', async () => {
    expectClean(check, await disclosures('000', '002', '003', 'court2017', 'procuratorate2018', 'wanli2024'), 6);
    expect(run(seedDisclosure('002')).comparisons).toBe(12);
  });

  it('is not applicable without the standard tables (seed 001)', () => {
    expect(run(seedDisclosure('001')).applicable).toBe(false);
  });

  it('finds a 支出总表 合计 that the 收支总表 本年支出合计 does not match (seed 002)', () => {
    const clean = seedDisclosure('002');
    const finding = findingAfter(check, clean, 'expenditure-summary', { name: '合计' }, '合计', '6570.83');
    expect(finding).toMatchObject({
      ruleId: 'cross-table-totals',
      location: { ...rowIndexOf(clean, 'income-expenditure-summary', { name: '本年支出合计' }), column: '支出/预算数' },
      expected: '6570.83',
      actual: '6570.38',
      difference: '-0.45',
      unit: '万元',
    });
    expect(finding.related[0]).toMatchObject({
      ...rowIndexOf(clean, 'expenditure-summary', { name: '合计' }),
      column: '合计',
    });
    expect(finding.message).toBe(
      '收支总表 本年支出合计 6570.38 万元，与支出总表 合计行「合计」列 6570.83 万元不符，相差 0.45 万元',
    );
  });

  it('finds a 类 of the 支出总表 that the 收支总表 prints otherwise (seed 002)', () => {
    const clean = seedDisclosure('002');
    const finding = findingAfter(check, clean, 'expenditure-summary', { code: '210' }, '合计', '6317.23');
    expect(finding).toMatchObject({
      location: rowIndexOf(clean, 'income-expenditure-summary', { side: 'expenditure', code: '210' }),
      expected: '6317.23',
      actual: '6371.23',
      difference: '54.00',
    });
  });

  it('tells a 收入总表 小计 written in 元 in a table in 万元 as a unit slip', () => {
    const mutated = withAmount(
      seedDisclosure('002'),
      'income-summary',
      { name: '合计' },
      '本年收入/小计',
      '65703800.00',
    );
    const finding = onlyFinding(check, mutated);
    expect(finding.message).toContain('单位可能写错');
  });

  it('compares tables printed in different units in 元, within the rounding of the 万元 figure, and says so', () => {
    expect(run(basicInYuan('11360500.00')).findings).toEqual([]);
    expect(run(basicInYuan('11360549.00')).findings).toEqual([]);
    const finding = onlyFinding(check, basicInYuan('11360551.00'));
    expect(finding).toMatchObject({
      location: { tableKind: 'general-budget-expenditure', column: '基本支出' },
      expected: '1136.0551',
      actual: '1136.05',
      difference: '-0.0051',
      unit: '万元',
      tolerance: '0.005',
    });
    expect(finding.message).toContain('11360551.00 元');
    expect(finding.message).toContain('已按 0.005 万元 的舍入误差比较');
  });

  it('checks the Jiangsu 收支总表 支出用途 rows against the 支出总表 columns', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(check, clean, 'expenditure-summary', () => true, '基本支出', '17132.19');
    expect(finding).toMatchObject({
      location: { ...rowIndexOf(clean, 'income-expenditure-summary', { name: '一、基本支出' }), page: 11 },
      expected: '17132.19',
      actual: '17123.19',
      difference: '-9.00',
    });
  });

  it('checks the Jiangsu 财政拨款收支总表 基本支出 against the 基本支出表 合计', async () => {
    const clean = await realDisclosure(REAL_FILES.procuratorate2018);
    const finding = findingAfter(
      check,
      clean,
      'general-budget-basic-expenditure',
      { name: '合计' },
      '金额',
      '13979.29',
    );
    expect(finding).toMatchObject({
      location: rowIndexOf(clean, 'fiscal-grant-summary', { name: '一、基本支出' }),
      expected: '13979.29',
      actual: '13979.92',
      difference: '0.63',
    });
  });

  it('finds the 普陀区财政局 决算 208 printed 326.71 in both 收支总表 and 326.72 in the detail tables', async () => {
    const disclosure = await realDisclosure(REAL_FILES.putuoFinal2024);
    const { findings } = run(disclosure);
    expect(
      findings.map((finding) => [cellOf(finding).tableKind, finding.actual, finding.expected, finding.difference]),
    ).toEqual([
      ['income-expenditure-summary', '326.71', '326.72', '-0.01'],
      ['fiscal-grant-summary', '326.71', '326.72', '-0.01'],
    ]);
    expect(findings[1]!.related[0]).toMatchObject({
      tableKind: 'general-budget-expenditure',
      rowLabel: '208 社会保障和就业支出',
      page: 15,
    });
  });

  it('checks the 一般公共预算支出表 基本支出 against 人员经费合计 + 公用经费合计 of a 决算 基本支出表', async () => {
    const clean = await realDisclosure(REAL_FILES.putuoFinal2024);
    const mutated = withAmount(
      clean,
      'general-budget-basic-expenditure',
      { name: '人员经费合计' },
      '决算数',
      '2125.26',
    );
    // The file's own two 326.71 findings stay; one more is added.
    const added = run(mutated).findings.slice(2);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      location: { ...rowIndexOf(clean, 'general-budget-expenditure', { name: '合计' }), column: '基本支出' },
      expected: '2309.91',
      actual: '2336.91',
      difference: '27.00',
    });
  });
});
