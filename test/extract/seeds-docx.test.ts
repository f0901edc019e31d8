// The DOCX route (LibreOffice-made fixtures of the seeds): the same tables as the text route,
// figure for figure, and the named page-break regressions.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import type { Disclosure, StandardTable } from '../../src/lib/model/disclosure';
import { readDocument } from '../../src/parsers';
import { readText } from '../../src/parsers/text/read-text';
import { readSeedText, type SeedId } from '../helpers/shared-files';
import { rowOf, tableOf } from '../helpers/tables';
import { expectSeedTables, SEED_SPECS } from './seed-expectations';

const DOCX_FIXTURES: Record<SeedId, string> = {
  '000': '000-laishui-2021-budget.docx',
  '001': '001-huailai-2020-budget.docx',
  '002': '002-xianghe-2024-budget.docx',
  '003': '003-guantao-2023-budget.docx',
  '004': '004-zhaohua-2021-final-accounts.docx',
};

async function extractDocx(file: string): Promise<Disclosure> {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/docx/${file}`, import.meta.url)));
  const parsed = await readDocument(bytes);
  expect(parsed.format).toBe('docx');
  return extractDisclosure(parsed);
}

/** Tables without where they sit in each file's block list, which differs between formats. */
function comparable(tables: StandardTable[]) {
  return tables.map(({ blockIndex: _blockIndex, ...table }) => table);
}

describe('standard tables from the DOCX fixtures', () => {
  for (const id of ['000', '002', '003'] as const) {
    it(`seed ${id}: all nine tables with the printed figures`, async () => {
      expectSeedTables(await extractDocx(DOCX_FIXTURES[id]), SEED_SPECS[id]);
    });
  }

  for (const id of Object.keys(DOCX_FIXTURES) as SeedId[]) {
    it(`seed ${id}: DOCX and text give identical tables and meta`, async () => {
      const fromDocx = await extractDocx(DOCX_FIXTURES[id]);
      const fromText = extractDisclosure(readText(readSeedText(id)));
      expect(fromDocx.meta).toEqual(fromText.meta);
      expect(comparable(fromDocx.tables)).toEqual(comparable(fromText.tables));
    });
  }
});

describe('named regressions', () => {
  it('page-break-split-row.docx: one table, the split row and split number joined', async () => {
    const disclosure = await extractDocx('page-break-split-row.docx');
    const table = tableOf(disclosure, 'income-summary');
    expect(table.unit).toBe('元');
    expect(table.rows.map((row) => row.seq)).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
    expect(rowOf(table, { code: '2101202' })).toMatchObject({
      name: '财政对城乡居民基本医疗保险基金的补助',
      cells: { 合计: '38990000.00', '本年收入/小计': '38990000.00', '本年收入/财政拨款收入': '38990000.00' },
    });
  });

  it('fullwidth-space-cells.docx: cells of `　` are blank, `8.75　` is 8.75, indented names trimmed', async () => {
    const disclosure = await extractDocx('fullwidth-space-cells.docx');
    const spending = tableOf(disclosure, 'general-budget-expenditure');
    expect(rowOf(spending, { code: '2101501' }).cells).toEqual({
      合计: '233.38',
      '基本支出/小计': '224.63',
      '基本支出/人员经费': '154.38',
      '基本支出/公用经费': '70.25',
      项目支出: '8.75',
    });
    const threePublic = tableOf(disclosure, 'three-public-expenditure');
    expect(rowOf(threePublic, { seq: '4' }).name).toBe('其中：教学科研人员因公出国（境）费');
    expect(rowOf(threePublic, { seq: '4' }).cells).toEqual({});
    expect(rowOf(threePublic, { seq: '2' }).cells).toEqual({
      '资金性质/合计': '2.50',
      '资金性质/一般公共预算财政拨款': '2.50',
    });
  });
});
