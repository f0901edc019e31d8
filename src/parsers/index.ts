// Bytes → document model: sniffs the format from the content and hands the bytes to its reader.
// Formats we cannot read yet end here with a ReadError that tells the user what to do instead.

import type { ParsedDocument } from '../lib/model/document';
import { ReadError } from '../lib/model/read-error';
import { checkDocumentSize, checkFileSize, checkInflatedSize, checkPageCount } from './budgets';
import { readDocx } from './docx/read-docx';
import { findDeclaredCharset } from './html/declared-charset';
import { readHtml } from './html/read-html';
import type { OcrEngine } from './ocr/ocr-engine';
import { readScannedPdf } from './ocr/read-scanned-pdf';
import { readPdf, type PdfAssets } from './pdf/read-pdf';
import { decodeText } from './shared/decode-text';
import { readZipDirectory } from './shared/zip-directory';
import { sniffFormat, type ImageKind } from './sniff';
import { readText } from './text/read-text';
import { readSpreadsheet } from './xlsx/read-spreadsheet';

export interface ReadOptions {
  signal?: AbortSignal;
  /** The PDF's open password, when the user gave one. */
  password?: string;
  /** Where pdf.js finds CMaps and standard fonts; required to read PDFs. */
  pdfAssets?: PdfAssets;
  /** Pages read so far, for formats that have pages. */
  onPage?: (done: number, total: number) => void;
  /** A recogniser for a PDF without a text layer (a scan); without one, a scan is refused. */
  ocr?: { engine: OcrEngine; maxPages?: number };
}

const SUPPORTED = '目前支持 DOCX、XLSX、XLS、PDF、HTML、TXT 格式的文件。';

const IMAGE_NAMES: Record<ImageKind, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  tiff: 'TIFF',
  svg: 'SVG',
};

/** Reads the document, and refuses one with more rows, cells or paragraphs than the budgets allow. */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ParsedDocument> {
  const document = await readAnyFormat(bytes, options);
  checkDocumentSize(document);
  return document;
}

async function readAnyFormat(bytes: Uint8Array, options: ReadOptions): Promise<ParsedDocument> {
  const { signal } = options;
  signal?.throwIfAborted();
  checkFileSize(bytes.byteLength);
  const sniffed = sniffFormat(bytes);
  switch (sniffed.kind) {
    case 'docx': {
      const zip = readZipDirectory(bytes);
      if (zip.truncated) {
        throw new ReadError(
          'corrupt-file',
          'DOCX 文件不完整：文件末尾的压缩包目录缺失，可能是下载或复制时中断了。请重新下载后再试。',
        );
      }
      checkInflatedSize(zip.entries);
      return readDocx(bytes, signal);
    }
    case 'html': {
      const { blocks, warnings } = readHtml(decodeText(bytes, findDeclaredCharset(bytes)));
      signal?.throwIfAborted();
      return { format: 'html', pages: null, blocks, warnings };
    }
    case 'text': {
      const document = readText(decodeText(bytes));
      signal?.throwIfAborted();
      return document;
    }
    case 'pdf': {
      if (!options.pdfAssets) throw new Error('readDocument: pdfAssets are required to read a PDF');
      const { onPage, ocr } = options;
      const common = {
        signal,
        password: options.password,
        assets: options.pdfAssets,
        // The page count is known once the first page is read; a refusal thrown here ends the read.
        onPage: (done: number, total: number) => {
          checkPageCount(total);
          onPage?.(done, total);
        },
      };
      return readPdf(bytes, common).catch((error: unknown) => {
        if (!ocr || !(error instanceof ReadError) || error.code !== 'no-text-layer') throw error;
        return readScannedPdf(bytes, { ...common, engine: ocr.engine, maxPages: ocr.maxPages });
      });
    }
    case 'xlsx': {
      const zip = readZipDirectory(bytes);
      if (zip.truncated) {
        throw new ReadError(
          'corrupt-file',
          'Excel 表格（XLSX）文件不完整：文件末尾的压缩包目录缺失，可能是下载或复制时中断了。请重新下载后再试。',
        );
      }
      checkInflatedSize(zip.entries);
      return readSpreadsheet(bytes, 'xlsx', signal);
    }
    case 'xls':
      return readSpreadsheet(bytes, 'xls', signal);
    case 'doc':
      throw new ReadError('legacy-doc', '这是旧版 Word（.doc）文件，请用 Word 或 WPS 另存为 .docx 后再试。');
    case 'ole2':
      throw new ReadError(
        'unknown-format',
        `这是旧版 Office 文件，但不是 Word 文档。${SUPPORTED}请另存为 DOCX 或 PDF 后再试。`,
      );
    case 'ooxml':
      throw new ReadError(
        'unknown-format',
        `这是一个 Office 文件，但里面没有 Word 文档的正文（word/document.xml）：可能是演示文稿，或是不完整的 Word 文档。${SUPPORTED}`,
      );
    case 'rtf':
      throw new ReadError(
        'unknown-format',
        '这是 RTF 格式的文件，暂不支持。请用 Word 或 WPS 打开后另存为 DOCX 或 PDF 再试。',
      );
    case 'zip':
      throw new ReadError('unknown-format', `这是一个压缩包，不是 Word 文档。请先解压，再选择其中的文件。${SUPPORTED}`);
    case 'image':
      throw new ReadError(
        'unknown-format',
        `这是一张图片（${IMAGE_NAMES[sniffed.image]}），里面的文字无法读取。扫描件暂不支持文字识别；${SUPPORTED}`,
      );
    case 'empty':
      throw new ReadError('empty-file', '文件是空的，没有可读取的内容。');
    case 'unknown':
      throw new ReadError('unknown-format', `无法识别这个文件的格式。${SUPPORTED}`);
  }
}
