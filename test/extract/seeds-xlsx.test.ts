// The spreadsheet route: workbooks LibreOffice Calc made of the seeds (test/fixtures/make-xlsx-fixtures.ts)
// give the same nine standard tables as the same seed's DOCX, amount for amount, and a workbook with
// several tables on a sheet, numeric codes, a hidden row and sheet and a stale SUM is read right.

import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import type { ParsedDocument } from '../../src/lib/model/document';
import type { StandardTable } from '../../src/lib/model/disclosure';
import { STANDARD_KINDS } from '../../src/lib/model/table-vocabulary';
import { readDocument } from '../../src/parsers';
import { rowOf, tableOf } from '../helpers/tables';
import { expectSeedTables, SEED_SPECS } from './seed-expectations';

async function read(path: string): Promise<ParsedDocument> {
  return readDocument(new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))));
}

/** The nine standard tables, without where they sit in each file's block list. */
function nine(tables: StandardTable[]) {
  return tables
    .filter((table) => STANDARD_KINDS.includes(table.kind))
    .map(({ blockIndex: _blockIndex, ...table }) => table);
}

describe.each([
  ['000', '000-laishui-2021-budget', 'xlsx'],
  ['002', '002-xianghe-2024-budget', 'xlsx'],
  ['003', '003-guantao-2023-budget', 'xlsx'],
  ['003', '003-guantao-2023-budget', 'xls'],
] as const)('seed %s as a workbook (%s.%s)', (id, name, format) => {
  it('gives the hand-checked figures of all nine tables', async () => {
    const parsed = await read(`xlsx/${name}.${format}`);
    expect(parsed.format).toBe(format);
    expectSeedTables(extractDisclosure(parsed), SEED_SPECS[id]);
  });

  it('gives the same nine tables and meta as the DOCX of the seed', async () => {
    const fromSheet = extractDisclosure(await read(`xlsx/${name}.${format}`));
    const fromDocx = extractDisclosure(await read(`docx/${name}.docx`));
    expect(fromSheet.meta).toEqual(fromDocx.meta);
    expect(nine(fromSheet.tables)).toEqual(nine(fromDocx.tables));
    expect(nine(fromSheet.tables)).toHaveLength(9);
  });
});

describe('cells as the sheet shows them', () => {
  it('an amount formatted `#,##0.00` is read as printed, and is the decimal 6570.38', async () => {
    const parsed = await read('xlsx/002-xianghe-2024-budget.xlsx');
    const cells = parsed.blocks.flatMap((block) => (block.type === 'table' ? block.rows.flat() : []));
    expect(cells.map((cell) => cell.text)).toContain('6,570.38');
    const summary = tableOf(extractDisclosure(parsed), 'income-expenditure-summary');
    expect(rowOf(summary, { side: 'income', seq: '1' }).cells).toEqual({ '收入/预算数': '6570.38' });
  });
});

describe('several-tables-one-sheet.xlsx: two tables on one sheet, numeric codes, hidden parts, a stale SUM', () => {
  it('splits the first sheet at the second title row, with codes stored as numbers read as codes', async () => {
    const disclosure = extractDisclosure(await read('xlsx/several-tables-one-sheet.xlsx'));
    const spending = tableOf(disclosure, 'general-budget-expenditure');
    expect(spending.title).toBe('部门预算一般公共预算财政拨款支出表');
    expect(spending.unit).toBe('元');
    expect(rowOf(spending, { code: '2080505' })).toMatchObject({
      name: '机关事业单位基本养老保险缴费支出',
      cells: { 合计: '234000.00', 基本支出: '234000.00' },
    });
    const fund = tableOf(disclosure, 'government-fund-expenditure');
    expect(fund).toMatchObject({ title: '部门预算政府基金预算财政拨款支出表', empty: true });
    expect(fund.note).toMatch(/^注：无政府基金/);
  });

  it('takes the title of a sheet without a title row from the sheet name', async () => {
    const disclosure = extractDisclosure(await read('xlsx/several-tables-one-sheet.xlsx'));
    const threePublic = tableOf(disclosure, 'three-public-expenditure');
    expect(threePublic.title).toBe('财政拨款“三公”经费支出表');
    expect(threePublic.unit).toBe('元');
  });

  it('shows the cached value of a SUM, and says where it differs from its range and what is hidden', async () => {
    const parsed = await read('xlsx/several-tables-one-sheet.xlsx');
    // The generator left the first SUM's cached value 100 over 4,705,500.00 + 44,287,700.00.
    const total = extractDisclosure(parsed).tables[0]!.rows[0]!;
    expect(total).toMatchObject({ name: '合计', cells: { 合计: '48993300.00' } });
    expect(parsed.warnings).toEqual([
      {
        stage: 'read',
        code: 'rows-hidden',
        message: '工作表“支出表”有 1 行被隐藏（第 11 行），这些行也已读取。',
      },
      {
        stage: 'read',
        code: 'formula-mismatch',
        message:
          '工作表“支出表”D8 的公式 SUM(E8:F8) 保存的结果是 48,993,300.00，但按单元格重新相加是 48993200.00；表中用的是保存的结果，请核对该表。',
      },
      { stage: 'read', code: 'sheet-hidden', message: '工作表“底稿”是隐藏的，其中的内容也已读取。' },
    ]);
    // The hidden row is read all the same.
    const spending = tableOf(extractDisclosure(parsed), 'general-budget-expenditure');
    expect(rowOf(spending, { code: '2080505' }).seq).toBe('4');
  });

  it('no SUM of the seed workbooks disagrees with its range', async () => {
    const parsed = await read('xlsx/003-guantao-2023-budget.xlsx');
    expect(parsed.warnings).toEqual([]);
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The smallest XLSX package around one sheet's `<sheetData>`, named Sheet1. */
function xlsxOf(sheetData: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

describe('hostile workbooks stay within bounds', () => {
  it('refuses a sheet whose text spans A1 to XFD1048576, saying the extent', async () => {
    const far = xlsxOf(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row>' +
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>乙</t></is></c></row>',
    );
    await expect(readDocument(far)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('1048576 行 × 16384 列'),
    });
  });

  it('names the first five stale SUMs and counts the rest', async () => {
    const rows = Array.from(
      { length: 8 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="B${i + 1}"><v>2</v></c><c r="C${i + 1}"><f>SUM(A${i + 1}:B${i + 1})</f><v>4</v></c></row>`,
    );
    const { warnings } = await readDocument(xlsxOf(rows.join('')));
    expect(warnings.map((warning) => warning.code)).toEqual(Array(6).fill('formula-mismatch'));
    expect(warnings[0]!.message).toBe(
      '工作表“Sheet1”C1 的公式 SUM(A1:B1) 保存的结果是 4，但按单元格重新相加是 3；表中用的是保存的结果，请核对该表。',
    );
    expect(warnings[5]!.message).toBe('工作表“Sheet1”另有 3 个 SUM 公式保存的结果与其区域之和不符。');
  });
});

describe('damaged workbooks get a Chinese message', () => {
  it('a workbook whose sheet XML is cut off', async () => {
    const files = unzipSync(
      new Uint8Array(readFileSync(new URL('../fixtures/xlsx/003-guantao-2023-budget.xlsx', import.meta.url))),
    );
    const sheet = files['xl/worksheets/sheet1.xml']!;
    files['xl/worksheets/sheet1.xml'] = sheet.subarray(0, sheet.length / 2);
    files['xl/workbook.xml'] = new TextEncoder().encode('<workbook><sheets><sheet name="x" r:id="rId9"');
    const error = await readDocument(zipSync(files)).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ name: 'ReadError', code: 'corrupt-file' });
    expect((error as Error).message).toMatch(/^XLSX 表格文件已损坏或不是有效的 Excel 文件，无法打开/);
  });
});
