// The 决算 against the same year's 预算, and a 单位 document against its 部门's. ../shared has no
// real pair of either, so each starts from the real 普陀区财政局 2024 决算 (pp. 21–24): its 预算
// counterpart is made of the 年初预算 figures the 决算 quotes, its 单位 counterpart is the same document
// relabelled; each failing case then changes one printed figure.

import { describe, expect, it } from 'vitest';
import { checkAcrossDocuments } from '../../src/lib/cross-document';
import { check as checkBudget } from '../../src/lib/cross-document/budget-and-outturn';
import { check as checkUnit } from '../../src/lib/cross-document/department-and-unit';
import { budgetOutturnPairs, departmentUnitPairs } from '../../src/lib/cross-document/pairs';
import type { NarrativeFigure } from '../../src/lib/model/narrative-figure';
import type { DocumentReport } from '../../src/lib/model/report';
import { realReport } from '../helpers/real-reports';

const outturn = await realReport('putuoFinal2024');

/** The 预算 the 决算 quotes: its 年初预算 figures as a 预算 document's own values. */
function budgetOf(report: DocumentReport): DocumentReport {
  const figures = report.figures.flatMap((figure): NarrativeFigure[] => {
    if (figure.basis !== 'budget') return [];
    const { basis: _quoted, ...value } = figure;
    return [value];
  });
  return {
    ...report,
    source: { ...report.source, name: '上海市普陀区财政局2024年度部门预算.pdf' },
    meta: { ...report.meta, kind: '预算' },
    figures,
    findings: [],
  };
}

/** The report with the first value figure of `subject` and basis printed as `amount`. */
function withValue(
  report: DocumentReport,
  subject: string,
  basis: NarrativeFigure['basis'],
  amount: string,
): DocumentReport {
  const index = report.figures.findIndex(
    (figure) => figure.subject === subject && figure.relation === 'value' && figure.basis === basis,
  );
  expect(index).toBeGreaterThanOrEqual(0);
  return { ...report, figures: report.figures.map((figure, i) => (i === index ? { ...figure, amount } : figure)) };
}

const unitOf = (report: DocumentReport): DocumentReport => ({
  ...report,
  source: { ...report.source, name: '上海市普陀区财政局（本级）2024年度单位决算.pdf' },
  meta: { ...report.meta, scope: '单位' },
});

describe('budget-and-outturn', () => {
  it('pairs a 决算 with the same organisation’s 预算 of its year, not of another year', () => {
    const budget = budgetOf(outturn);
    const otherYear = { ...budget, meta: { ...budget.meta, year: 2023 } };
    expect(budgetOutturnPairs([budget, outturn]).map((pair) => pair.current.meta.kind)).toEqual(['决算']);
    expect(budgetOutturnPairs([otherYear, outturn])).toEqual([]);
  });

  it('finds the 年初预算 the 决算 quotes (一般公共预算财政拨款支出 2993.92, “三公” 0.95) in the 预算 (passing)', () => {
    const outcome = checkBudget({ current: outturn, previous: budgetOf(outturn) });
    // Two quoted budgets, and the “三公” outturn 0.00 within its 0.95.
    expect(outcome.comparisons).toBe(3);
    expect(outcome.findings).toEqual([]);
  });

  it('flags a quoted 年初预算 the 预算 does not print (预算 edited to 3000.00)', () => {
    const budget = withValue(budgetOf(outturn), 'general-budget-grant', undefined, '3000.00');
    const { findings } = checkBudget({ current: outturn, previous: budget });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'budget-and-outturn',
      messageId: 'budgetMismatch',
      severity: 'warning',
      type: 'cross-document',
      expected: '3000.00',
      actual: '2993.92',
      difference: '-6.08',
      unit: '万元',
      data: { quoted: '2993.92', published: '3000.00' },
      location: { document: outturn.source.name, location: { type: 'text', page: 21 } },
    });
    expect(findings[0]!.related[0]!.document).toBe(budget.source.name);
  });

  it('tells a “三公” outturn above the year’s budget as info (决算 edited to 1.20 against 0.95)', () => {
    const spent = withValue(outturn, 'three-public', undefined, '1.20');
    const { findings } = checkBudget({ current: spent, previous: budgetOf(outturn) });
    expect(findings.map((finding) => [finding.messageId, finding.severity, finding.actual, finding.expected])).toEqual([
      ['overBudget', 'info', '1.20', '0.95'],
    ]);
    expect(findings[0]!.difference).toBe('0.25');
  });
});

describe('department-and-unit', () => {
  it('pairs a 单位 document with its 部门 document of the same year and kind', () => {
    const unit = unitOf(outturn);
    expect(departmentUnitPairs([outturn, unit]).map((pair) => pair.current.meta.scope)).toEqual(['单位']);
    expect(departmentUnitPairs([outturn, budgetOf(unit)])).toEqual([]);
  });

  it('passes a 单位 whose figures equal its 部门’s (a department of one unit)', () => {
    const outcome = checkUnit({ current: unitOf(outturn), previous: outturn });
    expect(outcome.comparisons).toBeGreaterThan(3);
    expect(outcome.findings).toEqual([]);
  });

  it('flags a 单位 figure above its 部门’s (单位 “三公” edited to 0.50 against 0.00)', () => {
    const unit = withValue(unitOf(outturn), 'three-public', undefined, '0.50');
    const { findings } = checkUnit({ current: unit, previous: outturn });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'department-and-unit',
      messageId: 'unitExceedsDepartment',
      severity: 'error',
      actual: '0.50',
      expected: '0.00',
      difference: '0.50',
      related: [{ document: outturn.source.name }],
    });
  });

  it('runs every check over the pairs it applies to when the documents are opened together', () => {
    const result = checkAcrossDocuments([
      outturn,
      budgetOf(outturn),
      withValue(unitOf(outturn), 'three-public', undefined, '0.50'),
    ]);
    const statuses = Object.fromEntries(result.checks.map((check) => [check.ruleId, check.status]));
    expect(statuses).toEqual({
      'previous-year-changes': 'not-applicable',
      'budget-and-outturn': 'passed',
      'department-and-unit': 'failed',
    });
  });
});
