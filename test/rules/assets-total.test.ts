// assets-total: 资产总额 = Σ the numbered parts of the 固定资产占用情况表.

import { rule } from '../../src/lib/rules/assets-total';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const VALUE = '价值（金额单位：万元）';
const [seed000, seed001, seed002, seed003, seed004, court2017] = await disclosures(
  '000',
  '001',
  '002',
  '003',
  '004',
  'court2017',
);

ruleTester(rule, {
  valid: [
    { name: 'seed 000', input: seed000! },
    { name: 'seed 001 (资产总额 42.43 = 4、其他固定资产 42.43)', input: seed001! },
    { name: 'seed 002', input: seed002! },
    { name: 'seed 003', input: seed003! },
    {
      name: 'seed 000 with a 其中 row changed: 其中 rows are not parts',
      input: () => withAmount(seed000!, 'assets', { name: '其中：办公用房（平方米）' }, VALUE, '5.00'),
    },
    { name: 'seed 004 has no asset table', input: seed004!, notApplicable: true },
    { name: 'a Jiangsu file has no asset table', input: court2017!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'the 资产总额 of seed 001 changed',
      input: () => withAmount(seed001!, 'assets', { name: '资产总额' }, VALUE, '42.34'),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'error',
          data: {
            compared: '1、房屋、2、车辆、3、单价在20万元以上设备、4、其他固定资产之和',
            expected: '42.43 万元',
            gap: '0.09 万元',
          },
          location: { ...rowIndexOf(seed001!, 'assets', { name: '资产总额' }), column: VALUE },
          expected: '42.43',
          actual: '42.34',
          difference: '-0.09',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a part changed in seed 002 (车辆 41.42)',
      input: () => withAmount(seed002!, 'assets', { name: '2、车辆（台、辆）' }, VALUE, '41.24'),
      findings: [{ messageId: 'mismatch', expected: '283.27', actual: '283.45', difference: '0.18' }],
    },
    {
      name: 'a numbered part changed in seed 000',
      input: () => withAmount(seed000!, 'assets', { name: '4、其他固定资产' }, VALUE, '9.61'),
      findings: [{ messageId: 'mismatch', expected: '20.67', actual: '20.22' }],
    },
    {
      name: 'an unnumbered part of seed 003 (数量 summed only where every part prints one)',
      input: () => withAmount(seed003!, 'assets', { name: '通用设备' }, '价值（金额单位：元）', '14940'),
      findings: [
        {
          messageId: 'mismatch',
          data: { compared: '通用设备、家具、用具、装具及动植物之和' },
          expected: '18230',
          actual: '17780',
          unit: '元',
        },
      ],
    },
  ],
});
