// project-budget-sum: Σ 预算数 of the 项目绩效目标表 = 支出总表 合计 项目支出; 预算数 = 财政资金 + 其他资金.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { check, projectBudget } from '../../src/lib/rules/project-budget-sum';
import { seedDisclosure } from '../helpers/disclosures';
import { expectClean, runOn } from '../helpers/rule-cases';

/** Seed 002 with the 预算数 (and 财政资金) of project table `n` (0-based) printed as `amount`. */
function withProjectBudget(clean: Disclosure, n: number, amount: string, fiscalToo: boolean): Disclosure {
  const clone = structuredClone(clean);
  const table = clone.tables.filter((candidate) => candidate.kind === 'project-performance')[n]!;
  const budget = projectBudget(table)!;
  table.rows[budget.row]!.cells[budget.total!] = amount;
  if (fiscalToo) table.rows[budget.row]!.cells[budget.fiscal!] = amount;
  return clone;
}

describe('project-budget-sum', () => {
  it('finds Σ 预算数 of the 19 project tables of seed 002 equal to 项目支出 5434.33, and each 预算数 = 财政资金 (001 too)', () => {
    expectClean(check, [seedDisclosure('002'), seedDisclosure('001')], 6);
    expect(runOn(check, seedDisclosure('002')).comparisons).toBe(20);
  });

  it('is not applicable without project tables (seed 000, 004)', () => {
    expect(runOn(check, seedDisclosure('000')).applicable).toBe(false);
    expect(runOn(check, seedDisclosure('004')).applicable).toBe(false);
  });

  it('finds a 预算数 that its 财政资金 does not make up', () => {
    const { findings } = runOn(check, withProjectBudget(seedDisclosure('002'), 1, '358.00', false));
    expect(findings.map((finding) => [finding.ruleId, finding.expected, finding.actual, finding.difference])).toEqual([
      ['project-budget-sum', '385.00', '358.00', '-27.00'],
      ['project-budget-sum', '5407.33', '5434.33', '27.00'],
    ]);
    expect(findings[0]!.message).toContain('财政资金与其他资金之和 385.00 万元');
  });

  it('finds the project tables not adding up to 项目支出, saying it assumes every project has a table', () => {
    const { findings } = runOn(check, withProjectBudget(seedDisclosure('002'), 5, '3593.32', true));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'project-budget-sum',
      severity: 'warning',
      expected: '5488.33',
      actual: '5434.33',
      difference: '-54.00',
      unit: '万元',
    });
    expect(findings[0]!.message).toMatch(
      /^支出总表 合计行「项目支出」列 5434.33 万元，与19 张项目绩效目标表的预算数之和 5488.33 万元不符，相差 54.00 万元；此项比较假定每个项目/,
    );
  });
});
