// procurement-arithmetic: 数量 × 单价 = 金额, and totals/品目大类/project rows = Σ what they head.

import { rule } from '../../src/lib/rules/procurement-arithmetic';
import type { TableRow } from '../../src/lib/model/disclosure';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const TOTAL_COLUMN = '政府采购金额/总计';
const JIANGSU = [
  'court2017',
  'court2018',
  'court2019',
  'procuratorate2017',
  'procuratorate2018',
  'partyOfficeTables',
] as const;
const jiangsu = await disclosures(...JIANGSU);
const [court2017, , court2019] = jiangsu;
const [seed000, seed001] = await disclosures('000', '001');
/** The 中心办公费 item of seed 001 priced at 2. */
const officeItem = (row: TableRow) => row.name === '中心办公费' && row.cells['单价'] === '2';

ruleTester(rule, {
  valid: [
    ...JIANGSU.map((id, index) => ({
      name: `${id}: 合计 = Σ 品目大类, 大类 = Σ projects, project = Σ items`,
      input: jiangsu[index]!,
      minComparisons: 13,
    })),
    { name: 'seed 001', input: seed001!, minComparisons: 3 },
    {
      name: 'seed 001 with a 数量 whose product stays within the rounding of the 单价',
      input: () => withAmount(seed001!, 'procurement', officeItem, '数量', '0.5'),
    },
    { name: 'seed 000 prints only blank 合计/小计', input: seed000!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'an item changed under its project row (PC服务器 in the 省法院2017 table)',
      input: () => withAmount(court2017!, 'procurement', { name: 'PC服务器' }, '总计', '34.00'),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'error',
          data: { compared: '各采购品目之和', expected: '284.00 万元' },
          location: rowIndexOf(court2017!, 'procurement', { name: '信息网络建设维护费/信息网络及软件购置更新' }),
          expected: '284.00',
          actual: '274.00',
          difference: '-10.00',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a 品目大类 changed against the 合计 and its projects (省法院2019 三、服务C)',
      input: () => withAmount(court2019!, 'procurement', { name: '三、服务C' }, '总计', '3059.78'),
      findings: [
        { messageId: 'mismatch', data: { compared: '各品目大类之和' }, expected: '5227.50', actual: '5227.59' },
        { messageId: 'mismatch', expected: '3059.87', actual: '3059.78' },
      ],
    },
    {
      name: 'the 合计 of seed 001 against its items',
      input: () => withAmount(seed001!, 'procurement', { name: '合计' }, TOTAL_COLUMN, '15.08'),
      findings: [{ messageId: 'mismatch', expected: '15.80', actual: '15.08' }],
    },
    {
      name: '数量 × 单价 against 金额 on an item of seed 001',
      input: () => withAmount(seed001!, 'procurement', officeItem, '数量', '1'),
      findings: [
        {
          messageId: 'mismatch',
          data: { compared: '数量 1 × 单价 2（「单价」）' },
          expected: '2.00',
          actual: '1.00',
          difference: '-1.00',
          location: { column: TOTAL_COLUMN },
        },
      ],
    },
  ],
});
