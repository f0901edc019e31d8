// A reviewer's marks on the findings of real reports (seeds 000 and 004): keys that name each finding
// uniquely and survive the JSON round trip, the summary counting only open findings, and the marks
// written into the JSON and text exports.

import { describe, expect, it } from 'vitest';
import { formatReportText } from '../../src/lib/export/format-text';
import { formatReportJson, readReportJson, toReport } from '../../src/lib/export/report-json';
import { REPORT_SCHEMA } from '../../src/lib/model/report';
import { findingKeys, openFindings, reviewsInOrder, withReview } from '../../src/lib/model/review';
import { summarizeReport } from '../../src/lib/summary/summarize';
import { seedReport } from '../export/real-reports';
import { withFindingsOf } from '../helpers/reports';

describe('finding keys', () => {
  it('are unique within seed 004 (nine 缺表 findings of one rule) and the same after the JSON round trip', async () => {
    const report = await seedReport('004');
    const keys = findingKeys(report);
    expect(new Set(keys).size).toBe(report.findings.length);
    expect(keys.every((key, index) => key.startsWith(`${report.findings[index]!.ruleId}:`))).toBe(true);
    expect(findingKeys(readReportJson(formatReportJson([report]))[0]!)).toEqual(keys);
  });

  it('follow a finding, not its position: reordered findings keep their keys', async () => {
    const report = await seedReport('004');
    const reversed = { ...report, findings: [...report.findings].reverse() };
    expect(findingKeys(reversed)).toEqual([...findingKeys(report)].reverse());
  });

  it('tell two findings that say the same of the same place apart', async () => {
    const report = await seedReport('000');
    const twice = { ...report, findings: [report.findings[0]!, report.findings[0]!] };
    const [first, second] = findingKeys(twice);
    expect(second).toBe(`${first}~2`);
  });
});

describe('withReview', () => {
  it('adds, replaces and removes a mark, leaving no empty reviews field behind', async () => {
    const report = await seedReport('000');
    const [key] = findingKeys(report);
    const marked = withReview(report, key!, { verdict: 'confirmed' });
    expect(marked.reviews).toEqual({ [key!]: { verdict: 'confirmed' } });
    const changed = withReview(marked, key!, { verdict: 'dismissed', note: '口径不同' });
    expect(reviewsInOrder(changed)[0]).toEqual({ verdict: 'dismissed', note: '口径不同' });
    expect(withReview(changed, key!, null)).toEqual(report);
    expect('reviews' in withReview(changed, key!, null)).toBe(false);
  });
});

describe('marks in the summary and the exports (seed 000: one error, one warning)', () => {
  it('counts only open findings and says how many were dismissed', async () => {
    const report = withFindingsOf(await seedReport('000'), ['text-arithmetic', 'seq-order']);
    const warning = report.findings.findIndex((finding) => finding.severity === 'warning');
    const dismissed = withReview(report, findingKeys(report)[warning]!, { verdict: 'dismissed' });
    expect(summarizeReport(report).findings).toEqual({ error: 1, warning: 1, info: 0 });
    expect(summarizeReport(report).dismissed).toBe(0);
    expect(summarizeReport(dismissed).findings).toEqual({ error: 1, warning: 0, info: 0 });
    expect(summarizeReport(dismissed).dismissed).toBe(1);
    expect(openFindings(dismissed).map(({ index }) => index)).toEqual([1 - warning]);
    // Confirming is not dismissing: the finding still counts.
    const confirmed = withReview(report, findingKeys(report)[warning]!, { verdict: 'confirmed' });
    expect(summarizeReport(confirmed).findings.warning).toBe(1);
  });

  it('writes the marks into the report JSON and reads them back; refuses a verdict it does not know', async () => {
    const report = await seedReport('000');
    const keys = findingKeys(report);
    const marked = withReview(withReview(report, keys[0]!, { verdict: 'confirmed' }), keys[1]!, {
      verdict: 'dismissed',
      note: '序号表本就重复编号',
    });
    const text = formatReportJson([marked]);
    expect(JSON.parse(text).documents[0].reviews).toEqual(marked.reviews);
    expect(readReportJson(text)).toEqual([marked]);
    const unknown = { ...marked, reviews: { [keys[0]!]: { verdict: 'maybe' } } };
    expect(() => readReportJson(JSON.stringify({ schema: REPORT_SCHEMA, documents: [unknown] }))).toThrow(
      `reviews「${keys[0]}」.verdict 的值 "maybe" 不在允许的取值中`,
    );
  });

  it('prints each mark under its finding in the text export', async () => {
    const report = await seedReport('000');
    const seq = report.findings.findIndex((finding) => finding.ruleId === 'seq-order');
    const marked = withReview(report, findingKeys(report)[seq]!, { verdict: 'dismissed', note: '序号表本就重复编号' });
    const lines = formatReportText(toReport([marked])).split('\n');
    const at = lines.findIndex((line) => line.startsWith('    · [seq-order]'));
    expect(lines[at + 2]).toBe('      复核：不是问题（序号表本就重复编号）');
    expect(lines.filter((line) => line.includes('复核：'))).toHaveLength(1);
  });
});
