// cross-table-totals: the 收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表 and 基本支出表
// agree on the figures they share, across units.

import type { Disclosure } from '../../src/lib/model/disclosure';
import { rule } from '../../src/lib/rules/cross-table-totals';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester';

const [seed000, seed001, seed002, seed003, court2017, procuratorate2018, wanli2024, putuoFinal2024] = await disclosures(
  '000',
  '001',
  '002',
  '003',
  'court2017',
  'procuratorate2018',
  'wanli2024',
  'putuoFinal2024',
);

/** Seed 002 with its 基本支出表 reprinted in 元 and its 合计 row set to `total` 元. */
function basicInYuan(total: string): Disclosure {
  const clone = structuredClone(seed002!);
  const basic = clone.tables.find((table) => table.kind === 'general-budget-basic-expenditure')!;
  basic.unit = '元';
  for (const row of basic.rows) {
    for (const [column, amount] of Object.entries(row.cells))
      row.cells[column] = (Number(amount.replace('.', '')) * 100).toFixed(2);
  }
  basic.rows[0]!.cells['一般公共预算基本支出/合计'] = total;
  return clone;
}

/**
 * The 普陀区财政局 决算 prints 208 as 326.71 in both summaries and 326.72 (= its 4 rounded 项
 * 84.65 + 160.75 + 80.38 + 0.94) in the detail tables: within their rounding, a warning.
 */
const putuo208 = (tableKind: string): ExpectedFinding => ({
  messageId: 'mismatch',
  type: 'rounding',
  severity: 'warning',
  location: { tableKind },
  actual: '326.71',
  expected: '326.72',
  difference: '-0.01',
  data: { parts: 4, rounding: '0.02 万元' },
});

ruleTester(rule, {
  valid: [
    { name: 'seed 000', input: seed000!, minComparisons: 6 },
    { name: 'seed 002', input: seed002!, comparisons: 12 },
    { name: 'seed 003', input: seed003!, minComparisons: 6 },
    { name: '省法院2017', input: court2017!, minComparisons: 6 },
    { name: '省检察院2018', input: procuratorate2018!, minComparisons: 6 },
    { name: '万里街道', input: wanli2024!, minComparisons: 6 },
    { name: 'a 基本支出表 in 元 that agrees exactly', input: () => basicInYuan('11360500.00') },
    { name: 'a 基本支出表 in 元 within the rounding of the 万元 figure', input: () => basicInYuan('11360549.00') },
    { name: 'seed 001 has no standard tables', input: seed001!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 支出总表 合计 that the 收支总表 本年支出合计 does not match (seed 002)',
      input: () => withAmount(seed002!, 'expenditure-summary', { name: '合计' }, '合计', '6570.83'),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          data: { checked: '收支总表 本年支出合计', compared: '支出总表 合计行「合计」列', expected: '6570.83 万元' },
          location: {
            ...rowIndexOf(seed002!, 'income-expenditure-summary', { name: '本年支出合计' }),
            column: '支出/预算数',
          },
          related: 1,
          expected: '6570.83',
          actual: '6570.38',
          difference: '-0.45',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a 类 of the 支出总表 that the 收支总表 prints otherwise (seed 002)',
      input: () => withAmount(seed002!, 'expenditure-summary', { code: '210' }, '合计', '6317.23'),
      findings: [
        {
          messageId: 'mismatch',
          location: rowIndexOf(seed002!, 'income-expenditure-summary', { side: 'expenditure', code: '210' }),
          expected: '6317.23',
          actual: '6371.23',
          difference: '54.00',
        },
      ],
    },
    {
      name: 'a 收入总表 小计 written in 元 in a table in 万元: a unit slip',
      input: () => withAmount(seed002!, 'income-summary', { name: '合计' }, '本年收入/小计', '65703800.00'),
      findings: [{ messageId: 'mismatch', type: 'unit-slip' }],
    },
    {
      name: 'tables in different units compared in 元 beyond the rounding of the 万元 figure, with the tolerance stated',
      input: () => basicInYuan('11360551.00'),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          data: { expected: '11360551.00 元', tolerance: '0.005 万元' },
          location: { tableKind: 'general-budget-expenditure', column: '基本支出' },
          expected: '1136.0551',
          actual: '1136.05',
          difference: '-0.0051',
          unit: '万元',
          tolerance: '0.005',
        },
      ],
    },
    {
      name: 'the Jiangsu 收支总表 支出用途 rows against the 支出总表 columns',
      input: () => withAmount(court2017!, 'expenditure-summary', () => true, '基本支出', '17132.19'),
      findings: [
        {
          messageId: 'mismatch',
          location: { ...rowIndexOf(court2017!, 'income-expenditure-summary', { name: '一、基本支出' }), page: 11 },
          expected: '17132.19',
          actual: '17123.19',
          difference: '-9.00',
        },
      ],
    },
    {
      name: 'the Jiangsu 财政拨款收支总表 基本支出 against the 基本支出表 合计',
      input: () =>
        withAmount(procuratorate2018!, 'general-budget-basic-expenditure', { name: '合计' }, '金额', '13979.29'),
      findings: [
        {
          messageId: 'mismatch',
          location: rowIndexOf(procuratorate2018!, 'fiscal-grant-summary', { name: '一、基本支出' }),
          expected: '13979.29',
          actual: '13979.92',
          difference: '0.63',
        },
      ],
    },
    {
      name: 'the 普陀区财政局 决算 208 printed 326.71 in both 收支总表 and 326.72 in the detail tables',
      input: putuoFinal2024!,
      findings: [putuo208('income-expenditure-summary'), putuo208('fiscal-grant-summary')],
    },
    {
      name: '普陀区财政局 决算 edited: a 类 of the 支出总表 (208 → 326.75) beyond the rounding of its 4 项 is an error',
      input: () => withAmount(putuoFinal2024!, 'expenditure-summary', { code: '208' }, '本年支出合计', '326.75'),
      only: (finding) =>
        finding.location.type === 'cell' && finding.location.tableKind === 'income-expenditure-summary',
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'error',
          location: { tableKind: 'income-expenditure-summary' },
          actual: '326.71',
          expected: '326.75',
          difference: '-0.04',
        },
      ],
    },
    {
      name: 'the 一般公共预算支出表 基本支出 against 人员经费合计 + 公用经费合计 of a 决算 基本支出表',
      input: () =>
        withAmount(putuoFinal2024!, 'general-budget-basic-expenditure', { name: '人员经费合计' }, '决算数', '2125.26'),
      findings: [
        putuo208('income-expenditure-summary'),
        putuo208('fiscal-grant-summary'),
        {
          messageId: 'mismatch',
          location: {
            ...rowIndexOf(putuoFinal2024!, 'general-budget-expenditure', { name: '合计' }),
            column: '基本支出',
          },
          expected: '2309.91',
          actual: '2336.91',
          difference: '27.00',
        },
      ],
    },
  ],
});
