// project-budget-sum: Σ 预算数 of the 项目绩效目标表 = 支出总表 合计 项目支出; 预算数 = 财政资金 + 其他资金.

import type { Disclosure } from '../../src/lib/model/disclosure';
import { projectBudget, rule } from '../../src/lib/rules/project-budget-sum';
import { seedDisclosure } from '../helpers/disclosures';
import { ruleTester } from '../helpers/rule-tester';

/** Seed 002 with the 预算数 (and 财政资金) of project table `n` (0-based) printed as `amount`. */
function withProjectBudget(n: number, amount: string, fiscalToo: boolean): Disclosure {
  const clone = structuredClone(seedDisclosure('002'));
  const table = clone.tables.filter((candidate) => candidate.kind === 'project-performance')[n]!;
  const budget = projectBudget(table)!;
  table.rows[budget.row]!.cells[budget.total!] = amount;
  if (fiscalToo) table.rows[budget.row]!.cells[budget.fiscal!] = amount;
  return clone;
}

ruleTester(rule, {
  valid: [
    {
      name: 'seed 002: Σ 预算数 of the 19 project tables = 项目支出 5434.33, each 预算数 = 财政资金',
      input: () => seedDisclosure('002'),
      comparisons: 20,
    },
    { name: 'seed 001', input: () => seedDisclosure('001'), minComparisons: 6 },
    { name: 'seed 000 has no project tables', input: () => seedDisclosure('000'), notApplicable: true },
    { name: 'seed 004 has no 预算 project tables', input: () => seedDisclosure('004'), notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 预算数 that its 财政资金 does not make up, and so the sum of the tables',
      input: () => withProjectBudget(1, '358.00', false),
      findings: [
        {
          messageId: 'mismatch',
          data: { compared: '财政资金与其他资金之和', expected: '385.00 万元' },
          expected: '385.00',
          actual: '358.00',
          difference: '-27.00',
        },
        { messageId: 'mismatch', expected: '5407.33', actual: '5434.33', difference: '27.00' },
      ],
    },
    {
      name: 'the project tables not adding up to 项目支出, saying it assumes every project has a table',
      input: () => withProjectBudget(5, '3593.32', true),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'warning',
          data: {
            checked: '支出总表 合计行「项目支出」列',
            printed: '5434.33 万元',
            compared: '19 张项目绩效目标表的预算数之和',
            expected: '5488.33 万元',
            gap: '54.00 万元',
          },
          expected: '5488.33',
          actual: '5434.33',
          difference: '-54.00',
          unit: '万元',
        },
      ],
    },
  ],
});
