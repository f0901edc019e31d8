// The reading budgets at their edges, and the zip directory they are checked against.

import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/lib/model/read-error';
import {
  MAX_FILE_BYTES,
  MAX_PDF_PAGES,
  MAX_SPREADSHEET_CELLS,
  checkFileSize,
  checkInflatedSize,
  checkNestingDepth,
  checkPageCount,
  checkSpreadsheetCells,
} from '../../src/parsers/budgets';
import { readZipDirectory } from '../../src/parsers/shared/zip-directory';

const MB = 1024 * 1024;
const GOOD_DOCX = readFileSync(new URL('../fixtures/docx/002-xianghe-2024-budget.docx', import.meta.url));

function codeOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof ReadError ? error.code : 'not a ReadError';
  }
}

describe('readZipDirectory', () => {
  it('reads names and declared sizes from the central directory', () => {
    const zip = zipSync({ 'a.xml': strToU8('x'.repeat(1000)), 'b/c.txt': strToU8('hello') });
    expect(readZipDirectory(zip).truncated).toBe(false);
    expect(readZipDirectory(zip).entries).toEqual([
      { name: 'a.xml', compressedSize: expect.any(Number), uncompressedSize: 1000 },
      { name: 'b/c.txt', compressedSize: expect.any(Number), uncompressedSize: 5 },
    ]);
    expect(readZipDirectory(zip).entries[0]!.compressedSize).toBeLessThan(100);
  });

  it('falls back to the local headers of a zip cut off before its directory', () => {
    const half = readZipDirectory(GOOD_DOCX.subarray(0, GOOD_DOCX.length / 2));
    expect(half.truncated).toBe(true);
    const names = half.entries.map((entry) => entry.name);
    expect(names).toContain('word/document.xml');
    expect(readZipDirectory(GOOD_DOCX).entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(names));
  });
});

describe('the budgets', () => {
  it('allows a file of exactly the size limit and refuses one byte more, saying both sizes', () => {
    expect(codeOf(() => checkFileSize(MAX_FILE_BYTES))).toBeNull();
    expect(() => checkFileSize(MAX_FILE_BYTES + 1)).toThrow('文件有 64.0 MB，超过了 64.0 MB 的上限');
    expect(codeOf(() => checkFileSize(MAX_FILE_BYTES + 1))).toBe('too-large');
  });

  it('allows a real DOCX and refuses a high ratio or a huge inflated size', () => {
    expect(codeOf(() => checkInflatedSize(readZipDirectory(GOOD_DOCX).entries))).toBeNull();
    const entry = (compressed: number, inflated: number) => [
      { name: 'x', compressedSize: compressed, uncompressedSize: inflated },
    ];
    // 30 MB at 1000:1 is still allowed (only larger parts are ratio-checked); 40 MB at 1000:1 is not.
    expect(codeOf(() => checkInflatedSize(entry(30 * 1024, 30 * MB)))).toBeNull();
    expect(codeOf(() => checkInflatedSize(entry(40 * 1024, 40 * MB)))).toBe('zip-bomb');
    // Pictures barely compress: 200 MB of them is allowed, 300 MB is not, whatever the ratio.
    expect(codeOf(() => checkInflatedSize(entry(190 * MB, 200 * MB)))).toBeNull();
    expect(codeOf(() => checkInflatedSize(entry(290 * MB, 300 * MB)))).toBe('zip-bomb');
  });

  it('allows a workbook of the cell limit and refuses one cell more, in Chinese', () => {
    expect(codeOf(() => checkSpreadsheetCells(MAX_SPREADSHEET_CELLS))).toBeNull();
    expect(codeOf(() => checkSpreadsheetCells(MAX_SPREADSHEET_CELLS + 1))).toBe('too-large');
    expect(() => checkSpreadsheetCells(MAX_SPREADSHEET_CELLS + 1)).toThrow(/1000001 个填写了内容的单元格/);
  });

  it('allows the page limit and refuses one page more', () => {
    expect(codeOf(() => checkPageCount(MAX_PDF_PAGES))).toBeNull();
    expect(codeOf(() => checkPageCount(MAX_PDF_PAGES + 1))).toBe('too-many-pages');
  });

  it('allows 8 levels of tables and 512 of elements, not one more', () => {
    expect(codeOf(() => checkNestingDepth(8, 512))).toBeNull();
    expect(codeOf(() => checkNestingDepth(9, 0))).toBe('too-deep');
    expect(codeOf(() => checkNestingDepth(0, 513))).toBe('too-deep');
  });
});
