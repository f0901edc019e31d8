// operating-costs-scope: the text's 机关运行经费 within its 基本支出, and equal to its 公用经费.

import { rule } from '../../src/lib/rules/operating-costs-scope';
import { disclosures } from '../helpers/disclosures';
import { ruleTester } from '../helpers/rule-tester';

const [seed000, seed001, seed002, seed003, procuratorate2017, procuratorate2018, court2019, wanli2024] =
  await disclosures('000', '001', '002', '003', 'procuratorate2017', 'procuratorate2018', 'court2019', 'wanli2024');

ruleTester(rule, {
  valid: [
    { name: 'seed 000: 机关运行经费 70.25 = 日常公用经费 70.25', input: seed000!, withFigures: true, comparisons: 2 },
    { name: 'seed 002', input: seed002!, withFigures: true, comparisons: 2 },
    { name: 'seed 003', input: seed003!, withFigures: true, comparisons: 2 },
    { name: '2018年省检察院: 2722.57 = 公用经费', input: procuratorate2018!, withFigures: true },
    { name: '江苏省高级人民法院2019', input: court2019!, withFigures: true },
    {
      name: '万里街道 states no 基本支出 or 公用经费 in words',
      input: wanli2024!,
      withFigures: true,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'seed 001: 机关运行经费 281.58 above the whole 基本支出 236.08',
      input: seed001!,
      withFigures: true,
      findings: [
        {
          messageId: 'exceedsBasic',
          type: 'exceeds',
          severity: 'warning',
          data: { operating: '281.58 万元', basic: '236.08 万元', gap: '45.50 万元' },
          location: { type: 'text', quote: '281.58万元' },
          related: 1,
          expected: '236.08',
          actual: '281.58',
          difference: '45.50',
          unit: '万元',
        },
      ],
    },
    {
      name: '2017年省检察院 counts project running costs too (as its text says): a hint only',
      input: procuratorate2017!,
      withFigures: true,
      findings: [
        {
          messageId: 'differsFromPublicUse',
          type: 'mismatch',
          severity: 'info',
          data: { operating: '6032.55 万元', publicUse: '2598.06 万元', gap: '3434.49 万元' },
          location: { type: 'text', page: 22 },
          expected: '2598.06',
          actual: '6032.55',
          difference: '3434.49',
        },
      ],
    },
  ],
});
