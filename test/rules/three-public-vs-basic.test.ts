// three-public-vs-basic: 30217 公务接待费 and 30231 公务用车运行维护费 of the 基本支出表 within the “三公” table.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { check } from '../../src/lib/rules/three-public-vs-basic';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { expectClean, findingAfter, onlyFinding } from '../helpers/rule-cases';

const run = (disclosure: Disclosure) => check({ disclosure, figures: [] });

describe('three-public-vs-basic', () => {
  it('finds nothing where basic spending stays within the “三公” figures, across units (万里街道: 元 against 万元)', async () => {
    expectClean(check, await disclosures('000', '002', 'court2017', 'procuratorate2017', 'wanli2024'), 1);
    expect(run(await realDisclosure(REAL_FILES.wanli2024)).comparisons).toBe(2);
  });

  it('is not applicable without a filled “三公” table (seed 003)', () => {
    expect(run(seedDisclosure('003')).applicable).toBe(false);
  });

  it('warns of a 30217 公务接待费 above the “三公” 公务接待费 (seed 000)', () => {
    const clean = seedDisclosure('000');
    const finding = findingAfter(
      check,
      clean,
      'general-budget-basic-expenditure',
      { code: '30217' },
      '一般公共预算基本支出/合计',
      '0.80',
    );
    expect(finding).toMatchObject({
      ruleId: 'three-public-vs-basic',
      severity: 'warning',
      location: {
        ...rowIndexOf(clean, 'general-budget-basic-expenditure', { code: '30217' }),
        column: '一般公共预算基本支出/合计',
      },
      expected: '0.50',
      actual: '0.80',
      difference: '0.30',
      unit: '万元',
    });
    expect(finding.related[0]).toMatchObject(rowIndexOf(clean, 'three-public-expenditure', { name: '三、公务接待费' }));
    expect(finding.message).toMatch(
      /^一般公共预算基本支出表 30217 公务接待费行「一般公共预算基本支出\/合计」列 0.80 万元，超过“三公”经费支出表 三、公务接待费行「.*」列 0.50 万元，多出 0.30 万元；/,
    );
  });

  it('warns of a 30231 above the one-row Jiangsu “三公” table', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(check, clean, 'general-budget-basic-expenditure', { code: '30231' }, '金额', '340.40');
    expect(finding).toMatchObject({
      location: { ...rowIndexOf(clean, 'general-budget-basic-expenditure', { code: '30231' }), page: 16 },
      related: [{ column: '“三公”经费/公务用车购置及运行维护费/公务用车运行维护费', page: 17 }],
      expected: '304.40',
      actual: '340.40',
      difference: '36.00',
    });
  });

  it('compares 元 with 万元 within the 万元 rounding (0.005 万元 = 50 元), and states the tolerance', async () => {
    const clean = await realDisclosure(REAL_FILES.wanli2024);
    const column = '一般公共预算基本支出/合计';
    expect(
      run(withAmount(clean, 'general-budget-basic-expenditure', { code: '30231' }, column, '215650')).findings,
    ).toEqual([]);
    const finding = onlyFinding(
      check,
      withAmount(clean, 'general-budget-basic-expenditure', { code: '30231' }, column, '215651'),
    );
    expect(finding).toMatchObject({
      expected: '215600',
      actual: '215651',
      difference: '51',
      unit: '元',
      tolerance: '50',
    });
  });
});
