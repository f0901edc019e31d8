// Pages' content streams and form XObjects, decoded with pdf-lib, for content-paths.ts. pdf.js
// keeps its parsed objects in its worker; pdf-lib opens the same bytes a second time, which costs
// far less than pdf.js's operator list. Files pdf-lib cannot serve (encrypted, broken page tree,
// a filter it lacks) return null, and the caller asks pdf.js for the operator list instead.

import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  ParseSpeeds,
  decodePDFRawStream,
  type PDFObject,
  type PDFPageLeaf,
} from 'pdf-lib';
import { unzlibSync } from 'fflate';
import { readContentPaths, type FormXObject, type PathSink } from './content-paths';

const XOBJECT = PDFName.of('XObject');
const SUBTYPE = PDFName.of('Subtype');
const FORM = PDFName.of('Form');
const MATRIX = PDFName.of('Matrix');
const RESOURCES = PDFName.of('Resources');

/** The drawing of one page, for a PathSink; false when the page's streams cannot be read here. */
export type PagePaths = (pageNumber: number, sink: PathSink) => boolean;

const FILTER = PDFName.of('Filter');
const DECODE_PARMS = PDFName.of('DecodeParms');
const FLATE = PDFName.of('FlateDecode');

/**
 * A stream's decoded bytes. Nearly every content stream is deflated without a predictor: fflate
 * (already bundled for ZIP export) inflates it several times faster than pdf-lib's own decoder,
 * which takes every other case, and a damaged stream fflate refuses.
 */
function decode(stream: PDFObject | undefined): Uint8Array | null {
  if (!(stream instanceof PDFRawStream)) return null;
  const filter = stream.dict.lookup(FILTER);
  const flate = filter === FLATE || (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === FLATE);
  if (flate && !stream.dict.has(DECODE_PARMS)) {
    try {
      return unzlibSync(stream.contents);
    } catch {
      // pdf-lib's decoder below reads what it can of a damaged stream.
    }
  }
  return decodePDFRawStream(stream).decode();
}

/** The page's content streams, joined with a line break (a stream may end mid-line). */
function pageContent(doc: PDFDocument, page: PDFPageLeaf): Uint8Array | null {
  const contents = page.Contents();
  if (!contents) return new Uint8Array(0);
  const parts = (contents instanceof PDFArray ? contents.asArray() : [contents]).map((item) =>
    decode(doc.context.lookup(item)),
  );
  if (parts.some((part) => part === null)) return null;
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part!.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part!, offset);
    joined[offset + part!.length] = 0x0a;
    offset += part!.length + 1;
  }
  return joined;
}

/** pdf.js's lookupMatrix: six numbers, or none. */
function formMatrix(dict: PDFDict): Float32Array | null {
  const matrix = dict.lookup(MATRIX);
  if (!(matrix instanceof PDFArray) || matrix.size() !== 6) return null;
  const values = matrix.asArray().map((item) => dict.context.lookup(item));
  if (!values.every((value) => value instanceof PDFNumber)) return null;
  return new Float32Array(values.map((value) => (value as PDFNumber).asNumber()));
}

function resolveForm(name: string, resources: unknown): FormXObject | null {
  if (!(resources instanceof PDFDict)) return null;
  const xobjects = resources.lookup(XOBJECT);
  if (!(xobjects instanceof PDFDict)) return null;
  const ref = xobjects.get(PDFName.of(name));
  const stream = ref && xobjects.context.lookup(ref);
  if (!(stream instanceof PDFRawStream) || stream.dict.get(SUBTYPE) !== FORM) return null;
  const content = decode(stream);
  if (!content) return null;
  const own = stream.dict.lookup(RESOURCES);
  return { key: stream, content, matrix: formMatrix(stream.dict), resources: own instanceof PDFDict ? own : resources };
}

/**
 * Opens the file with pdf-lib for its pages' drawing, or null when pdf-lib cannot read it as pdf.js
 * does (encrypted streams, another page count).
 */
export async function openPagePaths(bytes: Uint8Array, pageCount: number): Promise<PagePaths | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch {
    return null;
  }
  if (doc.isEncrypted || doc.getPageCount() !== pageCount) return null;
  const pages = doc.getPages();
  return (pageNumber, sink) => {
    const page = pages[pageNumber - 1]!.node;
    try {
      const content = pageContent(doc, page);
      if (!content) return false;
      readContentPaths(content, page.Resources(), resolveForm, sink);
      return true;
    } catch {
      // A stream pdf-lib cannot decode: pdf.js may still read the page.
      return false;
    }
  };
}
