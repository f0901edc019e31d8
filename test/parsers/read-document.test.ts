// readDocument: each sniffed format reaches its reader or ends in a ReadError saying what to do.

import { describe, expect, it } from 'vitest';
import type { ReadErrorCode } from '../../src/lib/model/read-error';
import { readDocument } from '../../src/parsers';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { readFormatFixture, utf8, type FormatFixture } from './format-fixtures';

async function errorOf(bytes: Uint8Array): Promise<{ code: ReadErrorCode; message: string }> {
  const error: unknown = await readDocument(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toMatchObject({ name: 'ReadError' });
  return error as { code: ReadErrorCode; message: string };
}

describe('readDocument', () => {
  it('reads a PDF with a text layer, page by page', async () => {
    const pages: Array<[number, number]> = [];
    const document = await readDocument(readFormatFixture('text-layer.pdf'), {
      pdfAssets: nodePdfAssets(),
      onPage: (done, total) => pages.push([done, total]),
    });
    expect(document.format).toBe('pdf');
    expect(document.pages).toBe(2);
    expect(pages).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const texts = document.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
    expect(texts).toContain('一般公共预算财政拨款支出表');
    expect(
      document.blocks.every((block) => (block.type === 'paragraph' ? block.page : block.rowPages?.[0]) !== undefined),
    ).toBe(true);
  });

  it('reads a DOCX', async () => {
    const document = await readDocument(readFormatFixture('merged-header.docx'));
    expect(document.format).toBe('docx');
    expect(document.blocks.filter((block) => block.type === 'table')).toHaveLength(1);
  });

  it('decodes a GBK page by its <meta> charset and reads it as HTML', async () => {
    const document = await readDocument(readFormatFixture('gbk-meta.html'));
    expect(document).toEqual({
      format: 'html',
      pages: null,
      blocks: [
        { type: 'paragraph', text: '2024年部门预算公开说明' },
        {
          type: 'table',
          rows: [
            [{ text: '项目' }, { text: '预算数' }],
            [{ text: '一般公共预算拨款收入' }, { text: '1,234.56' }],
          ],
        },
      ],
      warnings: [],
    });
  });

  it('decodes GBK text and reads it with the text reader', async () => {
    const document = await readDocument(readFormatFixture('gbk-text.txt'));
    expect(document.format).toBe('text');
    expect(document.blocks[0]).toEqual({ type: 'paragraph', text: '涞水县医疗保障局2024年部门预算' });
    expect(document.blocks).toContainEqual({
      type: 'table',
      rows: [
        [{ text: '项目' }, { text: '预算数' }],
        [{ text: '一般公共预算拨款收入' }, { text: '1,234.56' }],
      ],
    });
  });

  // LibreOffice saved the same two-row CSV as both; `120.50` is a General-format number, shown as `120.5`.
  it.each([
    ['sheet.xlsx', 'xlsx'],
    ['legacy-sheet.xls', 'xls'],
  ] as const)('reads the spreadsheet %s as one table', async (name, format) => {
    const document = await readDocument(readFormatFixture(name));
    expect(document).toEqual({
      format,
      pages: null,
      blocks: [
        {
          type: 'table',
          rows: [
            [{ text: '科目编码' }, { text: '科目名称' }, { text: '合计' }],
            [{ text: '208' }, { text: '社会保障和就业支出' }, { text: '120.5' }],
          ],
        },
      ],
      warnings: [],
    });
  });

  it.each<[FormatFixture, ReadErrorCode, RegExp]>([
    ['legacy-word.doc', 'legacy-doc', /^这是旧版 Word（\.doc）文件/],
    ['archive.zip', 'unknown-format', /压缩包.*解压/],
  ])('stops %s with %s', async (name, code, message) => {
    const error = await errorOf(readFormatFixture(name));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('names pictures and empty files, and lists the formats for junk', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(await errorOf(png)).toMatchObject({
      code: 'unknown-format',
      message: expect.stringMatching(/图片（PNG）/),
    });
    expect(await errorOf(new Uint8Array())).toMatchObject({ code: 'empty-file' });
    const junk = await errorOf(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x04]));
    expect(junk.code).toBe('unknown-format');
    expect(junk.message).toContain('DOCX、XLSX、XLS、PDF、HTML、TXT');
  });

  it('stops with an AbortError when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readDocument(utf8('预算'), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
