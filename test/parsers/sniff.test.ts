// sniffFormat on real files of each format and on hand-made byte patterns.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/parsers/sniff';
import { REAL_DIR } from '../helpers/shared-files';
import { readFormatFixture, utf8, type FormatFixture } from './format-fixtures';

describe('sniffFormat on files made by LibreOffice, zip and iconv', () => {
  it.each<[FormatFixture, string]>([
    ['merged-header.docx', 'docx'],
    ['sheet.xlsx', 'xlsx'],
    ['archive.zip', 'zip'],
    ['legacy-word.doc', 'doc'],
    ['legacy-sheet.xls', 'xls'],
    ['text-layer.pdf', 'pdf'],
    ['gbk-meta.html', 'html'],
    ['gbk-text.txt', 'text'],
  ])('%s is %s', (name, kind) => {
    expect(sniffFormat(readFormatFixture(name)).kind).toBe(kind);
  });

  it('reads the kind from the bytes, not from where they sit in a larger buffer', () => {
    const docx = readFormatFixture('merged-header.docx');
    const padded = new Uint8Array(docx.length + 7);
    padded.set(docx, 7);
    expect(sniffFormat(padded.subarray(7)).kind).toBe('docx');
  });

  it('finds a DOCX whose central directory was cut off (a truncated download)', () => {
    const docx = readFormatFixture('merged-header.docx');
    expect(sniffFormat(docx.subarray(0, docx.length - 600)).kind).toBe('docx');
  });
});

describe('sniffFormat on the real disclosure PDFs', () => {
  const pdfs = readdirSync(REAL_DIR).filter((name) => name.endsWith('.pdf'));

  it.each(pdfs)('%s is pdf', (name) => {
    expect(sniffFormat(readFileSync(`${REAL_DIR}${name}`)).kind).toBe('pdf');
  });
});

describe('sniffFormat on byte patterns', () => {
  it('names pictures by their magic', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48];
    expect(sniffFormat(new Uint8Array(png))).toEqual({ kind: 'image', image: 'png' });
    expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({
      kind: 'image',
      image: 'jpeg',
    });
    expect(sniffFormat(utf8('GIF89a\x01\x00'))).toEqual({ kind: 'image', image: 'gif' });
    expect(sniffFormat(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]))).toEqual({
      kind: 'image',
      image: 'tiff',
    });
  });

  it('calls no bytes, or only a BOM and whitespace, empty', () => {
    expect(sniffFormat(new Uint8Array()).kind).toBe('empty');
    expect(sniffFormat(utf8('\ufeff \r\n\t\n')).kind).toBe('empty');
    expect(sniffFormat(utf8('\u3000')).kind).toBe('text');
  });

  it('finds %PDF- after junk within the first 1024 bytes, not later', () => {
    expect(sniffFormat(utf8(`${'x'.repeat(500)}%PDF-1.7\n`)).kind).toBe('pdf');
    expect(sniffFormat(utf8(`${'x'.repeat(1100)}%PDF-1.7\n`)).kind).toBe('text');
  });

  it('tells HTML pages and fragments from text that mentions a tag', () => {
    expect(sniffFormat(utf8('\ufeff\n  <!DOCTYPE html><html><body>预算</body></html>')).kind).toBe('html');
    expect(sniffFormat(utf8('<?xml version="1.0"?>\n<HTML><BODY>x</BODY></HTML>')).kind).toBe('html');
    expect(sniffFormat(utf8('<table><tr><td>208</td></tr></table>')).kind).toBe('html');
    expect(sniffFormat(utf8('<!-- saved from url --><META charset=gbk>')).kind).toBe('html');
    expect(sniffFormat(utf8('说明：网页里用 <table> 排版。')).kind).toBe('text');
    expect(sniffFormat(utf8('<tablet>')).kind).toBe('text');
  });

  it('calls a file whose root element is <svg> a picture, and a page with inline <svg> icons a page', () => {
    const svg = { kind: 'image', image: 'svg' };
    expect(sniffFormat(utf8('<svg xmlns="http://www.w3.org/2000/svg"><text>预算</text></svg>'))).toEqual(svg);
    expect(
      sniffFormat(
        utf8(
          '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Generator: Adobe Illustrator -->\n' +
            '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
            '<svg version="1.1"><title>部门预算</title></svg>',
        ),
      ),
    ).toEqual(svg);
    // A saved government page: the search and home icons are inline SVG in the first kilobyte.
    const icon = '<svg viewBox="0 0 16 16" width="16"><path d="M1 1h14v14H1z"/></svg>';
    const page = `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>部门预算公开</title></head><body><div class="header">${icon}<a href="/">首页</a>${icon}</div><table><tr><td>预算</td></tr></table></body></html>`;
    expect(sniffFormat(utf8(page)).kind).toBe('html');
    expect(sniffFormat(utf8(`<div class="nav">${icon}</div><table><tr><td>208</td></tr></table>`)).kind).toBe('html');
  });

  it('reads UTF-16 pages with a BOM as HTML', () => {
    const page = '<html><body>预算</body></html>';
    const bytes = new Uint8Array(2 + page.length * 2);
    bytes.set([0xff, 0xfe]);
    const view = new DataView(bytes.buffer);
    [...page].forEach((char, i) => view.setUint16(2 + i * 2, char.charCodeAt(0), true));
    expect(sniffFormat(bytes).kind).toBe('html');
  });

  it('takes GB18030 text but not binary bytes', () => {
    // 预算 in GBK, then a GB18030 four-byte sequence (U+20AC… region) and ASCII.
    const gbk = new Uint8Array([0xd4, 0xa4, 0xcb, 0xe3, 0x81, 0x30, 0x81, 0x30, 0x0a, 0x31]);
    expect(sniffFormat(gbk).kind).toBe('text');
    expect(sniffFormat(new Uint8Array(64).fill(0xff)).kind).toBe('unknown');
    expect(sniffFormat(new Uint8Array([0x41, 0x42, 0x00, 0x43])).kind).toBe('unknown');
    const noisy = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256 || 1);
    expect(sniffFormat(noisy).kind).toBe('unknown');
  });

  it('calls an OLE2 file without Word or Excel streams ole2', () => {
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffFormat(ole2).kind).toBe('ole2');
    const book = utf8('Book\0');
    const xls95 = ole2.slice();
    book.forEach((code, i) => (xls95[512 + i * 2] = code));
    expect(sniffFormat(xls95).kind).toBe('xls');
  });
});
