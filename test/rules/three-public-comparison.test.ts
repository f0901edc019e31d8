// three-public-comparison: a file's own “三公” comparison table (本年/上年/增减) against the standard
// “三公” table and the previous-year figures of the text. Only seed 000 (涞水县医疗保障局 2021)
// prints such a table; the passing case is that table edited to agree with the rest of the file.

import type { Disclosure } from '../../src/lib/model/disclosure';
import { rule } from '../../src/lib/rules/three-public-comparison';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const [seed000, seed002, court2017] = await disclosures('000', '002', 'court2017');
const TITLE = '四、财政拨款“三公”经费预算情况及增减变化原因';

/** Seed 000 with its comparison table's vehicle purchase left out, as in the standard table and the text. */
function agreeing(disclosure: Disclosure): Disclosure {
  const clone = structuredClone(disclosure);
  const table = clone.tables.find((candidate) => candidate.title === TITLE)!;
  const row = (name: string) => table.rows.find((candidate) => candidate.name === name)!.cells;
  const purchase = row('公务用车购置经费');
  delete purchase['2020年度预算'];
  delete purchase['2021年度预算'];
  Object.assign(row('合计'), { '2020年度预算': '4.00', '2021年度预算': '2.50' });
  return clone;
}

const comparisonTable = () => seed000!.tables.findIndex((table) => table.title === TITLE);

ruleTester(rule, {
  valid: [
    { name: 'seed 000 with the comparison table agreeing', input: () => agreeing(seed000!), withFigures: true },
    { name: 'seed 002 prints no comparison table', input: seed002!, withFigures: true, notApplicable: true },
    { name: '省法院2017 neither', input: court2017!, withFigures: true, notApplicable: true },
  ],
  invalid: [
    {
      name: 'seed 000: 14 万元 公务用车购置 and a total of 16.50 against 2.50; 2020 total 19.00 against the text’s 4.00',
      input: seed000!,
      withFigures: true,
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'warning',
          location: { type: 'cell', table: comparisonTable(), column: '2021年度预算' },
          related: [rowIndexOf(seed000!, 'three-public-expenditure', { name: '其中：公务用车购置费' })],
          expected: '0',
          actual: '14',
          difference: '14',
          unit: '万元',
        },
        {
          messageId: 'mismatch',
          location: { type: 'cell', table: comparisonTable(), column: '2021年度预算' },
          related: [rowIndexOf(seed000!, 'three-public-expenditure', { name: '“三公”经费小计' })],
          expected: '2.50',
          actual: '16.50',
          difference: '14.00',
        },
        {
          messageId: 'previousYearText',
          type: 'text-vs-table',
          data: { subject: '“三公”经费', stated: '4.00 万元', gap: '15.00 万元' },
          location: { type: 'cell', table: comparisonTable(), column: '2020年度预算' },
          related: [{ type: 'text', quote: '4.00万元' }],
          expected: '4.00',
          actual: '19.00',
          difference: '15.00',
        },
      ],
    },
  ],
});
