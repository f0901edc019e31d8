// Pages' content streams and form XObjects, decoded, for content-paths.ts. pdf.js keeps its parsed
// objects in its worker; the same bytes are opened a second time here, with pdf-lib's parsers and
// only the objects needed (pdf-objects.ts), which costs far less than pdf.js's operator list.
// Files and pages that cannot be served so (encrypted, no page where pdf.js found one, a filter
// pdf-lib lacks) get null or false, and the caller asks pdf.js for the operator list instead.

import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  ParseSpeeds,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { inflate } from './inflate';
import { readContentPaths, type PathSink, type ResolveForm } from './content-paths';
import { pageAt, readObjects, type PageRef, type Resolve } from './pdf-objects';

const XOBJECT = PDFName.of('XObject');
const SUBTYPE = PDFName.of('Subtype');
const FORM = PDFName.of('Form');
const MATRIX = PDFName.of('Matrix');
const RESOURCES = PDFName.of('Resources');
const CONTENTS = PDFName.of('Contents');

/** The drawing of the page pdf.js found at `page`, for a PathSink; false when it cannot be read here. */
export type PagePaths = (page: PageRef, sink: PathSink) => boolean;

const FILTER = PDFName.of('Filter');
const DECODE_PARMS = PDFName.of('DecodeParms');
const FLATE = PDFName.of('FlateDecode');

/**
 * A stream's decoded bytes. Nearly every content stream is deflated without a predictor: inflate.ts
 * inflates it several times faster than pdf-lib's own decoder, which takes every other case, and a
 * damaged stream that inflate.ts refuses.
 */
function decode(stream: PDFObject | undefined, resolve: Resolve): Uint8Array | null {
  if (!(stream instanceof PDFRawStream)) return null;
  const filter = resolve(stream.dict.get(FILTER));
  const flate =
    filter === FLATE || (filter instanceof PDFArray && filter.size() === 1 && resolve(filter.get(0)) === FLATE);
  if (flate && !stream.dict.has(DECODE_PARMS)) {
    try {
      return inflate(stream.contents);
    } catch {
      // pdf-lib's decoder below reads what it can of a damaged stream.
    }
  }
  return decodePDFRawStream(stream).decode();
}

/**
 * The page's content streams, joined with a line break (a stream may end mid-line); one stream, the
 * most common, as it is (its end ends its last token as well as a line break would).
 */
function pageContent(page: PDFDict, resolve: Resolve): Uint8Array | null {
  const contents = resolve(page.get(CONTENTS));
  if (!contents) return new Uint8Array(0);
  const parts = (contents instanceof PDFArray ? contents.asArray() : [contents]).map((item) =>
    decode(resolve(item), resolve),
  );
  if (parts.some((part) => part === null)) return null;
  if (parts.length === 1) return parts[0]!;
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
function formMatrix(dict: PDFDict, resolve: Resolve): Float32Array | null {
  const matrix = resolve(dict.get(MATRIX));
  if (!(matrix instanceof PDFArray) || matrix.size() !== 6) return null;
  const values = matrix.asArray().map(resolve);
  if (!values.every((value) => value instanceof PDFNumber)) return null;
  return new Float32Array(values.map((value) => (value as PDFNumber).asNumber()));
}

function formResolver(resolve: Resolve): ResolveForm {
  // A form is often drawn on every page (a letterhead, a stamp): inflated once.
  const decoded = new Map<PDFRawStream, Uint8Array | null>();
  return (name, resources) => {
    if (!(resources instanceof PDFDict)) return null;
    const xobjects = resolve(resources.get(XOBJECT));
    if (!(xobjects instanceof PDFDict)) return null;
    const stream = resolve(xobjects.get(PDFName.of(name)));
    if (!(stream instanceof PDFRawStream) || stream.dict.get(SUBTYPE) !== FORM) return null;
    if (!decoded.has(stream)) decoded.set(stream, decode(stream, resolve));
    const content = decoded.get(stream);
    if (!content) return null;
    const own = resolve(stream.dict.get(RESOURCES));
    return {
      key: stream,
      content,
      matrix: formMatrix(stream.dict, resolve),
      resources: own instanceof PDFDict ? own : resources,
    };
  };
}

/** The whole file parsed by pdf-lib: for what pdf-objects.ts does not expect. */
async function loadWholeFile(bytes: Uint8Array): Promise<Resolve | null> {
  const doc = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  if (doc.isEncrypted) return null;
  return (object) => (object instanceof PDFRef ? doc.context.lookup(object) : object);
}

/** The file's objects: only those asked for, or else the whole file parsed; null when encrypted. */
async function openObjects(bytes: Uint8Array): Promise<Resolve | null> {
  try {
    return readObjects(bytes);
  } catch {
    return loadWholeFile(bytes);
  }
}

/**
 * The file's pages' drawing, read with pdf-lib, or null when pdf-lib cannot read the file as
 * pdf.js does (encrypted streams, a file it cannot parse).
 */
export async function openPagePaths(bytes: Uint8Array): Promise<PagePaths | null> {
  const resolve = await openObjects(bytes).catch(() => null);
  if (!resolve) return null;
  const resolveForm = formResolver(resolve);
  return (ref, sink) => {
    try {
      const found = pageAt(ref, resolve);
      if (!found) return false;
      const { page, resources } = found;
      const content = pageContent(page, resolve);
      if (!content) return false;
      readContentPaths(content, resolve(resources), resolveForm, sink);
      return true;
    } catch {
      // An object or stream pdf-lib cannot read: pdf.js may still read the page.
      return false;
    }
  };
}
