// The batch overview's rows, order, filter and CSV, on the seed disclosures (../shared/seeds) read
// through the page's pipeline, plus a failed and a waiting file.

import { describe, expect, it } from 'vitest';
import { withMetaCorrection } from '../../src/lib/model/meta-correction';
import { failedReport } from '../../src/lib/model/report';
import { findingKeys, withReview } from '../../src/lib/model/review';
import {
  filterOverview,
  findingsSheet,
  overviewRow,
  overviewSheet,
  sortOverview,
  toSafeCsv,
  type OverviewRow,
} from '../../src/lib/summary/overview';
import { seedReport } from '../export/real-reports';

const severityCount = (report: Awaited<ReturnType<typeof seedReport>>, severity: string) =>
  report.findings.filter((finding) => finding.severity === severity).length;

async function batch(): Promise<OverviewRow[]> {
  const [a, b] = await Promise.all([seedReport('000'), seedReport('002')]);
  return [
    overviewRow({ name: 'a.txt', report: a, readMs: 1234 }),
    overviewRow({ name: 'b.txt', report: b, readMs: 50 }),
    overviewRow({
      name: 'broken.pdf',
      report: failedReport('broken.pdf', 3, { code: 'corrupt-file', message: '文件已损坏' }),
      readMs: 10,
    }),
    overviewRow({ name: 'waiting.pdf', report: null, readMs: null }),
    overviewRow({ name: 'reading.pdf', report: null, readMs: null, reading: true }),
  ];
}

describe('overviewRow', () => {
  it('names the file’s body, year and kind, and counts its tables and findings by severity (seed 000)', async () => {
    const report = await seedReport('000');
    const row = overviewRow({ name: 'seed.txt', report, readMs: 1234 });
    expect(row).toMatchObject({
      file: 'seed.txt',
      org: report.meta.orgName,
      year: report.meta.year,
      kind: report.meta.kind,
      scope: report.meta.scope,
      tables: report.tables.length,
      errors: severityCount(report, 'error'),
      warnings: severityCount(report, 'warning'),
      infos: severityCount(report, 'info'),
      status: 'done',
      seconds: 1.2,
      problem: null,
    });
    expect(row.org).not.toBeNull();
    expect(row.tables).toBeGreaterThan(5);
    expect(row.errors! + row.warnings! + row.infos!).toBeGreaterThan(0);
    expect(row.completeness).toBeGreaterThan(0);
  });

  it('no longer counts a finding the reviewer marked 不是问题', async () => {
    const report = await seedReport('000');
    const [first] = report.findings;
    const key = findingKeys(report)[0]!;
    const before = overviewRow({ name: 'x', report, readMs: null });
    const after = overviewRow({ name: 'x', report: withReview(report, key, { verdict: 'dismissed' }), readMs: null });
    const field = first!.severity === 'error' ? 'errors' : first!.severity === 'warning' ? 'warnings' : 'infos';
    expect(after[field]).toBe(before[field]! - 1);
  });

  it('says why a file failed, and which files still wait or are being read', async () => {
    const rows = await batch();
    expect(rows.slice(2).map((row) => [row.status, row.problem, row.errors])).toEqual([
      ['failed', '文件已损坏', null],
      ['queued', null, null],
      ['reading', null, null],
    ]);
  });
});

describe('sorting and filtering the overview', () => {
  it('sorts by errors either way, blanks last, ties in page order', async () => {
    const rows = await batch();
    const errors = (sorted: OverviewRow[]) => sorted.map((row) => [row.file, row.errors]);
    const [a, b] = rows;
    const descending = sortOverview(rows, 'errors', 'descending');
    const ascending = sortOverview(rows, 'errors', 'ascending');
    expect(descending.slice(2).map((row) => row.file)).toEqual(['broken.pdf', 'waiting.pdf', 'reading.pdf']);
    expect(ascending.slice(2).map((row) => row.file)).toEqual(['broken.pdf', 'waiting.pdf', 'reading.pdf']);
    const byErrors = [a!, b!].sort((x, y) => y.errors! - x.errors!);
    if (a!.errors !== b!.errors) {
      expect(errors(descending).slice(0, 2)).toEqual(errors(byErrors));
      expect(errors(ascending).slice(0, 2)).toEqual(errors(byErrors.reverse()));
    }
    expect(sortOverview(rows, 'file', 'ascending').map((row) => row.file)).toEqual([
      'a.txt',
      'b.txt',
      'broken.pdf',
      'reading.pdf',
      'waiting.pdf',
    ]);
  });

  it('filters by text in the name or body, and to files with errors or that failed', async () => {
    const rows = await batch();
    expect(filterOverview(rows, { text: ' BROKEN ' }).map((row) => row.file)).toEqual(['broken.pdf']);
    const org = rows[0]!.org!;
    expect(filterOverview(rows, { text: org }).map((row) => row.file)).toContain('a.txt');
    const problems = filterOverview(rows, { onlyProblems: true }).map((row) => row.file);
    expect(problems).toEqual(
      rows.filter((row) => (row.errors ?? 0) > 0 || row.status === 'failed').map((row) => row.file),
    );
    expect(problems).toContain('broken.pdf');
  });
});

describe('the overview and the findings as CSV', () => {
  it('writes a BOM, a header and a row per file, numbers as numbers, the reason of a failure', async () => {
    const rows = await batch();
    const csv = toSafeCsv(overviewSheet(rows));
    expect(
      csv.startsWith(
        '\uFEFF文件,机构,年度,预算/决算,部门/单位,表格,错误,警告,提示,完整性,读取状态,用时（秒）,说明\r\n',
      ),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows.length + 1);
    const first = rows[0]!;
    expect(lines[1]).toBe(
      [
        first.file,
        first.org,
        first.year,
        first.kind,
        first.scope,
        first.tables,
        first.errors,
        first.warnings,
        first.infos,
        first.completeness,
        '已读完',
        1.2,
        '',
      ].join(','),
    );
    expect(lines[3]).toBe('broken.pdf,,,,,,,,,,未能读取,0,文件已损坏');
    expect(lines[4]).toBe('waiting.pdf,,,,,,,,,,排队中,,');
  });

  it('quotes per RFC 4180 and defuses text a spreadsheet would run as a formula', () => {
    const csv = toSafeCsv([
      ['=HYPERLINK("http://x")', '+1', '@SUM(A1)', '-2+3', '-12.30', 'a,b', 'line\nbreak', -5, '\tx'],
    ]);
    expect(csv).toBe(`\uFEFF"'=HYPERLINK(""http://x"")",'+1,'@SUM(A1),'-2+3,-12.30,"a,b","line\nbreak",-5,'\tx\r\n`);
  });

  it('lists every finding of every file with its place and severity, errors first', async () => {
    const reports = [await seedReport('000'), await seedReport('002')];
    const sheet = findingsSheet(reports);
    expect(sheet[0]).toEqual([
      '文件',
      '机构',
      '年度',
      '严重程度',
      '类型',
      '规则',
      '说明',
      '位置',
      '页码',
      '应为',
      '实为',
      '差额',
      '单位',
      '复核',
    ]);
    expect(sheet).toHaveLength(1 + reports[0]!.findings.length + reports[1]!.findings.length);
    const ofFirst = sheet.slice(1, 1 + reports[0]!.findings.length);
    expect(ofFirst.every((row) => row[0] === reports[0]!.source.name)).toBe(true);
    const severities = ofFirst.map((row) => row[3]);
    expect(severities).toEqual(
      [...severities].sort(
        (x, y) => ['错误', '警告', '提示'].indexOf(String(x)) - ['错误', '警告', '提示'].indexOf(String(y)),
      ),
    );
    expect(new Set(ofFirst.map((row) => row[6]))).toEqual(
      new Set(reports[0]!.findings.map((finding) => finding.message)),
    );
  });
});

describe('the overview after the user corrected a file’s meta', () => {
  it('shows the corrected 机构 and 年度 in the row and in the findings', async () => {
    const report = withMetaCorrection(await seedReport('000'), { orgName: '某某局', year: 2030 });
    const row = overviewRow({ name: 'x.txt', report, readMs: null });
    expect([row.org, row.year]).toEqual(['某某局', 2030]);
    const [, first] = findingsSheet([report]);
    expect(first?.slice(1, 3)).toEqual(['某某局', 2030]);
  });
});
