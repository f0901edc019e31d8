// summary-balance: 收入总计 = 支出总计, 总计 = 本年合计 + carry-over, per side; 本年收入合计 = 本年支出合计
// unless the carry-over accounts for the gap (a 决算).

import { rule } from '../../src/lib/rules/summary-balance';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const CLEAN = ['000', '002', '003', 'court2018', 'partyOfficeTables', 'wanli2024'] as const;
const clean = await disclosures(...CLEAN);
const [, seed002, seed003, court2018] = clean;
const [seed004, putuoFinal2024] = await disclosures('004', 'putuoFinal2024');

ruleTester(rule, {
  valid: [
    ...CLEAN.map((id, index) => ({
      name: `${id}: both summaries balance (Jiangsu 当年收入小计/收入合计, Shanghai 收入总计 only)`,
      input: clean[index]!,
      ...(id === '002' ? { comparisons: 9 } : { minComparisons: 2 }),
    })),
    {
      // 本年收入合计 2946.25 ≠ 本年支出合计 2940.05 is the carry-over change: 2946.25 + 年初结转和结余 49.14
      // = 总计 2995.39 = 2940.05 + 年末结转和结余 55.34.
      name: '普陀区财政局 2024 决算 (real): balances through 年初/年末结转和结余',
      input: putuoFinal2024!,
      minComparisons: 3,
    },
    { name: 'seed 004 has no 收支总表', input: seed004!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 上年结转结余 that the 收入总计 of seed 002 does not include',
      input: () =>
        withAmount(
          seed002!,
          'income-expenditure-summary',
          { side: 'income', name: '上年结转结余' },
          '收入/预算数',
          '100.00',
        ),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'error',
          data: {
            checked: '收支总表 收入总计',
            printed: '6570.38 万元',
            compared: '本年收入合计、上年结转结余之和',
            expected: '6670.38 万元',
            gap: '100.00 万元',
          },
          location: {
            ...rowIndexOf(seed002!, 'income-expenditure-summary', { side: 'income', name: '收入总计' }),
            column: '收入/预算数',
            side: 'income',
          },
          related: 2,
          expected: '6670.38',
          actual: '6570.38',
          difference: '-100.00',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a 结转下年资金 that the 支出合计 of a Jiangsu PDF does not include',
      input: () =>
        withAmount(
          court2018!,
          'income-expenditure-summary',
          { side: 'expenditure', name: '结转下年资金' },
          '支出/支出用途/金额',
          '10.00',
        ),
      findings: [
        {
          messageId: 'mismatch',
          location: {
            ...rowIndexOf(court2018!, 'income-expenditure-summary', { side: 'expenditure', name: '支出合计' }),
            page: 10,
          },
          expected: '33182.15',
          actual: '33172.15',
          difference: '-10.00',
        },
      ],
    },
    {
      name: 'a 本年支出合计 written in 万元 in a table in 元 (seed 003): a unit slip, both ways',
      input: () =>
        withAmount(seed003!, 'income-expenditure-summary', { name: '本年支出合计' }, '支出/预算数', '4899.32'),
      findings: [
        { messageId: 'mismatch', type: 'unit-slip', expected: '48993200.00', actual: '4899.32', unit: '元' },
        { messageId: 'mismatch', type: 'unit-slip', expected: '4899.32', actual: '48993200.00', unit: '元' },
      ],
    },
    {
      name: '普陀区财政局 2024 决算 (real): 本年支出合计 + 年末结转和结余 55.34 edited to 55.43 no longer reaches the 总计',
      input: () =>
        withAmount(
          putuoFinal2024!,
          'income-expenditure-summary',
          { side: 'expenditure', name: '年末结转和结余' },
          '支出/决算数',
          '55.43',
        ),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'error',
          data: { checked: '收支总表 总计', compared: '本年支出合计、结余分配、年末结转和结余之和' },
          location: {
            ...rowIndexOf(putuoFinal2024!, 'income-expenditure-summary', { side: 'expenditure', name: '总计' }),
            column: '支出/决算数',
          },
          expected: '2995.48',
          actual: '2995.39',
          difference: '-0.09',
        },
      ],
    },
  ],
});
