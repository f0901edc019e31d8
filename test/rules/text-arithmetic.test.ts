// text-arithmetic: the explanation text's own claims, on real text (seeds, real PDFs) and on seed
// text with one number edited.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/model/finding';
import { check } from '../../src/lib/rules/text-arithmetic';
import { REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { editedSeed, withFigures } from '../helpers/edited-seed';

const figuresOf = (f: Finding) => [
  f.severity,
  f.location.type === 'text' ? f.location.quote : null,
  f.expected,
  f.actual,
  f.difference,
  f.unit,
];

describe('text-arithmetic', () => {
  it('finds nothing wrong in seeds 002 and 003, whose changes, parts and shares add up', () => {
    for (const id of ['002', '003'] as const) {
      const outcome = check(withFigures(seedDisclosure(id)));
      expect([id, outcome.applicable, outcome.findings]).toEqual([id, true, []]);
    }
    expect(check(withFigures(seedDisclosure('002'))).comparisons).toBe(6);
  });

  it('seed 002: a total change its components do not add up to (edited 406.20 → 406.10)', () => {
    const outcome = check(withFigures(editedSeed('002', '较2023年预算减少406.20万元', '较2023年预算减少406.10万元')));
    expect(outcome.findings.map(figuresOf)).toEqual([['error', '406.10万元', '-406.20', '-406.10', '0.10', '万元']]);
    expect(outcome.findings[0]!.ruleId).toBe('text-arithmetic');
    expect(outcome.findings[0]!.message).toBe(
      '说明中预算收支安排减少 406.10 万元，但其构成 基本支出增加 66.56 万元、项目支出减少 472.76 万元 合计为 -406.2 万元',
    );
  });

  it('seed 000: 减少12717.97万元 while 基本支出 +8.78 and 项目支出 −12797 make −12788.22', () => {
    const outcome = check(withFigures(seedDisclosure('000')));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['error', '12717.97万元', '-12788.22', '-12717.97', '70.25', '万元'],
    ]);
  });

  it('seed 001: `较上年123829.67万元增加2566.91万元` against 16396.58 this year', () => {
    const outcome = check(withFigures(seedDisclosure('001')));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['error', '2566.91万元', '-107433.09', '2566.91', '110000.00', '万元'],
    ]);
    expect(outcome.findings[0]!.message).toBe(
      '说明中预算收支安排增加 2566.91 万元，但本年 16396.58 万元 与上年 123829.67 万元 相差 -107433.09 万元',
    );
  });

  it('seed 004: 元 written for 万元, the growth rate it breaks, and 小微企业 above the 中小企业 it is part of', () => {
    const outcome = check(withFigures(seedDisclosure('004')));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['error', '125.58元', '1255800.00', '125.58', '-1255674.42', '元'],
      ['error', '12.46%', '8.27', '12.46', '4.19', null],
      ['error', '0万元', '0', '10.05', '10.05', '万元'],
    ]);
  });

  it('seed 004 edited: a share that is not part / whole (基本支出 340.53 of 460.66 is 73.92%, not 73.29%)', () => {
    const outcome = check(withFigures(editedSeed('004', '占73.92%', '占73.29%')));
    expect(outcome.findings.map(figuresOf)).toContainEqual(['error', '73.29%', '73.92', '73.29', '-0.63', null]);
  });

  it('seed 002 edited: 基本支出 that is not 人员经费 + 日常公用经费', () => {
    const outcome = check(withFigures(editedSeed('002', '和日常公用经费150.11万元', '和日常公用经费150.21万元')));
    expect(outcome.findings.map(figuresOf)).toEqual([['error', '1136.05万元', '1136.05', '1136.15', '0.10', '万元']]);
  });

  it('检察院2017: the “三公” shares printed 18.85/54.43/26.72% compute to 18.82/54.39/26.79% of 584.35', async () => {
    const outcome = check(withFigures(await realDisclosure(REAL_FILES.procuratorate2017)));
    const shares = outcome.findings.filter((f) => f.unit === null && f.message.includes('“三公”经费'));
    expect(shares.map((f) => [f.expected, f.actual])).toEqual([
      ['18.82', '18.85'],
      ['54.39', '54.43'],
      ['26.79', '26.72'],
    ]);
    expect(shares[0]!.message).toBe(
      '说明中因公出国（境）费 110 万元 占 18.85%，但占“三公”经费 584.35 万元（110 + 317.8 + 156.55）的比例为 18.82%',
    );
  });

  it('法院2017: 单位预留机动经费 182.92 of 28849.38 is 0.63%, not 0.64%', async () => {
    const outcome = check(withFigures(await realDisclosure(REAL_FILES.court2017)));
    expect(
      outcome.findings.map((f) => [f.location.type === 'text' && f.location.quote, f.expected, f.actual]),
    ).toContainEqual(['0.64%', '0.63', '0.64']);
  });

  it('法院2019 and 委办公厅: one share each, off by 0.01; 普陀 决算: 71.73% of 2940.05 is 71.65%', async () => {
    const court = check(withFigures(await realDisclosure(REAL_FILES.court2019)));
    expect(court.findings.map(figuresOf)).toEqual([['error', '16.93%', '16.92', '16.93', '0.01', null]]);
    const office = check(withFigures(await realDisclosure(REAL_FILES.partyOfficeText)));
    expect(office.findings.map(figuresOf)).toEqual([['error', '80.92%', '80.91', '80.92', '0.01', null]]);
    const putuo = check(withFigures(await realDisclosure(REAL_FILES.putuoFinal2024)));
    expect(putuo.findings.map(figuresOf)).toContainEqual(['error', '71.73%', '71.65', '71.73', '0.08', null]);
  });
});
