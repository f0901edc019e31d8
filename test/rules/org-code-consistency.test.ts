// org-code-consistency: the organisation code printed above each table.

import { rule } from '../../src/lib/rules/org-code-consistency';
import { disclosures } from '../helpers/disclosures';
import { ruleTester } from '../helpers/rule-tester';

const [seed000, seed001, seed002, seed003, court2017] = await disclosures('000', '001', '002', '003', 'court2017');
const procurement = seed001!.tables.findIndex((table) => table.kind === 'procurement');

ruleTester(rule, {
  valid: [
    { name: 'seed 000: 「[450]涞水县医疗保障局」 and 「450涞水县医疗保障局」 are one code', input: seed000! },
    { name: 'seed 002: 「320 香河县医疗保障局」 on every table', input: seed002! },
    { name: 'seed 003: 「414 馆陶县医疗保障局」 on every table', input: seed003! },
    { name: '省法院2017 prints no codes', input: court2017!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'seed 001: 450002 on the 采购 table, 450003 on the six 绩效目标表',
      input: seed001!,
      findings: [
        {
          messageId: 'otherCode',
          type: 'mismatch',
          severity: 'warning',
          data: { name: '怀来县医疗保险中心', code: '450002', usual: '450003', count: 6 },
          location: { type: 'cell', table: procurement, tableKind: 'procurement' },
          related: 6,
        },
      ],
    },
  ],
});
