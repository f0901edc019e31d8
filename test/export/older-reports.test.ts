// Every shape a report has had under the schema id `mingzhang/report@1` (test/helpers/older-reports.ts)
// is read back to today's shape: an export or a stored record from any earlier page.

import { describe, expect, it } from 'vitest';
import { formatReportJson, readReportJson, toReport } from '../../src/lib/export/report-json';
import { migrateReport, OLDER_REPORT_NOTE, type DocumentReport } from '../../src/lib/model/report';
import { ADDITIONS, shapeBefore, type Json } from '../helpers/older-reports';
import { seedReport } from './real-reports';

function exportOf(...documents: Json[]): string {
  return JSON.stringify({ schema: 'mingzhang/report@1', documents });
}

describe('report JSON of every earlier shape', () => {
  ADDITIONS.forEach(({ commit, added }, index) => {
    it(`reads an export made before ${added} (${commit})`, async () => {
      // Seed 000 has every later field but cell boxes (a PDF's); a reviewer's mark, a corrected
      // year and a library's words on a note are added.
      const seed = await seedReport('000');
      const today: DocumentReport = {
        ...seed,
        reviews: { x: { verdict: 'confirmed' } },
        metaCorrection: { year: 2021 },
        warnings: seed.warnings.map((note, at) => (at === 0 ? { ...note, details: 'Bad encoding' } : note)),
      };
      const older = shapeBefore(today, index);
      // The step really takes something away.
      const newer = index === 0 ? today : shapeBefore(today, index - 1);
      expect(JSON.stringify(older)).not.toEqual(JSON.stringify(newer));
      const [read] = readReportJson(exportOf(older));
      const lacksText = index >= ADDITIONS.findIndex((addition) => addition.commit === 'e6a03f5');
      expect(read!.tables).toEqual(older.tables);
      expect(read!.findings).toEqual(older.findings);
      expect(read!.paragraphs).toEqual(lacksText ? [] : today.paragraphs);
      expect(today.paragraphs.length).toBeGreaterThan(0);
      const lacksType = index >= ADDITIONS.findIndex((addition) => addition.commit === '7f9ccb9');
      expect(read!.meta.documentType).toBe(lacksType ? null : today.meta.documentType);
      expect(read!.warnings.every((note) => note.stage !== undefined)).toBe(true);
      expect(read!.warnings.filter((note) => note.code === 'older-report').map((note) => note.message)).toEqual(
        lacksText ? [OLDER_REPORT_NOTE] : [],
      );
    });
  });

  it('reads a two-file export made before the cross-document section, and the oldest shape of it', async () => {
    const today = toReport([await seedReport('002'), await seedReport('003')]);
    expect(today.crossDocument).toBeDefined();
    const oldest = today.documents.map((report) => shapeBefore(report, ADDITIONS.length - 1));
    const read = readReportJson(exportOf(...oldest));
    expect(read.map((report) => report.tables)).toEqual(oldest.map((report) => report.tables));
    expect(read.every((report) => Array.isArray(report.paragraphs))).toBe(true);
  });

  it('reads today’s shape as it is, with no note', async () => {
    const today = await seedReport('002');
    expect(readReportJson(formatReportJson([today]))).toEqual([today]);
    expect(migrateReport(today)).toEqual(today);
  });

  it('refuses paragraphs of the wrong shape instead of passing them to the page', async () => {
    const today = await seedReport('002');
    expect(() => readReportJson(exportOf({ ...(today as unknown as Json), paragraphs: '说明' }))).toThrow(
      'paragraphs 应为列表',
    );
  });
});
