// three-public-vs-basic: 30217 公务接待费 and 30231 公务用车运行维护费 of the 基本支出表 within the “三公” table.

import { rule } from '../../src/lib/rules/three-public-vs-basic';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const [seed000, seed002, seed003, court2017, procuratorate2017, wanli2024] = await disclosures(
  '000',
  '002',
  '003',
  'court2017',
  'procuratorate2017',
  'wanli2024',
);
const BASIC_TOTAL = '一般公共预算基本支出/合计';

ruleTester(rule, {
  valid: [
    { name: 'seed 000', input: seed000! },
    { name: 'seed 002', input: seed002! },
    { name: '省法院2017', input: court2017! },
    { name: '省检察院2017', input: procuratorate2017! },
    { name: '万里街道: 元 against 万元', input: wanli2024!, comparisons: 2 },
    {
      name: '万里街道: 元 within the 万元 rounding (0.005 万元 = 50 元)',
      input: () => withAmount(wanli2024!, 'general-budget-basic-expenditure', { code: '30231' }, BASIC_TOTAL, '215650'),
    },
    { name: 'seed 003 has no filled “三公” table', input: seed003!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 30217 公务接待费 above the “三公” 公务接待费 (seed 000)',
      input: () => withAmount(seed000!, 'general-budget-basic-expenditure', { code: '30217' }, BASIC_TOTAL, '0.80'),
      findings: [
        {
          messageId: 'exceeds',
          type: 'exceeds',
          severity: 'warning',
          data: {
            checked: '一般公共预算基本支出表 30217 公务接待费行「一般公共预算基本支出/合计」列',
            printed: '0.80 万元',
            expected: '0.50 万元',
            gap: '0.30 万元',
            item: '公务接待费',
          },
          location: {
            ...rowIndexOf(seed000!, 'general-budget-basic-expenditure', { code: '30217' }),
            column: BASIC_TOTAL,
          },
          related: [rowIndexOf(seed000!, 'three-public-expenditure', { name: '三、公务接待费' })],
          expected: '0.50',
          actual: '0.80',
          difference: '0.30',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a 30231 above the one-row Jiangsu “三公” table',
      input: () => withAmount(court2017!, 'general-budget-basic-expenditure', { code: '30231' }, '金额', '340.40'),
      findings: [
        {
          messageId: 'exceeds',
          data: { item: '公务用车运行维护费' },
          location: { ...rowIndexOf(court2017!, 'general-budget-basic-expenditure', { code: '30231' }), page: 16 },
          related: [{ column: '“三公”经费/公务用车购置及运行维护费/公务用车运行维护费', page: 17 }],
          expected: '304.40',
          actual: '340.40',
          difference: '36.00',
        },
      ],
    },
    {
      name: '元 beyond the 万元 rounding, the tolerance stated',
      input: () => withAmount(wanli2024!, 'general-budget-basic-expenditure', { code: '30231' }, BASIC_TOTAL, '215651'),
      findings: [
        {
          messageId: 'exceeds',
          data: { tolerance: '50 元' },
          expected: '215600',
          actual: '215651',
          difference: '51',
          unit: '元',
          tolerance: '50',
        },
      ],
    },
  ],
});
