// text-vs-tables: the figures of the explanation text against the cells of the standard tables.

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/model/finding';
import { check } from '../../src/lib/rules/text-vs-tables';
import { REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';
import { editedSeed, withFigures } from '../helpers/edited-seed';

const figuresOf = (f: Finding) => [
  f.ruleId,
  f.severity,
  f.location.type === 'text' ? f.location.quote : null,
  f.expected,
  f.actual,
  f.difference,
  f.unit,
];

describe('text-vs-tables', () => {
  it('finds the text of seeds 000, 002 and 003 in their tables (003: tables in 元, text in 万元)', () => {
    const outcomes = (['000', '002', '003'] as const).map((id) => check(withFigures(seedDisclosure(id))));
    expect(outcomes.map((o) => [o.applicable, o.findings.length])).toEqual([
      [true, 0],
      [true, 0],
      [true, 0],
    ]);
    expect(outcomes.map((o) => o.comparisons)).toEqual([15, 16, 11]);
  });

  it('finds the text of the Jiangsu 法院 2018 and 普陀 2024 files in their tables', async () => {
    for (const file of [REAL_FILES.court2018, REAL_FILES.court2019, REAL_FILES.wanli2024]) {
      const outcome = check(withFigures(await realDisclosure(file)));
      expect([file, outcome.applicable, outcome.findings]).toEqual([file, true, []]);
      expect(outcome.comparisons).toBeGreaterThan(10);
    }
  });

  it('is not applicable to documents without tables (seed 004, the Jiangsu 公开文件)', async () => {
    expect(check(withFigures(seedDisclosure('004')))).toEqual({ applicable: false, comparisons: 0, findings: [] });
    expect(check(withFigures(await realDisclosure(REAL_FILES.partyOfficeText))).applicable).toBe(false);
  });

  it('reports a 基本支出 of seed 002 changed in the text, in the text’s unit, pointing at the cell', () => {
    const outcome = check(withFigures(editedSeed('002', '其中基本支出1136.05万元', '其中基本支出1163.05万元')));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['text-vs-tables', 'error', '1163.05万元', '1136.05', '1163.05', '27.00', '万元'],
    ]);
    const [finding] = outcome.findings;
    expect(finding!.message).toBe(
      '说明中基本支出为 1163.05 万元，部门预算支出总表“合计”为 1136.05 万元，相差 27.00 万元',
    );
    expect(finding!.related).toMatchObject([
      { type: 'cell', tableKind: 'expenditure-summary', rowLabel: '合计', column: '基本支出' },
    ]);
  });

  it('compares seed 003’s 万元 text with its 元 tables, and reports a changed 人员经费 in 万元', () => {
    const outcome = check(withFigures(editedSeed('003', '包括人员经费461.28万元', '包括人员经费416.28万元')));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['text-vs-tables', 'error', '416.28万元', '461.28', '416.28', '-45.00', '万元'],
    ]);
    expect(outcome.findings[0]!.message).toBe(
      '说明中人员经费为 416.28 万元，部门预算一般公共预算财政拨款基本支出表“合计”为 4612800.00 元，即 461.28 万元，相差 45.00 万元',
    );
  });

  it('reports 元 written for 万元 as a unit slip (seed 000: 日常公用经费70.25元)', () => {
    const outcome = check(withFigures(editedSeed('000', '和日常公用经费70.25万元', '和日常公用经费70.25元')));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['text-vs-tables', 'error', '70.25元', '702500.00', '70.25', '-702429.75', '元'],
    ]);
    expect(outcome.findings[0]!.message).toContain('相差一万倍，疑为单位错写');
  });

  it('compares at the printed precision: `2万` equals 2.00, but `2.1万` does not', () => {
    expect(check(withFigures(seedDisclosure('000'))).findings).toEqual([]);
    const outcome = check(withFigures(editedSeed('000', '其中：公车运行维护费2万、', '其中：公车运行维护费2.1万、')));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['text-vs-tables', 'error', '2.1万', '2.0', '2.1', '0.1', '万元'],
    ]);
  });

  it('finds 检察院2017’s 基本支出 12323.46 (the table prints 12323.48)', async () => {
    const outcome = check(withFigures(await realDisclosure(REAL_FILES.procuratorate2017)));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['text-vs-tables', 'error', '12323.46 万元', '12323.48', '12323.46', '-0.02', '万元'],
    ]);
  });

  it('finds 普陀 2024 决算’s 财政拨款收入支出总计0.3万元 against the printed 总计 2961.68', async () => {
    const outcome = check(withFigures(await realDisclosure(REAL_FILES.putuoFinal2024)));
    expect(outcome.findings.map(figuresOf)).toEqual([
      ['text-vs-tables', 'error', '0.3万元', '2961.7', '0.3', '-2961.4', '万元'],
    ]);
    expect(outcome.findings[0]!.related[0]).toMatchObject({ tableKind: 'fiscal-grant-summary', rowLabel: '总计' });
  });
});
