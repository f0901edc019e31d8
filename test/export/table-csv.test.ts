// Tables as CSV for Excel: BOM, RFC 4180 quoting, the unit in the headers, exact amounts; the zip.

import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  annotatedPdfName,
  fiscalDataPackageName,
  reportJsonName,
  reportPngName,
  sanitizeFileName,
  tableCsvName,
  tableCsvZipName,
} from '../../src/lib/export/file-names';
import { quoteCsvField, toTableCsv, toTablesZip } from '../../src/lib/export/table-csv';
import type { StandardTable } from '../../src/lib/model/disclosure';
import { parseCsv } from '../helpers/csv';
import { seedReport } from './real-reports';

describe('table CSV', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(quoteCsvField('社会保障和就业支出')).toBe('社会保障和就业支出');
    expect(quoteCsvField('办公费, 印刷费')).toBe('"办公费, 印刷费"');
    expect(quoteCsvField('“三公”经费 "公务"')).toBe('"“三公”经费 ""公务"""');
    expect(quoteCsvField('两行\n说明')).toBe('"两行\n说明"');
  });

  it('writes a real table with BOM, header with unit, and every amount exactly as printed', async () => {
    const report = await seedReport('002');
    const index = report.tables.findIndex((table) => table.kind === 'expenditure-summary');
    const table = report.tables[index]!;
    const csv = toTableCsv(table);
    expect(csv.startsWith('\uFEFF序号,科目编码,科目名称,')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      '序号',
      '科目编码',
      '科目名称',
      ...table.columns.map((column) => `${column}（${table.unit}）`),
    ]);
    expect(rows).toHaveLength(table.rows.length);
    rows.forEach((row, at) => {
      const source = table.rows[at]!;
      expect(row.slice(0, 3)).toEqual([source.seq ?? '', source.code ?? '', source.name]);
      expect(row.slice(3)).toEqual(table.columns.map((column) => source.cells[column] ?? ''));
    });
    expect(tableCsvName(report, index)).toMatch(/^香河县医疗保障局-2024-预算-\d\d-.+\.csv$/);
  });

  it('adds a 收支 column for a two-sided summary and keeps text columns', () => {
    const table: StandardTable = {
      kind: 'income-expenditure-summary',
      title: '收支总表',
      unit: '元',
      empty: false,
      note: null,
      columns: ['金额', '说明'],
      rows: [
        { seq: null, code: null, name: '一般公共预算拨款', side: 'income', cells: { 金额: '1200.50' }, page: 1 },
        {
          seq: null,
          code: '201',
          name: '一般公共服务支出',
          side: 'expenditure',
          cells: { 金额: '-3.00' },
          texts: { 说明: '含"差旅"' },
          page: 1,
        },
      ],
      page: 1,
      blockIndex: 0,
    };
    expect(parseCsv(toTableCsv(table).slice(1))).toEqual([
      ['序号', '科目编码', '科目名称', '收支', '金额（元）', '说明'],
      ['', '', '一般公共预算拨款', '收入', '1200.50', ''],
      ['', '201', '一般公共服务支出', '支出', '-3.00', '含"差旅"'],
    ]);
  });

  it('zips every table of a report, one CSV each', async () => {
    const report = await seedReport('004');
    const files = unzipSync(toTablesZip(report));
    const names = Object.keys(files);
    expect(names).toHaveLength(report.tables.length);
    expect(new Set(names).size).toBe(names.length);
    expect(files[names[0]!]).toEqual(strToU8(toTableCsv(report.tables[0]!)));
  });
});

describe('file names', () => {
  it('removes what file systems refuse and falls back when nothing is left', () => {
    expect(sanitizeFileName('a/b\\c:d*e?f"g<h>i|j\u0001k')).toBe('a-b-c-d-e-f-g-h-i-j-k');
    expect(sanitizeFileName(' ..// ')).toBe('明账报告');
    expect(sanitizeFileName('很'.repeat(100))).toHaveLength(60);
  });

  it('names the report JSON after organisation, year and kind', async () => {
    const report = await seedReport('004');
    expect(reportJsonName([report])).toBe(`${report.meta.orgName}-${report.meta.year}-决算.mingzhang.json`);
    expect(reportJsonName([report, report])).toBe('明账报告-2份.mingzhang.json');
  });

  it('names every other export after the report, and the annotated PDF after its source file', async () => {
    const report = await seedReport('004');
    const base = `${report.meta.orgName}-${report.meta.year}-决算`;
    expect([tableCsvZipName(report), fiscalDataPackageName(report), reportPngName(report)]).toEqual([
      `${base}-表格CSV.zip`,
      `${base}-fiscal-data-package.zip`,
      `${base}.png`,
    ]);
    const pdf = { ...report, source: { ...report.source, name: '2024年度部门决算.PDF' } };
    expect(annotatedPdfName(pdf)).toBe('2024年度部门决算-标注.pdf');
  });
});
