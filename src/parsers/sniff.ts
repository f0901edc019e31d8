// Which format a file is, from its bytes alone: users rename files, and sites serve .doc that
// are HTML and .xls that are web pages, so the name and extension are never trusted.

import { readZipDirectory } from './shared/zip-directory';

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'tiff' | 'svg';

export type Sniffed =
  | {
      kind:
        | 'docx'
        | 'xlsx'
        | 'ooxml'
        | 'zip'
        | 'pdf'
        | 'doc'
        | 'xls'
        | 'ole2'
        | 'rtf'
        | 'html'
        | 'text'
        | 'empty'
        | 'unknown';
    }
  | { kind: 'image'; image: ImageKind };

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = ascii('%PDF-');
const RTF_MAGIC = ascii('{\\rtf');
/** `%PDF-` may follow some junk (a mail header, a BOM); readers accept it within 1024 bytes. */
const PDF_SEARCH_LENGTH = 1024;
const HTML_SEARCH_LENGTH = 4096;
const TEXT_SAMPLE_LENGTH = 64 * 1024;

/** Scans arrive as pictures; TIFF is what office scanners and fax software write. */
const IMAGE_MAGIC: Array<[ImageKind, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', ascii('GIF87a')],
  ['gif', ascii('GIF89a')],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
];

export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (isBlank(bytes)) return { kind: 'empty' };
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return sniffZip(bytes);
  if (startsWith(bytes, OLE2_MAGIC)) return sniffOle2(bytes);
  if (indexOf(bytes, PDF_MAGIC, 0, PDF_SEARCH_LENGTH) >= 0) return { kind: 'pdf' };
  const image = IMAGE_MAGIC.find(([, magic]) => startsWith(bytes, magic));
  if (image) return { kind: 'image', image: image[0] };
  if (startsWith(bytes, RTF_MAGIC)) return { kind: 'rtf' };
  const markup = readMarkupHead(bytes);
  if (SVG_ROOT.test(markup)) return { kind: 'image', image: 'svg' };
  if (HTML_TAG.test(markup)) return { kind: 'html' };
  if (looksLikeText(bytes)) return { kind: 'text' };
  return { kind: 'unknown' };
}

/** No bytes, or nothing but a BOM and whitespace: nothing a reader could find. */
function isBlank(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

/**
 * By the entry names in the zip's headers. Sniffing must be synchronous and cheap, and JSZip
 * only opens a zip asynchronously; the DOCX reader opens the zip properly afterwards and reports
 * a corrupt one. A truncated download keeps its local headers though it loses the directory.
 */
function sniffZip(bytes: Uint8Array): Sniffed {
  const names = new Set(readZipDirectory(bytes).entries.map((entry) => entry.name));
  if (names.has('word/document.xml')) return { kind: 'docx' };
  if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return { kind: 'xlsx' };
  // An Office package without a Word body or a workbook: a presentation, or a broken DOCX.
  if (names.has('[Content_Types].xml')) return { kind: 'ooxml' };
  return { kind: 'zip' };
}

/**
 * An OLE2 compound file names its streams in UTF-16LE in its directory. Word puts its text in
 * a `WordDocument` stream, Excel in `Workbook` (`Book` before Excel 97). Word is checked first:
 * a .doc with an embedded chart carries that chart's `Workbook` stream too.
 */
function sniffOle2(bytes: Uint8Array): Sniffed {
  if (indexOf(bytes, streamName('WordDocument'), 0) >= 0) return { kind: 'doc' };
  if (indexOf(bytes, streamName('Workbook'), 0) >= 0) return { kind: 'xls' };
  if (indexOf(bytes, streamName('Book'), 0) >= 0) return { kind: 'xls' };
  return { kind: 'ole2' };
}

/** A directory entry name in UTF-16LE, NUL-terminated so that `Book` does not match `Workbook`. */
function streamName(name: string): number[] {
  return ascii(`${name}\0`).flatMap((code) => [code, 0]);
}

const HTML_TAG = /<(?:!doctype\s+html|html|head|body|table|meta)[\s>/]/i;
/**
 * An SVG is XML text, but a picture: its text is labels, never a document. It is a picture only
 * when `<svg>` is the root element, after any XML prolog, comments and doctype: a web page often
 * carries inline `<svg>` icons in its header, and is still a page.
 */
const SVG_ROOT = /^(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!doctype\s+svg[^>]*>\s*)*<svg[\s>]/i;

/**
 * The first few KB when they start as markup does (a tag, a comment or an XML prolog), else ''.
 * Then a page or a saved fragment has one of the tags it opens with; text that merely quotes a
 * tag does not start with `<`. The test is on ASCII only, so GBK pages pass as well as UTF-8
 * ones; UTF-16 is decoded.
 */
function readMarkupHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HTML_SEARCH_LENGTH);
  const encoding = startsWith(head, [0xff, 0xfe]) ? 'utf-16le' : startsWith(head, [0xfe, 0xff]) ? 'utf-16be' : 'latin1';
  const text = new TextDecoder(encoding).decode(head).replace(/^[\ufeff\u00ef\u00bb\u00bf\s]+/, '');
  return text.startsWith('<') ? text : '';
}

/**
 * Text has (almost) no control bytes, and is valid UTF-8 or well-formed GB18030. GB18030
 * decodes any bytes without error, so its byte structure is checked instead.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, TEXT_SAMPLE_LENGTH);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    // Tab, LF, VT, FF, CR and the DOS end-of-file mark 0x1A occur in real text files.
    if ((byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a].includes(byte)) || byte === 0x7f) {
      controls++;
    }
  }
  if (controls > sample.length / 100) return false;
  return isUtf8(sample) || isGb18030(sample);
}

function isUtf8(sample: Uint8Array): boolean {
  try {
    // `stream: true` leaves a sequence cut off at the end of the sample pending instead of failing.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Counts malformed GB18030 sequences; a few are tolerated (a file edited by hand). A sequence
 * cut off by the end of the sample is not counted.
 */
function isGb18030(sample: Uint8Array): boolean {
  let sequences = 0;
  let malformed = 0;
  let i = 0;
  while (i < sample.length) {
    const lead = sample[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    sequences++;
    const second = sample[i + 1];
    if (second === undefined) break;
    if (lead >= 0x81 && lead <= 0xfe && second >= 0x30 && second <= 0x39) {
      const third = sample[i + 2] ?? 0x81;
      const fourth = sample[i + 3] ?? 0x30;
      if (third < 0x81 || third > 0xfe || fourth < 0x30 || fourth > 0x39) malformed++;
      i += 4;
      continue;
    }
    const validPair = lead >= 0x81 && lead <= 0xfe && second >= 0x40 && second <= 0xfe && second !== 0x7f;
    if (!validPair) malformed++;
    i += validPair ? 2 : 1;
  }
  return malformed <= sequences / 100;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((byte, i) => bytes[i] === byte);
}

/** Start of the first `pattern` (non-empty) at or after `from` that ends before `limit`, or -1. */
function indexOf(bytes: Uint8Array, pattern: number[], from: number, limit = bytes.length): number {
  const [first = 0] = pattern;
  // The search for the first byte stops at the limit instead of running on through the whole file.
  const window = bytes.subarray(0, Math.min(limit, bytes.length));
  const last = window.length - pattern.length;
  let at = window.indexOf(first, from);
  while (at >= 0 && at <= last) {
    if (pattern.every((byte, i) => bytes[at + i] === byte)) return at;
    at = window.indexOf(first, at + 1);
  }
  return -1;
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}
