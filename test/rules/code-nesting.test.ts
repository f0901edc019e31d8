// code-nesting: codes of 3/5/7 (经济分类 3/5) digits, each 款/项 under its parent printed above it.

import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/rules/code-nesting';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf } from '../helpers/mutate';
import { withRow } from '../helpers/mutate-row';
import { expectClean, onlyFinding, runOn } from '../helpers/rule-cases';

describe('code-nesting', () => {
  it('finds nothing in the seeds and real files, whose codes nest', async () => {
    expectClean(
      check,
      await disclosures('000', '002', '003', 'court2017', 'court2019', 'procuratorate2017', 'putuoFinal2024'),
      140,
    );
  });

  it('leaves the 万里街道 codes printed a digit short (3012, 3017) to hierarchy-sums', async () => {
    const outcome = runOn(check, await realDisclosure(REAL_FILES.wanli2024));
    expect(outcome.findings).toEqual([]);
    expect(outcome.applicable).toBe(true);
  });

  it('is not applicable to a file without 科目 tables (seed 001)', () => {
    expect(runOn(check, seedDisclosure('001')).applicable).toBe(false);
  });

  it('finds a 款 whose 类 is not printed (30217 changed to 30917 in the 省法院2017 基本支出表)', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = onlyFinding(
      check,
      withRow(clean, 'general-budget-basic-expenditure', { code: '30217' }, { code: '30917' }),
    );
    expect(finding).toMatchObject({
      ruleId: 'code-nesting',
      severity: 'warning',
      location: {
        ...rowIndexOf(clean, 'general-budget-basic-expenditure', { code: '30217' }),
        rowLabel: '30917 公务接待费',
        page: 16,
      },
    });
    expect(finding.message).toBe('一般公共预算基本支出表 款 30917（公务接待费）的上级类 309 未在表中列出');
  });

  it('finds a 7-digit code in the 经济分类 基本支出表 and a 项 printed above its 款 (seed 002)', () => {
    const clean = seedDisclosure('002');
    const long = onlyFinding(
      check,
      withRow(clean, 'general-budget-basic-expenditure', { code: '30101' }, { code: '3010101' }),
    );
    expect(long.message).toBe(
      '一般公共预算基本支出表 科目编码 3010101（基本工资）有 7 位，经济分类编码应为 3 位或 5 位',
    );
    const moved = withRow(clean, 'expenditure-summary', { code: '21015' }, { code: '21099' });
    const finding = runOn(check, moved).findings.find((candidate) => candidate.message.includes('2101501'));
    expect(finding?.message).toMatch(/^支出总表 项 2101501（.+）的上级款 21015 未在表中列出$/);
  });
});
