// PDFs that cannot simply be read: scans, passwords, fonts without a Unicode map. Each gets a
// Chinese message naming what is wrong (and which pages); nothing is invented from them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/lib/inspect';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));
}

function inspect(name: string, password?: string) {
  return inspectFile(name, fixture(name), { pdfAssets: nodePdfAssets(), password });
}

describe('PDFs that need care', () => {
  it('a scan (pages of images, no text layer) says which pages have no text', async () => {
    const report = await inspect('scanned-002.pdf');
    expect(report.error?.code).toBe('no-text-layer');
    expect(report.error?.message).toContain('第 1、2、3、4 页没有文字层');
    expect(report.tables).toEqual([]);
  });

  it('a PDF with only an owner password opens without asking', async () => {
    const report = await inspect('encrypted-owner-only.pdf');
    expect(report.error).toBeUndefined();
    expect(report.source).toMatchObject({ format: 'pdf', pages: 2 });
    expect(report.tables.some((table) => table.kind === 'income-summary')).toBe(true);
  });

  it('a PDF with an open password asks for it, says when it is wrong, and opens with it', async () => {
    const asked = await inspect('encrypted-user-password.pdf');
    expect(asked.error).toEqual({
      code: 'password-required',
      message: '这个 PDF 设置了打开密码，请输入密码后再读取。',
    });

    const wrong = await inspect('encrypted-user-password.pdf', 'not-it');
    expect(wrong.error).toEqual({ code: 'wrong-password', message: 'PDF 密码不正确，请重新输入。' });

    const opened = await inspect('encrypted-user-password.pdf', 'mingzhang');
    expect(opened.error).toBeUndefined();
    const table = opened.tables.find((t) => t.kind === 'income-summary');
    expect(table?.rows.find((row) => row.code === '2101202')?.cells['合计']).toBe('38990000.00');
  });

  it('a font without a Unicode map is named as garbled text, not read as tables', async () => {
    const report = await inspect('garbled-no-tounicode.pdf');
    expect(report.error?.code).toBe('garbled-text');
    expect(report.error?.message).toMatch(/第 1、2 页提取出的文字是乱码/);
    expect(report.tables).toEqual([]);
  });

  it('a truncated PDF is reported as damaged', async () => {
    const bytes = fixture('page-break-split-row.pdf').slice(0, 3000);
    const report = await inspectFile('cut.pdf', bytes, { pdfAssets: nodePdfAssets() });
    expect(report.error?.code).toBe('corrupt-file');
    expect(report.error?.message).toContain('PDF 文件已损坏或不完整');
  });
});
