// procurement-arithmetic: 数量 × 单价 = 金额, and totals/品目大类/project rows = Σ what they head.

import { describe, expect, it } from 'vitest';
import { check } from '../../src/lib/rules/procurement-arithmetic';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { expectClean, findingAfter, onlyFinding, runOn } from '../helpers/rule-cases';

const TOTAL_COLUMN = '政府采购金额/总计';

describe('procurement-arithmetic', () => {
  it('finds nothing in the Jiangsu procurement tables (合计 = Σ 品目大类, 大类 = Σ projects, project = Σ items) and seed 001', async () => {
    expectClean(
      check,
      await disclosures(
        'court2017',
        'court2018',
        'court2019',
        'procuratorate2017',
        'procuratorate2018',
        'partyOfficeTables',
      ),
      13,
    );
    expectClean(check, await disclosures('001'), 3);
  });

  it('is not applicable without a filled procurement table (seed 000 prints only blank 合计/小计)', () => {
    expect(runOn(check, seedDisclosure('000')).applicable).toBe(false);
  });

  it('finds an item changed under its project row (PC服务器 in the 省法院2017 table)', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(check, clean, 'procurement', { name: 'PC服务器' }, '总计', '34.00');
    expect(finding).toMatchObject({
      ruleId: 'procurement-arithmetic',
      severity: 'error',
      location: rowIndexOf(clean, 'procurement', { name: '信息网络建设维护费/信息网络及软件购置更新' }),
      expected: '284.00',
      actual: '274.00',
      difference: '-10.00',
      unit: '万元',
    });
    expect(finding.message).toContain('与各采购品目之和 284.00 万元不符');
  });

  it('finds a 品目大类 changed against the 合计 and its projects (省法院2019 三、服务C)', async () => {
    const clean = await realDisclosure(REAL_FILES.court2019);
    const { findings } = runOn(check, withAmount(clean, 'procurement', { name: '三、服务C' }, '总计', '3059.78'));
    expect(
      findings.map((finding) => [finding.expected, finding.actual, finding.message.includes('各品目大类之和')]),
    ).toEqual([
      ['5227.50', '5227.59', true],
      ['3059.87', '3059.78', false],
    ]);
  });

  it('finds the 合计 of seed 001 against its items, and 数量 × 单价 against 金额 on an item', () => {
    const clean = seedDisclosure('001');
    expect(findingAfter(check, clean, 'procurement', { name: '合计' }, TOTAL_COLUMN, '15.08')).toMatchObject({
      expected: '15.80',
      actual: '15.08',
    });
    const row = (table: { name: string; cells: Record<string, string> }) =>
      table.name === '中心办公费' && table.cells['单价'] === '2';
    expect(runOn(check, withAmount(clean, 'procurement', row, '数量', '0.5')).findings).toEqual([]);
    const finding = onlyFinding(check, withAmount(clean, 'procurement', row, '数量', '1'));
    expect(finding).toMatchObject({
      expected: '2.00',
      actual: '1.00',
      difference: '-1.00',
      location: { column: TOTAL_COLUMN },
    });
    expect(finding.message).toContain('数量 1 × 单价 2');
  });
});
