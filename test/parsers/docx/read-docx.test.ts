// readDocx on a DOCX made by LibreOffice: merged header cells and a vertical merge in the body.

import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/lib/model/document';
import { ReadError } from '../../../src/lib/model/read-error';
import { readDocx } from '../../../src/parsers/docx/read-docx';
import { readFormatFixture } from '../format-fixtures';

describe('readDocx', () => {
  it('reads the paragraphs and the exact grid of merged-header.docx', async () => {
    const document = await readDocx(readFormatFixture('merged-header.docx'));
    expect(document.format).toBe('docx');
    expect(document.pages).toBeNull();
    expect(document.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(document.blocks[0]).toEqual({ type: 'paragraph', text: '一般公共预算财政拨款支出表' });
    expect(document.blocks[1]).toEqual({ type: 'paragraph', text: '单位：万元' });
    expect(document.blocks[3]).toEqual({
      type: 'paragraph',
      text: '注：无政府性基金预算拨款，空表列示。',
    });
    const table = document.blocks[2] as TableBlock;
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['科目编码', '科目名称', '一般公共预算支出', '一般公共预算支出', '一般公共预算支出'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['208', '社会保障和就业支出', '120.50', '100.00', '20.50'],
      ['20805', '行政事业单位养老支出', '120.50', '100.00', '20.50'],
      ['20805', '机关事业单位基本养老保险缴费支出', '80.00', '80.00', ''],
    ]);
    const origins = table.rows.map((row) => row.map((cell) => cell.spanOrigin ?? null));
    expect(origins).toEqual([
      [null, null, null, { row: 0, col: 2 }, { row: 0, col: 2 }],
      [{ row: 0, col: 0 }, { row: 0, col: 1 }, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [{ row: 3, col: 0 }, null, null, null, null],
    ]);
  });

  it('leaves out mammoth style-mapping notices, which say nothing about the content', async () => {
    const { warnings } = await readDocx(readFormatFixture('merged-header.docx'));
    expect(warnings).toEqual([]);
  });

  it('throws corrupt-file for a DOCX cut off in the middle', async () => {
    const docx = readFormatFixture('merged-header.docx');
    const error = await readDocx(docx.subarray(0, 3000)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).code).toBe('corrupt-file');
    expect((error as ReadError).message).toMatch(/^DOCX 文件已损坏/);
  });

  it('stops before reading when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readDocx(readFormatFixture('merged-header.docx'), controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
