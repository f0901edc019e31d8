// row-identities: along each row, a 合计/小计 column = Σ its sibling columns (收入总表, 支出总表,
// 一般公共预算支出表, 基本支出表, 财政拨款收支总表), and Jiangsu's listed 收入总表 adds up by group.

import { rule } from '../../src/lib/rules/row-identities';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const CLEAN = ['000', '002', '003', 'court2017', 'procuratorate2018', 'wanli2024', 'putuoFinal2024'] as const;
const clean = await disclosures(...CLEAN);
const [seed000, seed002, , court2017, procuratorate2018, wanli2024] = clean;

ruleTester(rule, {
  valid: CLEAN.map((id, index) => ({
    name: `${id}: rows add up across their columns`,
    input: clean[index]!,
    minComparisons: 3,
  })),
  invalid: [
    {
      name: 'a 基本支出 of the 支出总表 of seed 002 that its row 合计 does not match',
      input: () => withAmount(seed002!, 'expenditure-summary', { code: '2101550' }, '基本支出', '649.50'),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          data: {
            checked: '支出总表 2101550 事业运行行「合计」列',
            compared: '基本支出、项目支出、经营支出等 5 项之和',
            gap: '0.10 万元',
          },
          location: { ...rowIndexOf(seed002!, 'expenditure-summary', { code: '2101550' }), column: '合计' },
          expected: '651.21',
          actual: '651.11',
          difference: '-0.10',
          unit: '万元',
        },
      ],
    },
    {
      name: '人员经费 that the 基本支出 小计 of the 一般公共预算支出表 (seed 000) does not match',
      input: () => withAmount(seed000!, 'general-budget-expenditure', { name: '合计' }, '基本支出/人员经费', '197.86'),
      findings: [
        {
          messageId: 'mismatch',
          location: {
            ...rowIndexOf(seed000!, 'general-budget-expenditure', { name: '合计' }),
            column: '基本支出/小计',
          },
          expected: '268.11',
          actual: '267.93',
          difference: '-0.18',
        },
      ],
    },
    {
      name: 'the one-row 支出总表 of a Jiangsu PDF (合计 = 基本 + 项目 + 单位预留机动经费 + 结转下年资金)',
      input: () => withAmount(court2017!, 'expenditure-summary', () => true, '单位预留机动经费', '128.92'),
      findings: [
        {
          messageId: 'mismatch',
          location: { row: 0, column: '合计', page: 13, tableKind: 'expenditure-summary' },
          expected: '28795.38',
          actual: '28849.38',
          difference: '54.00',
        },
      ],
    },
    {
      name: 'the group 小计 of a Jiangsu 收入总表 printed as a list',
      input: () => withAmount(procuratorate2018!, 'income-summary', { name: '其他资金/其他收入' }, '金额', '14.93'),
      findings: [
        {
          messageId: 'mismatch',
          location: rowIndexOf(procuratorate2018!, 'income-summary', { name: '其他资金/小计' }),
          expected: '14.93',
          actual: '14.39',
          difference: '-0.54',
        },
      ],
    },
    {
      name: '基本支出表 合计 = 人员经费 + 公用经费 in a table in 元 (万里街道)',
      input: () =>
        withAmount(
          wanli2024!,
          'general-budget-basic-expenditure',
          { name: '合计' },
          '一般公共预算基本支出/人员经费',
          '88537415',
        ),
      findings: [
        {
          messageId: 'mismatch',
          location: { column: '一般公共预算基本支出/合计', page: 30 },
          expected: '99705984',
          actual: '99706020',
          difference: '36',
          unit: '元',
        },
      ],
    },
  ],
});
