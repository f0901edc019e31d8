// The overview workbook read back as Excel would: sheet names, text kept as text (a cell that looks
// like a formula is not one), numbers as numbers, blanks blank; the rows are the overview's, from
// the seed disclosures (../shared/seeds).

import { describe, expect, it } from 'vitest';
import { toWorkbook } from '../../src/lib/export/overview-xlsx';
import { findingsSheet, overviewRow, overviewSheet } from '../../src/lib/summary/overview';
import { readXlsx } from '../helpers/read-xlsx';
import { seedReport } from './real-reports';

describe('toWorkbook', () => {
  it('writes the overview and the findings as two sheets Excel reads back cell for cell', async () => {
    const reports = [await seedReport('000'), await seedReport('003')];
    const overview = overviewSheet(
      reports.map((report) => overviewRow({ name: report.source.name, report, readMs: 2500 })),
    );
    const findings = findingsSheet(reports);
    const blob = await toWorkbook([
      { name: '总览', rows: overview, widths: [40] },
      { name: '全部问题', rows: findings },
    ]);
    const sheets = readXlsx(new Uint8Array(await blob.arrayBuffer()));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['总览', '全部问题']);
    const trim = (rows: readonly (readonly (string | number | null)[])[]) =>
      rows.map((row) => {
        const cells = [...row];
        while (cells.length > 0 && cells.at(-1) === null) cells.pop();
        return cells;
      });
    expect(sheets[0]!.rows).toEqual(trim(overview));
    expect(sheets[1]!.rows).toEqual(trim(findings));
    expect(typeof sheets[0]!.rows[1]![6]).toBe('number');
  });

  it('keeps text that looks like a formula as text', async () => {
    const blob = await toWorkbook([{ name: 'x', rows: [['=1+1', '@A1', -3, null, '<&>']] }]);
    const [sheet] = readXlsx(new Uint8Array(await blob.arrayBuffer()));
    expect(sheet!.rows).toEqual([['=1+1', '@A1', -3, null, '<&>']]);
    expect(sheet!.formulas).toEqual([]);
  });
});
