// The summary header's figures on seed 002 (香河 2024) and the 2017 court PDF, hand-checked
// against the printed tables, and the completeness score's parts; none for a city's own report.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { scoreCompleteness } from '../../src/lib/summary/completeness';
import { summarizeReport } from '../../src/lib/summary/summarize';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { readReport } from '../helpers/reports';
import { REAL_DIR, REAL_OTHER_DIR, seedPath, SEED_FILES } from '../helpers/shared-files';

/** A city's own report from ../shared/real-other, inspected as the page and the CLI do. */
const governmentReportFile = (name: string) =>
  inspectFile(name, new Uint8Array(readFileSync(`${REAL_OTHER_DIR}${name}`)), { pdfAssets: nodePdfAssets() });

let seed002: DocumentReport;
let seed004: DocumentReport;
let court2017: DocumentReport;
beforeAll(async () => {
  [seed002, seed004, court2017] = await Promise.all([
    inspectFile(SEED_FILES['002'], new Uint8Array(readFileSync(seedPath('002')))),
    inspectFile(SEED_FILES['004'], new Uint8Array(readFileSync(seedPath('004')))),
    inspectFile(
      '省法院2017年度部门预算公开.pdf',
      new Uint8Array(readFileSync(`${REAL_DIR}省法院2017年度部门预算公开.pdf`)),
      {
        pdfAssets: nodePdfAssets(),
      },
    ),
  ]);
}, 120_000);

describe('summarizeReport', () => {
  it('reads seed 002 totals, 基本/项目 with shares and 三公 exactly in 万元', () => {
    const summary = summarizeReport(seed002);
    expect(summary).toMatchObject({
      orgName: '香河县医疗保障局',
      year: 2024,
      kind: '预算',
      scope: '部门',
      unit: '万元',
    });
    expect(summary.income).toEqual({ amount: '6570.38', source: '部门预算收支总表' });
    expect(summary.expenditure?.amount).toBe('6570.38');
    // 1136.05 / 6570.38 = 17.290…%, 5434.33 / 6570.38 = 82.709…%
    expect(summary.basic).toEqual({ amount: '1136.05', share: '17.29%', source: '部门预算支出总表' });
    expect(summary.project).toEqual({ amount: '5434.33', share: '82.71%', source: '部门预算支出总表' });
    // 基本 + 项目 are the whole of 支出合计: nothing else to show.
    expect(summary.otherSpending).toEqual([]);
    expect(summary.threePublic).toMatchObject({ total: '3.42', abroad: '0.00', vehicle: '3.42', reception: '0.00' });
    expect(summary.findings).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('reads the Jiangsu layout (one uncoded 支出总表 row, 三公 as columns) of the 2017 court PDF', () => {
    const summary = summarizeReport(court2017);
    expect(summary.orgName).toBe('江苏省高级人民法院');
    expect(summary.income?.amount).toBe('28849.38');
    expect(summary.expenditure?.amount).toBe('28849.38');
    // 单位预留机动经费 182.92 is the rest: the shares are of 支出合计, not of 基本 + 项目.
    expect(summary.basic).toMatchObject({ amount: '17123.19', share: '59.35%' });
    expect(summary.project).toMatchObject({ amount: '11543.27', share: '40.01%' });
    // 182.92 / 28849.38 = 0.634…%: shown as its own line, so the three shares add up to 100%.
    expect(summary.otherSpending).toEqual([
      {
        name: '单位预留机动经费',
        amount: '182.92',
        share: '0.63%',
        source: '三、2017年度江苏省高级人民法院部门支出预算总表',
      },
    ]);
    // Without the 支出总表, the 收支总表's 支出用途 rows (三、单位预留机动经费) give the same.
    const summaryOnly = { ...court2017, tables: court2017.tables.filter((t) => t.kind !== 'expenditure-summary') };
    expect(summarizeReport(summaryOnly).otherSpending).toMatchObject([
      { name: '单位预留机动经费', amount: '182.92', share: '0.63%' },
    ]);
    expect(summary.threePublic).toMatchObject({
      total: '670.12',
      abroad: '180.00',
      vehicle: '304.40',
      reception: '185.72',
    });
    const counts = summary.findings;
    expect(counts.error + counts.warning + counts.info).toBe(court2017.findings.length);
  });

  it('converts to 元 when the tables are printed in 元', () => {
    const inYuan: DocumentReport = { ...seed002, tables: seed002.tables.map((t) => ({ ...t, unit: '元' as const })) };
    const summary = summarizeReport(inYuan);
    expect(summary.unit).toBe('元');
    expect(summary.income?.amount).toBe('6570.38');
    const mixed: DocumentReport = {
      ...seed002,
      tables: seed002.tables.map((t) => (t.kind === 'three-public-expenditure' ? t : { ...t, unit: '元' as const })),
    };
    expect(summarizeReport(mixed).threePublic?.total).toBe('34200.00');
  });

  it('gives nothing but the meta and a zero score for a report without tables or checks', () => {
    const summary = summarizeReport(readReport());
    expect(summary).toMatchObject({ income: null, expenditure: null, basic: null, project: null, threePublic: null });
    expect(summary.completeness?.score).toBe(0);
    expect(summary.completeness?.tables.missing).toHaveLength(9);
  });

  it('gives no completeness score for a government report (济南市2023预算) or another file', async () => {
    const jinan = await governmentReportFile('济南市2023预算.pdf');
    expect(jinan.meta.documentType).toBe('government-report');
    const summary = summarizeReport(jinan);
    expect(summary.completeness).toBeNull();
    expect(jinan.tables.length).toBeGreaterThan(0);
    expect(jinan.findings.filter((f) => /^(completeness|text-|chart-|three-public)/.test(f.ruleId))).toEqual([]);
    const other = readReport({ meta: { ...readReport().meta, documentType: 'other' } });
    expect(summarizeReport(other).completeness).toBeNull();
  }, 60_000);
});

describe('scoreCompleteness', () => {
  it('gives seed 002 full marks: nine tables (two empty with a note), ten sections, every applicable rule passed', () => {
    const score = scoreCompleteness(seed002);
    expect(score.tables).toEqual({ withData: 7, emptyExplained: 2, emptyUnexplained: 0, missing: [] });
    expect(score.sections).toEqual({ present: 10, required: 10 });
    expect(score.rules.applicable).toBeGreaterThan(10);
    expect(score.rules.passed).toBe(score.rules.applicable);
    expect(score.score).toBe(100);
  });

  it('adds the parts for the 2017 court PDF: the 8 tables its Jiangsu template owes, 8/10 sections, rules passed', () => {
    const score = scoreCompleteness(court2017);
    expect(score.tables.missing).toEqual([]);
    expect(score.tables.withData + score.tables.emptyExplained + score.tables.emptyUnexplained).toBe(8);
    expect(score.sections).toEqual({ present: 8, required: 10 });
    const { passed, applicable } = score.rules;
    expect(passed).toBeLessThan(applicable);
    // 50 × 8/8 + 20 × 8/10 + 30 × passed/applicable, rounded.
    expect(score.score).toBe(Math.round(50 + 16 + (30 * passed) / applicable));
    expect(score.parts.map((p) => p.points)).toEqual(['50.0', '16.0', ((30 * passed) / applicable).toFixed(1)]);
    expect(score.parts[0]!.detail).toContain('应有标准表 8 张，8 张已公开');
  });

  it('halves the points of an empty table whose reason is missing', () => {
    const unexplained: DocumentReport = {
      ...seed002,
      findings: [
        ...seed002.findings,
        {
          ruleId: 'completeness-tables',
          severity: 'warning',
          message: '空表未注明原因',
          location: {
            type: 'document',
            what: seed002.tables.find((t) => t.kind === 'state-capital-expenditure')!.title,
          },
          related: [],
          expected: null,
          actual: null,
          difference: null,
          unit: null,
        },
      ],
    };
    const score = scoreCompleteness(unexplained);
    expect(score.tables).toMatchObject({ emptyExplained: 1, emptyUnexplained: 1 });
    expect(score.parts[0]!.points).toBe('47.2');
  });

  it('counts no section for a document without explanation text, all of them for seed 004 (a 决算 with text only)', () => {
    const score = scoreCompleteness(seed004);
    expect(score.sections).toEqual({ present: 16, required: 16 });
    expect(score.tables.missing).toHaveLength(9);
    const noText: DocumentReport = {
      ...seed004,
      findings: [
        {
          ruleId: 'completeness-sections',
          severity: 'warning',
          message: '未找到决算情况说明文字（各项说明均缺）',
          location: { type: 'document', what: '情况说明' },
          related: [],
          expected: null,
          actual: null,
          difference: null,
          unit: null,
        },
      ],
    };
    expect(scoreCompleteness(noText).sections).toEqual({ present: 0, required: 16 });
  });
});
