// self-evaluation-rate: 绩效自评表 执行率 = 全年执行数 B ÷ 全年预算数 A at the printed decimals.

import { describe, expect, it } from 'vitest';
import { check, rateColumns } from '../../src/lib/rules/self-evaluation-rate';
import { seedDisclosure } from '../helpers/disclosures';
import { expectClean, runOn } from '../helpers/rule-cases';

describe('self-evaluation-rate', () => {
  it('finds 18.86 ÷ 20 = 94.30% in both 资金情况 rows of seed 004', () => {
    expectClean(check, [seedDisclosure('004')], 2);
  });

  it('is not applicable to 预算 project tables (seed 002)', () => {
    expect(runOn(check, seedDisclosure('002')).applicable).toBe(false);
  });

  it('finds a 全年执行数 the printed rate does not match', () => {
    const clone = structuredClone(seedDisclosure('004'));
    const table = clone.tables.find((candidate) => candidate.kind === 'project-performance')!;
    const columns = rateColumns(table)!;
    const row = table.rows.findIndex((candidate) => candidate.name.includes('年度资金总额'));
    table.rows[row]!.cells[columns.actual] = '18.68';
    const { findings } = runOn(check, clone);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'self-evaluation-rate',
      severity: 'error',
      expected: '93.40',
      actual: '94.30',
      difference: '0.90',
    });
    expect(findings[0]!.location).toMatchObject({ type: 'cell', row, column: columns.rate });
    expect(findings[0]!.message).toContain('执行率印为 94.30%，而全年执行数 18.68 ÷ 全年预算数 20 = 93.40%');
  });
});
