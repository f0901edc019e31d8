// summary-item-sums: Σ income items = 本年收入合计, Σ 类 (and Σ 支出用途) = 本年支出合计, breakdowns add up.

import { expect } from 'vitest';
import { rule } from '../../src/lib/rules/summary-item-sums';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const CLEAN = ['000', '002', '003', 'court2017', 'partyOfficeTables', 'wanli2024', 'putuoFinal2024'] as const;
const clean = await disclosures(...CLEAN);
const [, seed002, , court2017, , , putuoFinal2024] = clean;

ruleTester(rule, {
  valid: CLEAN.map((id, index) => ({ name: `${id}: summary items add up`, input: clean[index]!, minComparisons: 5 })),
  invalid: [
    {
      name: 'a 类 of the 收支总表 of seed 002 changed by a cent, at 本年支出合计',
      input: () =>
        withAmount(
          seed002!,
          'income-expenditure-summary',
          { side: 'expenditure', code: '210' },
          '支出/预算数',
          '6371.24',
        ),
      findings: [
        {
          messageId: 'mismatch',
          type: 'rounding',
          data: {
            checked: '收支总表 本年支出合计',
            printed: '6570.38 万元',
            compared: '各类支出之和',
            expected: '6570.39 万元',
          },
          location: {
            ...rowIndexOf(seed002!, 'income-expenditure-summary', { name: '本年支出合计' }),
            column: '支出/预算数',
            side: 'expenditure',
          },
          expected: '6570.39',
          actual: '6570.38',
          difference: '-0.01',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a 支出用途 row of a Jiangsu 收支总表 that the 当年支出小计 does not match, the 类 still adding up',
      input: () =>
        withAmount(
          court2017!,
          'income-expenditure-summary',
          { name: '二、项目支出' },
          '支出/支出用途/金额',
          '11543.72',
        ),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          data: { compared: '各支出用途（基本支出、项目支出等）之和' },
          location: { ...rowIndexOf(court2017!, 'income-expenditure-summary', { name: '当年支出小计' }), page: 12 },
          expected: '28849.83',
          actual: '28849.38',
          difference: '-0.45',
        },
      ],
    },
    {
      name: '一、财政拨款 against its 1./2. rows, not counted twice in 当年收入小计',
      input: () =>
        withAmount(court2017!, 'income-expenditure-summary', { name: '1.一般公共预算' }, '收入/金额', '28000.00'),
      findings: [
        {
          messageId: 'mismatch',
          location: rowIndexOf(court2017!, 'income-expenditure-summary', { name: '一、财政拨款' }),
          expected: '28000.00',
          actual: '28849.38',
          difference: '849.38',
        },
      ],
    },
    {
      name: 'each fund column of the 财政拨款收支总表 (普陀区财政局 决算)',
      input: () =>
        withAmount(putuoFinal2024!, 'fiscal-grant-summary', { code: '210' }, '支出/一般公共预算财政拨款', '69.99'),
      findings: [
        {
          messageId: 'mismatch',
          data: { checked: expect.stringContaining('本年支出合计「一般公共预算财政拨款」') as string },
          location: {
            ...rowIndexOf(putuoFinal2024!, 'fiscal-grant-summary', { name: '本年支出合计' }),
            column: '支出/一般公共预算财政拨款',
          },
          expected: '2949.05',
          actual: '2940.05',
        },
      ],
    },
  ],
});
