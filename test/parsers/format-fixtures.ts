// Loads the small real-format files made by test/fixtures/formats/make-format-fixtures.sh.

import { readFileSync } from 'node:fs';

export type FormatFixture =
  | 'archive.zip'
  | 'gbk-meta.html'
  | 'gbk-text.txt'
  | 'legacy-sheet.xls'
  | 'legacy-word.doc'
  | 'merged-header.docx'
  | 'sheet.xlsx'
  | 'text-layer.pdf';

export function readFormatFixture(name: FormatFixture): Uint8Array {
  return readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
