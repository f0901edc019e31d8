// three-public-parts: the “三公” table's parts add up, by rows (seeds) or by columns (Jiangsu, Shanghai).

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { check } from '../../src/lib/rules/three-public-parts';
import { disclosures, REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { cellOf, expectClean, findingAfter } from '../helpers/rule-cases';

const run = (disclosure: Disclosure) => check({ disclosure, figures: [] });

describe('three-public-parts', () => {
  it('finds nothing in the seeds and the real PDFs, whose “三公” tables add up', async () => {
    expectClean(
      check,
      await disclosures('000', '002', 'court2017', 'procuratorate2017', 'wanli2024', 'putuoFinal2024'),
      1,
    );
    expect(run(seedDisclosure('002')).comparisons).toBe(10);
  });

  it('is not applicable where the “三公” table is empty (seed 003)', () => {
    expect(run(seedDisclosure('003'))).toEqual({ applicable: false, comparisons: 0, findings: [] });
  });

  it('finds a 公务用车运行维护费 row of seed 002 that 公务用车购置及运维费 and its 合计 column do not match', () => {
    const clean = seedDisclosure('002');
    const mutated = withAmount(
      clean,
      'three-public-expenditure',
      { name: '公务用车运行维护费' },
      '资金性质/合计',
      '3.24',
    );
    const { findings } = run(mutated);
    expect(
      findings.map((finding) => [cellOf(finding).row, finding.expected, finding.actual, finding.difference]),
    ).toEqual([
      [rowIndexOf(clean, 'three-public-expenditure', { name: '二、公务用车购置及运维费' }).row, '3.24', '3.42', '0.18'],
      [rowIndexOf(clean, 'three-public-expenditure', { name: '公务用车运行维护费' }).row, '3.42', '3.24', '-0.18'],
    ]);
    expect(findings[0]!.message).toBe(
      '“三公”经费支出表 二、公务用车购置及运维费行「资金性质/合计」列 3.42 万元，与公务用车购置费、公务用车运行维护费之和 3.24 万元不符，相差 0.18 万元',
    );
  });

  it('checks the one-row Jiangsu table across its columns: 小计 = 出国 + 车 + 接待', async () => {
    const clean = await realDisclosure(REAL_FILES.court2017);
    const finding = findingAfter(
      check,
      clean,
      'three-public-expenditure',
      () => true,
      '“三公”经费/公务接待费',
      '158.72',
    );
    expect(finding).toMatchObject({
      ruleId: 'three-public-parts',
      location: { row: 0, column: '“三公”经费/小计', page: 17 },
      expected: '643.12',
      actual: '670.12',
      difference: '27.00',
      unit: '万元',
    });
  });

  it('checks the Shanghai table: 公务用车购置及运行费 小计 = 购置费 + 运行费', async () => {
    const clean = await realDisclosure(REAL_FILES.wanli2024);
    const finding = findingAfter(
      check,
      clean,
      'three-public-expenditure',
      () => true,
      '2024年“三公”经费预算数/公务用车购置及运行费/购置费',
      '52',
    );
    expect(finding).toMatchObject({
      location: { column: '2024年“三公”经费预算数/公务用车购置及运行费/小计' },
      expected: '73.56',
      actual: '46.56',
      difference: '-27.00',
    });
  });
});
