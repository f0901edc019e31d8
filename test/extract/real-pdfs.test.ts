// Every real published PDF in ../shared/real: the standard tables it holds, on the pages they are
// printed on, with their units, row counts, totals and every 功能分类 row, as hand-checked in
// real-pdf-expectations.ts (transcribed from the printed pages, independently of this code).

import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import { cleanLabel } from '../../src/lib/extract/clean-text';
import { parseAmount } from '../../src/lib/extract/parse-amount';
import type { Disclosure, StandardTable, TableRow } from '../../src/lib/model/disclosure';
import { readDocument } from '../../src/parsers';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_DIR } from '../helpers/shared-files';
import { identityMismatches } from '../helpers/identities';
import { REAL_PDFS, type ExpectedRow, type ExpectedTable } from './real-pdf-expectations';

/**
 * Identities that do not hold in what was extracted, because they do not hold in the printed
 * file either (each is among the printedDefects of real-pdf-expectations.ts). Any other broken
 * identity is an extraction bug.
 */
const PRINTED_IDENTITY_DEFECTS: Record<string, string[]> = {
  // The 基本支出 table prints the 款 codes 30102 and 30107 as `301 | 2` and `301 | 7`: 301 then misses them.
  '上海市普陀区人民政府万里街道办事处24年预算.pdf': [
    'general-budget-basic-expenditure 301 一般公共预算基本支出/合计: 88282511 ≠ Σ 60211601',
    'general-budget-basic-expenditure 301 一般公共预算基本支出/人员经费: 88282511 ≠ Σ 60211601',
  ],
  // 决算: 6.20 of 其他收入 went to carry-forward; several 合计 are printed 0.01 below the sum of their 类.
  '上海市普陀区财政局2024年度部门决算.pdf': [
    'income-expenditure-summary 本年收支: 2946.25 ≠ 2940.05',
    'income-summary 合计 本年收入合计: 2946.25 ≠ Σ 2946.26',
    'income-summary 合计 财政拨款收入: 2940.05 ≠ Σ 2940.06',
    'expenditure-summary 合计 本年支出合计: 2940.05 ≠ Σ 2940.06',
    'expenditure-summary 合计 基本支出: 2336.91 ≠ Σ 2336.92',
    'general-budget-expenditure 合计 合计: 2940.05 ≠ Σ 2940.06',
    'general-budget-expenditure 合计 基本支出: 2336.91 ≠ Σ 2336.92',
    // The 基本支出 table prints 301 as 2,082.85 and 302 as 171.07 against sums of 2,082.86 and 171.09.
    'general-budget-basic-expenditure 301 决算数: 2082.85 ≠ Σ 2082.86',
    'general-budget-basic-expenditure 302 决算数: 171.07 ≠ Σ 171.09',
  ],
};

const cache = new Map<string, Promise<Disclosure & { pages: number | null }>>();

function readReal(file: string) {
  if (!cache.has(file)) {
    cache.set(
      file,
      (async () => {
        const parsed = await readDocument(new Uint8Array(readFileSync(`${REAL_DIR}${file}`)), {
          pdfAssets: nodePdfAssets(),
        });
        return { ...extractDisclosure(parsed), pages: parsed.pages };
      })(),
    );
  }
  return cache.get(file)!;
}

/** An expected column path matches the printed path, or its last level when the levels above differ in wording. */
function columnFor(expectedPath: string, table: StandardTable, side?: TableRow['side']): string | undefined {
  const exact = table.columns.find((path) => path === expectedPath);
  if (exact) return exact;
  const leaf = expectedPath.split('/').at(-1)!;
  const sideLabel = side === 'income' ? '收入' : side === 'expenditure' ? '支出' : undefined;
  const candidates = table.columns.filter(
    (path) => path.split('/').at(-1) === leaf && (!sideLabel || path.startsWith(sideLabel)),
  );
  return candidates.length === 1 ? candidates[0] : candidates.find((path) => expectedPath.endsWith(path));
}

function candidateRows(table: StandardTable, expected: ExpectedRow): TableRow[] {
  return table.rows.filter(
    (row) =>
      (expected.side === undefined || row.side === expected.side) &&
      (expected.code ? row.code === expected.code : cleanLabel(row.name) === expected.name),
  );
}

/** Expected cells by the printed column paths; amounts go to `cells`, words (采购组织形式) to `texts`. */
function expectedCells(table: StandardTable, expected: ExpectedRow, amounts: boolean): Record<string, string> {
  return Object.fromEntries(
    Object.entries(expected.cells)
      .filter(([, value]) => (parseAmount(value) !== null) === amounts)
      .map(([path, value]) => [columnFor(path, table, expected.side) ?? path, value]),
  );
}

function expectRow(table: StandardTable, expected: ExpectedRow): void {
  const candidates = candidateRows(table, expected);
  expect(candidates.length, `${table.title}: row ${JSON.stringify(expected)}`).toBeGreaterThan(0);
  const amounts = expectedCells(table, expected, true);
  const words = expectedCells(table, expected, false);
  // The same item can be printed under several projects (政府采购): any one of them may be meant.
  const row = candidates.find((r) => isDeepStrictEqual(r.cells, amounts)) ?? candidates[0]!;
  const label = `${table.title}: ${expected.code ?? ''} ${expected.name}`;
  expect(row.cells, label).toEqual(amounts);
  if (Object.keys(words).length) expect(row.texts, label).toMatchObject(words);
}

function tableFor(disclosure: Disclosure, expected: ExpectedTable): StandardTable | undefined {
  return disclosure.tables.find((table) => table.kind === expected.kind && cleanLabel(table.title) === expected.title);
}

const STANDARD = (table: ExpectedTable) => table.kind !== 'other' && table.kind !== 'project-performance';

describe.each(REAL_PDFS)('$file', (pdf) => {
  it('is read with its pages and meta', async () => {
    const disclosure = await readReal(pdf.file);
    expect(disclosure.pages).toBe(pdf.pages);
    expect(disclosure.meta).toMatchObject(pdf.meta);
  });

  it('keeps every accounting identity that the printed file keeps', async () => {
    expect(identityMismatches(await readReal(pdf.file))).toEqual(PRINTED_IDENTITY_DEFECTS[pdf.file] ?? []);
  });

  for (const expected of pdf.tables.filter(STANDARD)) {
    it(`${expected.kind}: ${expected.title} (p.${expected.pages.join('–')})`, async () => {
      const table = tableFor(await readReal(pdf.file), expected);
      expect(table, `table «${expected.title}» of kind ${expected.kind}`).toBeDefined();
      expect(table!.page).toBe(expected.pages[0]);
      expect(table!.unit).toBe(expected.unit);
      expect(table!.empty).toBe(expected.empty);
      if (expected.rowCount !== undefined && !expected.empty) expect(table!.rows).toHaveLength(expected.rowCount);
      for (const row of [...expected.totals, ...(expected.rows ?? [])]) expectRow(table!, row);
    });
  }
});
