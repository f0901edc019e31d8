// The change on last year stated in year N's text against what year N − 1's document printed, on
// the real 江苏 PDFs: the court 2017–2019 and the 检察院 2017–2018.

import { describe, expect, it } from 'vitest';
import { checkAcrossDocuments, crossDocumentPart } from '../../src/lib/cross-document';
import { previousYearPairs } from '../../src/lib/cross-document/pairs';
import { check } from '../../src/lib/cross-document/previous-year-changes';
import type { DocumentReport } from '../../src/lib/model/report';
import { realReport } from '../helpers/real-reports';

const TIMEOUT = 180_000;

/** The report with the first figure matching `match` printed as `amount` instead. */
function withFigure(report: DocumentReport, match: (quote: string, subject: string) => boolean, amount: string) {
  const index = report.figures.findIndex((figure) => match(figure.location.quote, figure.subject));
  expect(index).toBeGreaterThanOrEqual(0);
  return { ...report, figures: report.figures.map((figure, i) => (i === index ? { ...figure, amount } : figure)) };
}

describe('previous-year-changes', () => {
  it(
    'reads nothing beyond crossDocumentPart: the court 2017–2019 give the same result from the compact part',
    async () => {
      const reports = await Promise.all([realReport('court2019'), realReport('court2018'), realReport('court2017')]);
      const full = checkAcrossDocuments(reports);
      expect(full.findings.length).toBeGreaterThan(0);
      expect(checkAcrossDocuments(reports.map(crossDocumentPart))).toEqual(full);
    },
    TIMEOUT,
  );

  it(
    'finds every change the court’s 2019 text states consistent with the 2018 document (real, passing)',
    async () => {
      const [current, previous] = await Promise.all([realReport('court2019'), realReport('court2018')]);
      const outcome = check({ current, previous });
      expect(outcome.comparisons).toBeGreaterThan(15);
      expect(outcome.findings).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'flags the court’s 2018 一般行政事务管理 change: 6049.97 + 392.92 is 10.00 more than 2017’s 6432.89 (real, failing)',
    async () => {
      const [current, previous] = await Promise.all([realReport('court2018'), realReport('court2017')]);
      const { findings } = check({ current, previous });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        messageId: 'mismatch',
        type: 'cross-document',
        severity: 'warning',
        actual: '6442.89',
        expected: '6432.89',
        difference: '10.00',
        unit: '万元',
        data: { value: '6049.97', change: '392.92', printed: '6432.89' },
        location: { type: 'other-document', document: current.source.name, location: { type: 'text', page: 19 } },
      });
      expect(findings[0]!.related.map((related) => [related.document, related.location.page])).toEqual([
        [current.source.name, 19],
        [previous.source.name, 21],
      ]);
    },
    TIMEOUT,
  );

  it(
    'flags the 检察院’s 2018 财政拨款 increase 3958.98, 0.30 off 2017’s 17981.68 (real, failing)',
    async () => {
      const [current, previous] = await Promise.all([realReport('procuratorate2018'), realReport('procuratorate2017')]);
      const { findings } = check({ current, previous });
      expect(findings.map((finding) => [finding.data?.change, finding.difference, finding.severity])).toEqual([
        ['3958.98', '0.30', 'warning'],
        ['3958.98', '0.30', 'warning'],
        ['3958.98', '0.30', 'warning'],
      ]);
    },
    TIMEOUT,
  );

  it(
    'is an error when the sentence names 上年预算: the court’s 2019 公务接待费 decrease 97 edited to 96',
    async () => {
      const [real, previous] = await Promise.all([realReport('court2019'), realReport('court2018')]);
      const current = withFigure(
        real,
        (quote, subject) => quote === '97万元' && subject === 'three-public-reception',
        '96',
      );
      const { findings } = check({ current, previous });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        actual: '182.95',
        expected: '183.95',
        difference: '-1.00',
        data: { label: '公务接待费', previousYear: 2018 },
      });
    },
    TIMEOUT,
  );
});

describe('checkAcrossDocuments', () => {
  it(
    'pairs the court’s three years and the 检察院’s two, and counts what it compared',
    async () => {
      const reports = await Promise.all(
        (['court2019', 'procuratorate2017', 'court2017', 'court2018', 'procuratorate2018'] as const).map(realReport),
      );
      const pairs = previousYearPairs(reports).map(({ current, previous }) => [current.meta.year, previous.meta.year]);
      expect(pairs).toEqual([
        [2019, 2018],
        [2018, 2017],
        [2018, 2017],
      ]);
      const result = checkAcrossDocuments(reports);
      expect(result.checks).toMatchObject([
        { ruleId: 'previous-year-changes', status: 'failed', findings: 4 },
        // All 预算 of 部门: no 决算 to set against them, no 单位 version.
        { ruleId: 'budget-and-outturn', status: 'not-applicable' },
        { ruleId: 'department-and-unit', status: 'not-applicable' },
      ]);
      expect(result.checks[0]!.comparisons).toBeGreaterThan(50);
    },
    TIMEOUT,
  );

  it(
    'has nothing to check for one document',
    async () => {
      const result = checkAcrossDocuments([await realReport('court2019')]);
      expect(result.findings).toEqual([]);
      expect(result.checks.map((check) => check.status)).toEqual([
        'not-applicable',
        'not-applicable',
        'not-applicable',
      ]);
    },
    TIMEOUT,
  );
});
