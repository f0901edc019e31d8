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
import { readDocument } from '../../src/parsers/index';
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
      { name: 'a.xml', compressedSize: expect.any(Number), uncompressedSize: 1000, sizesPossible: true },
      { name: 'b/c.txt', compressedSize: expect.any(Number), uncompressedSize: 5, sizesPossible: true },
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

/** GOOD_DOCX with the central directory's sizes of one part overwritten (a zip that lies). */
function withDeclaredSizes(part: string, sizes: { compressed?: number; inflated?: number }): Uint8Array {
  const bytes = new Uint8Array(GOOD_DOCX);
  const view = new DataView(bytes.buffer);
  const name = new TextEncoder().encode(part);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
    if (!name.every((byte, i) => bytes[at + 46 + i] === byte)) continue;
    if (sizes.compressed !== undefined) view.setUint32(at + 20, sizes.compressed, true);
    if (sizes.inflated !== undefined) view.setUint32(at + 24, sizes.inflated, true);
    return bytes;
  }
  throw new Error(`no central directory entry ${part}`);
}

describe('a zip that lies about its sizes is corrupt, not a bomb', () => {
  it.each([
    ['inflates beyond what deflate can', { inflated: 300 * MB }],
    ['disagrees with its local header (50 MB from 57 KB is possible, but not declared there)', { inflated: 50 * MB }],
    ['declares more data than the file holds', { compressed: 3 * MB, inflated: 280 * MB }],
    ['says "see the ZIP64 field" but has none', { inflated: 0xffffffff }],
  ])('a part that %s', async (_what, sizes) => {
    const lying = withDeclaredSizes('word/document.xml', sizes);
    expect(readZipDirectory(lying).entries.find((entry) => entry.name === 'word/document.xml')!.sizesPossible).toBe(
      false,
    );
    const error = await readDocument(lying).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe('corrupt-file');
    expect((error as ReadError).message).toContain('损坏');
    expect((error as ReadError).message).not.toContain('压缩炸弹');
  });

  it('while a real bomb, whose sizes are all possible, stays a bomb', () => {
    const bomb = readZipDirectory(readFileSync(new URL('../fixtures/bad/zip-bomb.docx', import.meta.url)));
    expect(bomb.entries.every((entry) => entry.sizesPossible)).toBe(true);
    expect(codeOf(() => checkInflatedSize(bomb.entries))).toBe('zip-bomb');
    expect(readZipDirectory(GOOD_DOCX).entries.every((entry) => entry.sizesPossible)).toBe(true);
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
      { name: 'x', compressedSize: compressed, uncompressedSize: inflated, sizesPossible: true },
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
