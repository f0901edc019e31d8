// empty-table-note: a table noted as empty that prints figures.

import { rule } from '../../src/lib/rules/empty-table-note';
import { disclosures } from '../helpers/disclosures';
import { ruleTester } from '../helpers/rule-tester';

const [seed000, seed003, putuoFinal2024, wanli2024] = await disclosures('000', '003', 'putuoFinal2024', 'wanli2024');

ruleTester(rule, {
  valid: [
    { name: 'seed 000: three empty tables, each noted 空表列示', input: seed000!, comparisons: 3 },
    { name: 'seed 003: the empty “三公” table among them', input: seed003!, comparisons: 4 },
    { name: '普陀区财政局2024决算: 「故本表无数据」 on two empty tables', input: putuoFinal2024!, comparisons: 2 },
    { name: 'a document without such notes', input: { ...seed000!, tables: [] }, notApplicable: true },
  ],
  invalid: [
    {
      name: '万里街道 p31: the “三公” and 机关运行经费 table prints 47.91 under 「故本表为空表」',
      input: wanli2024!,
      findings: [
        {
          messageId: 'filledDespiteNote',
          type: 'mismatch',
          severity: 'error',
          data: { amount: '47.91 万元' },
          location: { type: 'cell', tableKind: 'three-public-expenditure', row: 0, page: 31 },
        },
      ],
    },
  ],
});
