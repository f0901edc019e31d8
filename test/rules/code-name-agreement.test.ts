// code-name-agreement: a 科目 code carries the same name in every table.

import { rule } from '../../src/lib/rules/code-name-agreement';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { withRow } from '../helpers/mutate-row';
import { ruleTester } from '../helpers/rule-tester';

const documents = ['000', '002', '003', 'court2017', 'procuratorate2018', 'wanli2024', 'putuoFinal2024'] as const;
const clean = await disclosures(...documents);
const [seed001] = await disclosures('001');
const seed002 = clean[1]!;

ruleTester(rule, {
  valid: [
    ...documents.map((id, index) => ({ name: `${id}: every code keeps its name`, input: clean[index]! })),
    {
      name: 'spaces and bracket widths do not count',
      input: () => withRow(seed002, 'expenditure-summary', { code: '21015' }, { name: '医疗保障 管理事务' }),
    },
    { name: 'seed 001 has no codes in two tables', input: seed001!, notApplicable: true },
  ],
  invalid: [
    {
      name: '21015 renamed in the 支出总表 of seed 002, against the 收入总表',
      input: () => withRow(seed002, 'expenditure-summary', { code: '21015' }, { name: '医疗保险管理事务' }),
      findings: [
        {
          messageId: 'nameDiffers',
          type: 'mismatch',
          severity: 'warning',
          data: {
            code: '21015',
            table: '支出总表',
            name: '医疗保险管理事务',
            referenceTable: '收入总表',
            referenceName: '医疗保障管理事务',
          },
          location: {
            type: 'cell',
            ...rowIndexOf(seed002, 'expenditure-summary', { code: '21015' }),
            rowLabel: '21015 医疗保险管理事务',
          },
          related: 1,
          expected: null,
        },
      ],
    },
  ],
});
