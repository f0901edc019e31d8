// What a library says when it fails (JSZip, pdf.js, JSON.parse: English) stays out of the message
// the user reads, which is Chinese; it is kept in `details` (shown folded as 技术细节).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportJson } from '../../src/lib/export/report-json';
import { ReadError, toReadErrorData } from '../../src/lib/model/read-error';
import { readDocument } from '../../src/parsers/index';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { HAN, LATIN_WORDS } from '../helpers/messages';
import { withCompressionMethod } from '../helpers/zip-entries';

/** Our generated fixture 002 with word/document.xml's compression method set to an unknown one. */
function unknownCompression(): Uint8Array {
  const docx = readFileSync(new URL('../fixtures/docx/002-xianghe-2024-budget.docx', import.meta.url));
  return withCompressionMethod(docx, 'word/document.xml', 99);
}

describe('library text stays in details', () => {
  it('a DOCX whose zip names an unknown compression method (JSZip: "Corrupted zip …")', async () => {
    const error = (await readDocument(unknownCompression()).catch((failure: unknown) => failure)) as ReadError;
    expect(error).toBeInstanceOf(ReadError);
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(HAN);
    expect(error.message).not.toMatch(LATIN_WORDS);
    expect(error.details).toMatch(/compression/i);
    expect(error.toData().details).toBe(error.details);
  });

  it('a PDF whose object syntax pdf.js cannot parse (pdf.js: "Illegal character")', async () => {
    // Fixture page-break-split-row.pdf with 2282 of its bytes copied into the middle: fuzz seed
    // 20261202's mutant that the CLI used to refuse as 「文件无法读取：Illegal character: 41」.
    const pdf = readFileSync(new URL('../fixtures/pdf/page-break-split-row.pdf', import.meta.url));
    const spliced = Buffer.concat([pdf.subarray(0, 24363), pdf.subarray(40819, 40819 + 2282), pdf.subarray(24363)]);
    const error = (await readDocument(spliced, { pdfAssets: nodePdfAssets() }).catch(
      (failure: unknown) => failure,
    )) as ReadError;
    expect(error).toBeInstanceOf(ReadError);
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toContain('PDF 文件已损坏');
    expect(error.message).not.toMatch(LATIN_WORDS);
    expect(error.details).toContain('Illegal character');
  });

  it('an error no reader anticipated', () => {
    const data = toReadErrorData(new Error('Bad encoding in flate stream'));
    expect(data.code).toBe('unreadable-file');
    expect(data.message).toMatch(HAN);
    expect(data.message).not.toMatch(LATIN_WORDS);
    expect(data.details).toBe('Error: Bad encoding in flate stream');
  });

  it('a report JSON that does not parse', () => {
    const error = (() => {
      try {
        readReportJson('{"schema": "mingzhang/report@1", "documents": [');
      } catch (failure) {
        return failure as ReadError;
      }
    })()!;
    expect(error.message).toBe('这个文件不是有效的 JSON，无法恢复报告。');
    expect(error.details).toMatch(/JSON/);
  });
});
