// The PDF route on LibreOffice PDFs of the seeds: the same tables as the text route, row for row
// and amount for amount, with every row's page.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import { STANDARD_KINDS } from '../../src/lib/model/table-vocabulary';
import type { Disclosure, StandardTable } from '../../src/lib/model/disclosure';
import { readDocument } from '../../src/parsers';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { readText } from '../../src/parsers/text/read-text';
import { readSeedText } from '../helpers/shared-files';
import { printedTable, rowOf, tableOf } from '../helpers/tables';
import { expectSeedTables, SEED_SPECS } from './seed-expectations';

async function extractPdf(file: string): Promise<Disclosure> {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${file}`, import.meta.url)));
  const parsed = await readDocument(bytes, { pdfAssets: nodePdfAssets() });
  expect(parsed.format).toBe('pdf');
  return extractDisclosure(parsed);
}

/** What the seed text says too: no pages, no block positions, no stray words of a cut header. */
function comparable(tables: StandardTable[]) {
  return tables.filter((table) => table.kind !== 'other' && table.kind !== 'project-performance').map(printedTable);
}

describe.each([
  ['000', '000-bordered-portrait.pdf'],
  ['002', '002-bordered-portrait.pdf'],
  ['003', '003-bordered-portrait.pdf'],
] as const)('seed %s as a bordered A4 portrait PDF (%s)', (id, file) => {
  it('gives the hand-checked figures of all nine tables', async () => {
    expectSeedTables(await extractPdf(file), SEED_SPECS[id]);
  });

  it('gives the same tables as the seed text, and a page for every row', async () => {
    const fromPdf = await extractPdf(file);
    const fromText = extractDisclosure(readText(readSeedText(id)));
    expect(comparable(fromPdf.tables)).toEqual(comparable(fromText.tables));
    const rows = fromPdf.tables.flatMap((table) => table.rows);
    expect(rows.every((row) => typeof row.page === 'number' && row.page >= 1)).toBe(true);
  });
});

describe.each([
  ['002', '002-borderless-landscape.pdf'],
  ['003', '003-borderless-landscape.pdf'],
] as const)('seed %s as a borderless A4 landscape PDF (%s): tables found by alignment alone', (id, file) => {
  it('gives the same nine standard tables as the seed text', async () => {
    const nine = (tables: StandardTable[]) => comparable(tables.filter((table) => STANDARD_KINDS.includes(table.kind)));
    const fromPdf = await extractPdf(file);
    expect(fromPdf.meta).toEqual(SEED_SPECS[id].meta);
    expect(nine(fromPdf.tables)).toEqual(nine(extractDisclosure(readText(readSeedText(id))).tables));
    expect(nine(fromPdf.tables)).toHaveLength(9);
  });
});

describe('named PDF regressions', () => {
  it('page-break-split-row.pdf: one table over two pages, the split row and number joined', async () => {
    const table = tableOf(await extractPdf('page-break-split-row.pdf'), 'income-summary');
    expect(table.rows.map((row) => row.seq)).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
    expect(rowOf(table, { code: '2101202' })).toMatchObject({
      name: '财政对城乡居民基本医疗保险基金的补助',
      cells: { 合计: '38990000.00', '本年收入/小计': '38990000.00', '本年收入/财政拨款收入': '38990000.00' },
      page: 1,
    });
    expect(rowOf(table, { code: '2210201' }).page).toBe(2);
  });
});
