// The user's correction of a file's meta: kept beside the meta as read, only where it differs,
// carried by the report JSON, and seen by the comparison and the checks across documents.

import { describe, expect, it } from 'vitest';
import { checkAcrossDocuments } from '../../src/lib/cross-document';
import { reportBaseName } from '../../src/lib/export/file-names';
import { formatReportText } from '../../src/lib/export/format-text';
import { formatReportJson, readReportJson, toReport } from '../../src/lib/export/report-json';
import { correctedMeta, withCorrectedMeta, withMetaCorrection } from '../../src/lib/model/meta-correction';
import { ReadError } from '../../src/lib/model/read-error';
import type { DocumentReport } from '../../src/lib/model/report';
import { compareItems, compareYears, itemsNeedingYear } from '../../src/lib/summary/compare';
import { readReport } from '../helpers/reports';

/** A tables-only file that prints neither its year nor 部门/单位 (as 年度 未识别 on its card). */
const undated = (name: string): DocumentReport =>
  readReport({
    source: { name, format: 'pdf', bytes: 1000, pages: 3 },
    meta: { ...readReport().meta, year: null, scope: null },
  });

describe('withMetaCorrection', () => {
  it('keeps only the fields that differ from what was read, trimmed', () => {
    const corrected = withMetaCorrection(undated('表.pdf'), {
      orgName: ' 香河县医疗保障局 ',
      year: 2023,
      kind: '决算',
      scope: '部门',
    });
    expect(corrected.metaCorrection).toEqual({ year: 2023, kind: '决算', scope: '部门' });
    expect(corrected.meta.year).toBeNull();
    expect(correctedMeta(corrected)).toMatchObject({
      orgName: '香河县医疗保障局',
      year: 2023,
      kind: '决算',
      scope: '部门',
    });
  });

  it('leaves no field behind when nothing differs, and refuses a year that is no year', () => {
    const report = withMetaCorrection(undated('表.pdf'), { year: 2023 });
    expect(withMetaCorrection(report, {})).not.toHaveProperty('metaCorrection');
    expect(withMetaCorrection(report, { orgName: '  ', year: 202 })).not.toHaveProperty('metaCorrection');
  });

  it('gives back the same report when there is nothing to correct', () => {
    const report = readReport();
    expect(withCorrectedMeta(report)).toBe(report);
  });
});

describe('the report JSON', () => {
  it('carries the correction out and back in', () => {
    const report = withMetaCorrection(undated('表.pdf'), { year: 2023, orgName: '香河县医保局' });
    const [restored] = readReportJson(formatReportJson([report]));
    expect(restored!.metaCorrection).toEqual({ year: 2023, orgName: '香河县医保局' });
    expect(correctedMeta(restored!).year).toBe(2023);
  });

  it('still loads a report written before corrections, and refuses a damaged one', () => {
    expect(readReportJson(formatReportJson([readReport()]))[0]).not.toHaveProperty('metaCorrection');
    const damaged = formatReportJson([{ ...readReport(), metaCorrection: { kind: '决策' } as never }]);
    expect(() => readReportJson(damaged)).toThrow(ReadError);
    expect(() => readReportJson(damaged)).toThrow(/metaCorrection\.kind/);
  });
});

describe('the comparison and the checks across documents', () => {
  const files = [
    { id: 1, report: readReport({ source: { name: '2024.docx', format: 'docx', bytes: 1, pages: null } }) },
    { id: 2, report: undated('2023表.pdf') },
  ];

  it('ask for the year of a file that has none, instead of leaving it out silently', () => {
    expect(itemsNeedingYear(compareItems(files)).map((item) => item.id)).toEqual([2]);
    expect(compareYears(compareItems(files).map((item) => item.report)).notes).toEqual([
      '2023表.pdf 未识别出年度，暂未列入：可在本页“需要补充年度”处填写。',
    ]);
  });

  it('use the year the user set', () => {
    const corrected = files.map((file) =>
      file.id === 2 ? { ...file, report: withMetaCorrection(file.report, { year: 2023, scope: '部门' }) } : file,
    );
    expect(itemsNeedingYear(compareItems(corrected))).toEqual([]);
    const years = compareYears(compareItems(corrected).map((item) => item.report));
    expect(years.columns.map((column) => column.label)).toEqual(['2023年预算', '2024年预算']);
    // Consecutive years of one department now: the cross-year check applies to the pair.
    const reports = corrected.map((file) => file.report);
    const [check] = checkAcrossDocuments(reports).checks;
    expect(check!.status).toBe('passed');
    expect(checkAcrossDocuments(files.map((file) => file.report)).checks[0]!.status).toBe('not-applicable');
  });
});

describe('the exports', () => {
  it('name and describe the file by its corrected meta', () => {
    const report = withMetaCorrection(undated('表.pdf'), { year: 2023, kind: '决算' });
    expect(reportBaseName(report)).toBe('香河县医疗保障局-2023-决算');
    expect(formatReportText(toReport([report]))).toContain(
      '机构：320 香河县医疗保障局　年度：2023　类型：决算（已由用户更正）',
    );
  });
});
