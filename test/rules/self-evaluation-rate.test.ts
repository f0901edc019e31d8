// self-evaluation-rate: 绩效自评表 执行率 = 全年执行数 B ÷ 全年预算数 A at the printed decimals.

import { rateColumns, rule } from '../../src/lib/rules/self-evaluation-rate';
import { seedDisclosure } from '../helpers/disclosures';
import { ruleTester } from '../helpers/rule-tester';

const seed004 = seedDisclosure('004');
const table = seed004.tables.find((candidate) => candidate.kind === 'project-performance')!;
const columns = rateColumns(table)!;
const row = table.rows.findIndex((candidate) => candidate.name.includes('年度资金总额'));

/** Seed 004 with the 全年执行数 of its 年度资金总额 row changed to 18.68. */
function withActual() {
  const clone = structuredClone(seed004);
  clone.tables.find((candidate) => candidate.kind === 'project-performance')!.rows[row]!.cells[columns.actual] =
    '18.68';
  return clone;
}

ruleTester(rule, {
  valid: [
    { name: 'seed 004: 18.86 ÷ 20 = 94.30% in both 资金情况 rows', input: seed004, minComparisons: 2 },
    { name: 'seed 002: 预算 project tables have no rates', input: () => seedDisclosure('002'), notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 全年执行数 the printed rate does not match',
      input: withActual,
      findings: [
        {
          messageId: 'rateMismatch',
          type: 'mismatch',
          severity: 'error',
          data: { printed: '94.30%', actual: '18.68', budget: '20', expected: '93.40', gap: '0.90' },
          location: { type: 'cell', row, column: columns.rate },
          expected: '93.40',
          actual: '94.30',
          difference: '0.90',
        },
      ],
    },
  ],
});
