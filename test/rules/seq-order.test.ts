// seq-order: 序号 unique and consecutive (each half of a 收支总表 counting its own lines).

import { rule } from '../../src/lib/rules/seq-order';
import { seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { withRow } from '../helpers/mutate-row';
import { ruleTester } from '../helpers/rule-tester';

const seed000 = seedDisclosure('000');
const seed002 = seedDisclosure('002');

ruleTester(rule, {
  valid: [
    { name: 'seed 002, its two-sided 收支总表 included', input: seed002, minComparisons: 300 },
    { name: 'seed 003', input: () => seedDisclosure('003'), minComparisons: 300 },
    {
      name: 'a seven-digit 序号 is no row number: that table is left out, not counted up to it',
      input: () => withRow(seed002, 'income-summary', { code: '2210201' }, { seq: '1234567' }),
    },
    {
      name: 'seed 001: the 序号 column holds names (shifted columns)',
      input: () => seedDisclosure('001'),
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: 'the 序号 20 printed twice in the 基本支出表 of seed 000 (a real defect)',
      input: seed000,
      findings: [
        {
          messageId: 'repeated',
          type: 'duplicate',
          severity: 'warning',
          data: { where: '一般公共预算基本支出表', seq: '20', previous: '公务用车运行维护费', label: '其他交通费用' },
          location: {
            ...rowIndexOf(seed000, 'general-budget-basic-expenditure', { code: '30239' }),
            rowLabel: '30239 其他交通费用',
          },
        },
      ],
    },
    {
      name: 'a skipped 序号 in the 收入总表 of seed 002',
      input: () => withRow(seed002, 'income-summary', { code: '2210201' }, { seq: '26' }),
      findings: [
        {
          messageId: 'skipped',
          type: 'missing',
          severity: 'warning',
          data: { table: '收入总表', missing: 25, next: '26', name: '住房公积金' },
          location: rowIndexOf(seed002, 'income-summary', { code: '2210201' }),
        },
      ],
    },
    {
      name: 'several 序号 skipped at once are one finding',
      input: () => withRow(seed002, 'income-summary', { code: '2210201' }, { seq: '29' }),
      findings: [
        { messageId: 'skipped', data: { table: '收入总表', missing: '25–28', next: '29', name: '住房公积金' } },
      ],
    },
    {
      name: 'a huge 序号 after the last row is one finding, found without counting through the gap',
      input: () => withRow(seed002, 'income-summary', { code: '2210201' }, { seq: '999999' }),
      findings: [{ messageId: 'skipped', data: { missing: '25–999998', next: '999999' } }],
    },
    {
      name: 'a repeated 序号 in the 收入总表 of seed 002, which also leaves one out',
      input: () => withRow(seed002, 'income-summary', { code: '2101506' }, { seq: '19' }),
      findings: [
        {
          messageId: 'repeated',
          data: { where: '收入总表', seq: '19', previous: '医疗保障政策管理', label: '医疗保障经办事务' },
        },
        { messageId: 'skipped', data: { missing: 20, next: '21', name: '事业运行' } },
      ],
    },
  ],
});
