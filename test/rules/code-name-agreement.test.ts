// code-name-agreement: a 科目 code carries the same name in every table.

import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/rules/code-name-agreement';
import { disclosures, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { withRow } from '../helpers/mutate-row';
import { expectClean, onlyFinding, runOn } from '../helpers/rule-cases';

describe('code-name-agreement', () => {
  it('finds nothing where every code keeps its name (seeds, Jiangsu and Shanghai files)', async () => {
    expectClean(
      check,
      await disclosures('000', '002', '003', 'court2017', 'procuratorate2018', 'wanli2024', 'putuoFinal2024'),
      38,
    );
  });

  it('is not applicable without codes in two tables (seed 001)', () => {
    expect(runOn(check, seedDisclosure('001'))).toEqual({ applicable: false, comparisons: 0, findings: [] });
  });

  it('ignores spaces and bracket widths', async () => {
    const [clean] = await disclosures('002');
    expect(
      runOn(check, withRow(clean!, 'expenditure-summary', { code: '21015' }, { name: '医疗保障 管理事务' })).findings,
    ).toEqual([]);
  });

  it('finds 21015 renamed in the 支出总表 of seed 002 against the 收入总表 and the 一般公共预算支出表', () => {
    const clean = seedDisclosure('002');
    const finding = onlyFinding(
      check,
      withRow(clean, 'expenditure-summary', { code: '21015' }, { name: '医疗保险管理事务' }),
    );
    expect(finding).toMatchObject({
      ruleId: 'code-name-agreement',
      severity: 'warning',
      location: {
        type: 'cell',
        ...rowIndexOf(clean, 'expenditure-summary', { code: '21015' }),
        rowLabel: '21015 医疗保险管理事务',
      },
      related: [rowIndexOf(clean, 'income-summary', { code: '21015' })],
      expected: null,
    });
    expect(finding.message).toBe(
      '科目编码 21015 在支出总表中名为“医疗保险管理事务”，在收入总表中名为“医疗保障管理事务”，同一编码名称不一致',
    );
  });
});
