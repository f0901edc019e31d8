// hierarchy-sums: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every amount column of every 科目 table.

import { describe, expect, it } from 'vitest';
import type { Disclosure, StandardTable } from '../../src/lib/model/disclosure';
import { check } from '../../src/lib/rules/hierarchy-sums';
import { REAL_PDFS } from '../extract/real-pdf-expectations';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { cellOf, expectClean, findingAfter } from '../helpers/rule-cases';

const run = (disclosure: Disclosure) => check({ disclosure, figures: [] });

describe('hierarchy-sums', () => {
  it('finds nothing in the seeds and the Jiangsu files, whose 科目 tables add up, and counts what it compared', async () => {
    expectClean(check, await disclosures('000', '002', '003', 'court2017', 'procuratorate2018'), 21);
  });

  it('is not applicable without 科目 tables (seed 001)', () => {
    expect(run(seedDisclosure('001'))).toEqual({ applicable: false, comparisons: 0, findings: [] });
  });

  it('finds a 项 changed in the 收入总表 of seed 002 at its 款', () => {
    const clean = seedDisclosure('002');
    const finding = findingAfter(check, clean, 'income-summary', { code: '2101501' }, '合计', '295.34');
    expect(finding).toMatchObject({
      ruleId: 'hierarchy-sums',
      severity: 'error',
      location: {
        type: 'cell',
        ...tableRow(clean, 'income-summary', '21015'),
        column: '合计',
        rowLabel: '21015 医疗保障管理事务',
      },
      expected: '1427.07',
      actual: '1391.07',
      difference: '-36.00',
      unit: '万元',
    });
    expect(finding.message).toBe(
      '收入总表 21015 医疗保障管理事务行「合计」列 1391.07 万元，与所属各项之和 1427.07 万元不符，相差 36.00 万元',
    );
    expect(finding.related).toHaveLength(6);
  });

  it('finds a 款 changed in the 基本支出表 of a real Jiangsu PDF at its 类', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(check, clean, 'general-budget-basic-expenditure', { code: '30217' }, '金额', '60.72');
    expect(finding).toMatchObject({
      ruleId: 'hierarchy-sums',
      location: { ...tableRow(clean, 'general-budget-basic-expenditure', '302'), column: '金额', page: 15 },
      expected: '3538.37',
      actual: '3528.37',
      difference: '-10.00',
    });
  });

  it('tells a total written in 元 where 万元 is meant (×10000) as a unit slip', () => {
    const clean = seedDisclosure('003');
    const mutated = withAmount(clean, 'expenditure-summary', { code: '21015' }, '合计', '892.25');
    const { findings } = run(mutated);
    expect(findings.map((finding) => [cellOf(finding).rowLabel, finding.expected, finding.actual])).toEqual([
      ['210 卫生健康支出', '39581892.25', '48503500.00'],
      ['21015 医疗保障管理事务', '8922500.00', '892.25'],
    ]);
    expect(findings[1]!.message).toContain('单位可能写错');
    expect(findings[0]!.message).not.toContain('单位可能写错');
  });

  it('finds the 合计 rows printed 0.01 below their 类 and the 301/302 off their 款 in the 普陀区财政局 决算, as rounding-sized warnings', async () => {
    const { findings } = run(await realDisclosure(REAL_FILES.putuoFinal2024));
    expect(
      findings.map((finding) => [
        cellOf(finding).tableKind,
        cellOf(finding).column,
        finding.actual,
        finding.expected,
        finding.severity,
      ]),
    ).toEqual([
      ['income-summary', '本年收入合计', '2946.25', '2946.26', 'warning'],
      ['income-summary', '财政拨款收入', '2940.05', '2940.06', 'warning'],
      ['expenditure-summary', '本年支出合计', '2940.05', '2940.06', 'warning'],
      ['expenditure-summary', '基本支出', '2336.91', '2336.92', 'warning'],
      ['general-budget-expenditure', '合计', '2940.05', '2940.06', 'warning'],
      ['general-budget-expenditure', '基本支出', '2336.91', '2336.92', 'warning'],
      ['general-budget-basic-expenditure', '决算数', '2082.85', '2082.86', 'warning'],
      ['general-budget-basic-expenditure', '决算数', '171.07', '171.09', 'warning'],
    ]);
    expect(findings[0]!.message).toContain('疑为舍入所致');
    expect(findings.map((finding) => finding.difference)).toEqual([
      '-0.01',
      '-0.01',
      '-0.01',
      '-0.01',
      '-0.01',
      '-0.01',
      '-0.01',
      '-0.02',
    ]);
    expect(findings.every((finding) => finding.tolerance === undefined)).toBe(true);
  });

  it('checks 人员经费合计 = 301 + 303 and 公用经费合计 = 302 + 310 in the two-halves 基本支出决算表 (普陀区财政局)', async () => {
    const clean = await realDisclosure(REAL_FILES.putuoFinal2024);
    const mutated = withAmount(clean, 'general-budget-basic-expenditure', { name: '公用经费合计' }, '决算数', '184.56');
    const added = check({ disclosure: mutated, figures: [] }).findings.filter((finding) => finding.actual === '184.56');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      location: rowIndexOf(clean, 'general-budget-basic-expenditure', { name: '公用经费合计' }),
      expected: '184.65',
      difference: '-0.09',
    });
    expect(added[0]!.message).toContain('公用经费各类之和 184.65 万元');
  });

  it('finds the 301 and 302 of the 普陀区财政局 基本支出决算表 (as transcribed) off their 款', () => {
    const expected = REAL_PDFS.find((pdf) => pdf.file === REAL_FILES.putuoFinal2024)!.tables.find(
      (table) => table.kind === 'general-budget-basic-expenditure',
    )!;
    const table: StandardTable = {
      kind: expected.kind,
      title: expected.title,
      unit: expected.unit,
      empty: false,
      note: null,
      columns: ['决算数'],
      rows: expected.rows!.map((row) => ({
        seq: null,
        code: row.code ?? null,
        name: row.name,
        cells: row.cells,
        page: null,
      })),
      page: 16,
      blockIndex: 0,
    };
    const { findings } = run({ meta: seedDisclosure('002').meta, tables: [table], paragraphs: [], warnings: [] });
    expect(
      findings.map((finding) => [cellOf(finding).rowLabel, finding.actual, finding.expected, finding.difference]),
    ).toEqual([
      ['301 工资福利支出', '2082.85', '2082.86', '-0.01'],
      ['302 商品和服务支出', '171.07', '171.09', '-0.02'],
    ]);
  });

  it('reports the 万里街道 基本支出 codes printed a digit short (3012, 3017), which still count under 301', async () => {
    const disclosure = await realDisclosure(REAL_FILES.wanli2024);
    const { findings } = run(disclosure);
    expect(findings.map((finding) => [finding.severity, finding.message, finding.expected])).toEqual([
      ['warning', '一般公共预算基本支出表 科目编码 3012（津贴补贴）只有 4 位，款编码应为 5 位，疑为 30102', null],
      ['warning', '一般公共预算基本支出表 科目编码 3017（绩效工资）只有 4 位，款编码应为 5 位，疑为 30107', null],
    ]);
    expect(findings[0]!.location).toMatchObject({
      ...tableRow(disclosure, 'general-budget-basic-expenditure', '3012'),
      page: 29,
    });
  });
});

function tableRow(disclosure: Disclosure, kind: StandardTable['kind'], code: string) {
  return rowIndexOf(disclosure, kind, { code });
}
