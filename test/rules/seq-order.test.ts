// seq-order: 序号 unique and consecutive (each half of a 收支总表 counting its own lines).

import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/rules/seq-order';
import { disclosures, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { withRow } from '../helpers/mutate-row';
import { expectClean, onlyFinding, runOn } from '../helpers/rule-cases';

describe('seq-order', () => {
  it('finds nothing in seeds 002 and 003, two-sided 收支总表 included', async () => {
    expectClean(check, await disclosures('002', '003'), 300);
  });

  it('finds the 序号 20 printed twice in the 基本支出表 of seed 000 (a real defect)', () => {
    const clean = seedDisclosure('000');
    const finding = onlyFinding(check, clean);
    expect(finding).toMatchObject({
      ruleId: 'seq-order',
      severity: 'warning',
      location: {
        ...rowIndexOf(clean, 'general-budget-basic-expenditure', { code: '30239' }),
        rowLabel: '30239 其他交通费用',
      },
    });
    expect(finding.message).toBe('一般公共预算基本支出表 序号 20 重复：“公务用车运行维护费”与“其他交通费用”都编为 20');
  });

  it('is not applicable where the 序号 column holds names (seed 001, shifted columns)', () => {
    expect(runOn(check, seedDisclosure('001')).applicable).toBe(false);
  });

  it('finds a skipped and a repeated 序号 in the 收入总表 of seed 002', () => {
    const clean = seedDisclosure('002');
    const skipped = onlyFinding(check, withRow(clean, 'income-summary', { code: '2210201' }, { seq: '26' }));
    expect(skipped).toMatchObject({
      ruleId: 'seq-order',
      severity: 'warning',
      location: rowIndexOf(clean, 'income-summary', { code: '2210201' }),
    });
    expect(skipped.message).toBe('收入总表 序号跳过 25：序号 26（住房公积金）之前没有 25');
    const { findings } = runOn(check, withRow(clean, 'income-summary', { code: '2101506' }, { seq: '19' }));
    expect(findings.map((finding) => finding.message)).toEqual([
      '收入总表 序号 19 重复：“医疗保障政策管理”与“医疗保障经办事务”都编为 19',
      '收入总表 序号跳过 20：序号 21（事业运行）之前没有 20',
    ]);
  });
});
