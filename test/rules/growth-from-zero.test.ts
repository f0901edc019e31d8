// growth-from-zero: a growth percentage stated on a previous year of zero.

import { rule } from '../../src/lib/rules/growth-from-zero';
import { disclosures } from '../helpers/disclosures';
import { ruleTester } from '../helpers/rule-tester';

const [seed004, procuratorate2018, court2018, court2019, wanli2024] = await disclosures(
  '004',
  'procuratorate2018',
  'court2018',
  'court2019',
  'wanli2024',
);

ruleTester(rule, {
  valid: [
    { name: 'seed 004', input: seed004!, withFigures: true },
    { name: '2018年省检察院', input: procuratorate2018!, withFigures: true, minComparisons: 10 },
    { name: '江苏省高级人民法院2019', input: court2019!, withFigures: true, minComparisons: 10 },
  ],
  invalid: [
    {
      name: '万里街道 p7: 2023年 0.00 万元 → 25.00 万元 「增加100.00%」',
      input: wanli2024!,
      withFigures: true,
      findings: [
        {
          messageId: 'rateOnZero',
          type: 'mismatch',
          severity: 'info',
          data: { current: '25.00 万元', rate: '100.00%' },
          location: { type: 'text', quote: '100.00%', page: 7 },
          related: 1,
        },
      ],
    },
    {
      name: '省法院2018 p20: 「增加 1326.81 万元，增长100%」 on 1326.81 万元, and the same for 530.72',
      input: court2018!,
      withFigures: true,
      findings: [
        { messageId: 'rateOnZero', data: { current: '1326.81 万元', rate: '100%' }, location: { page: 20 } },
        { messageId: 'rateOnZero', data: { current: '530.72 万元', rate: '100%' }, location: { page: 20 } },
      ],
    },
  ],
});
