// A PDF's objects parsed on demand through its cross-reference sections, with pdf-lib's object
// parsers: the pages whose ruling lines are read (taken where pdf.js found them, without walking
// the page tree), their resources and content streams, and no more. pdf-lib's own PDFDocument.load
// parses every object of the file first (fonts, images, metadata), which was the larger part of
// reading ruling lines from the content streams. Any surprise (no startxref, an offset that does
// not hold its object, an unknown section) throws: page-streams.ts then loads the whole file with
// pdf-lib instead, or leaves the page to pdf.js's operator list.

import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFObjectStreamParser,
  PDFRawStream,
  PDFRef,
  type PDFObject,
  type PDFStream,
} from 'pdf-lib';
import { inflate } from './inflate';

const TYPE = PDFName.of('Type');
const PREV = PDFName.of('Prev');
const XREF_STREAM = PDFName.of('XRefStm');
const ENCRYPT = PDFName.of('Encrypt');
const PAGE = PDFName.of('Page');
const KIDS = PDFName.of('Kids');
const PARENT = PDFName.of('Parent');
const RESOURCES = PDFName.of('Resources');
const LENGTH = PDFName.of('Length');

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = Math.max(0, start); i < Math.min(bytes.length, end); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

function isWhite(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0;
}

/** Where a token of the cross-reference table ends: white space, or `<<` (`trailer<<`). */
const endsToken = (byte: number | undefined) => isWhite(byte) || byte === 0x3c;

function numberIn(object: PDFObject | undefined): number {
  if (!(object instanceof PDFNumber)) throw new Error('number expected');
  return object.asNumber();
}

/** Undoes the PNG predictors (10–15) on rows of `columns` bytes, one byte a pixel as in xref streams. */
function unpredictRows(data: Uint8Array, columns: number): Uint8Array {
  const rows = Math.floor(data.length / (columns + 1));
  const out = new Uint8Array(rows * columns);
  for (let row = 0; row < rows; row++) {
    const filter = data[row * (columns + 1)]!;
    for (let k = 0; k < columns; k++) {
      const raw = data[row * (columns + 1) + 1 + k]!;
      const left = k ? out[row * columns + k - 1]! : 0;
      const up = row ? out[(row - 1) * columns + k]! : 0;
      const upLeft = row && k ? out[(row - 1) * columns + k - 1]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        predicted = a <= b && a <= c ? left : b <= c ? up : upLeft;
      } else if (filter !== 0) throw new Error('unknown PNG predictor');
      out[row * columns + k] = (raw + predicted) & 0xff;
    }
  }
  return out;
}

/**
 * A cross-reference stream's entries, each given to `add` as object number, type, field 2. pdf-lib's
 * own parser of these ignores the PNG predictor nearly all of them are written with.
 */
function readXrefStream(stream: PDFRawStream, add: (number: number, type: number, field: number) => void): void {
  const { dict } = stream;
  const filter = dict.get(PDFName.of('Filter'));
  if (filter !== undefined && filter !== PDFName.of('FlateDecode')) throw new Error('unexpected xref filter');
  let data = filter ? inflate(stream.contents) : stream.contents;
  const widths = dict.get(PDFName.of('W'));
  if (!(widths instanceof PDFArray) || widths.size() !== 3) throw new Error('bad W');
  const [typeWidth, offsetWidth, fieldWidth] = widths.asArray().map(numberIn) as [number, number, number];
  const rowLength = typeWidth + offsetWidth + fieldWidth;
  const parms = dict.get(PDFName.of('DecodeParms'));
  if (parms instanceof PDFDict) {
    const predictor = parms.get(PDFName.of('Predictor'));
    const columns = parms.get(PDFName.of('Columns'));
    if (predictor instanceof PDFNumber && predictor.asNumber() >= 10) {
      if (columns && numberIn(columns) !== rowLength) throw new Error('unexpected xref columns');
      data = unpredictRows(data, rowLength);
    } else if (predictor instanceof PDFNumber && predictor.asNumber() !== 1) {
      throw new Error('unexpected xref predictor');
    }
  }
  const index = dict.get(PDFName.of('Index'));
  const ranges =
    index instanceof PDFArray ? index.asArray().map(numberIn) : [0, numberIn(dict.get(PDFName.of('Size')))];
  const field = (at: number, width: number) => {
    let value = 0;
    for (let k = 0; k < width; k++) value = value * 256 + data[at + k]!;
    return value;
  };
  let at = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    for (let k = 0; k < ranges[r + 1]!; k++, at += rowLength) {
      if (at + rowLength > data.length) throw new Error('short xref stream');
      add(ranges[r]! + k, typeWidth ? field(at, typeWidth) : 1, field(at + typeWidth, offsetWidth));
    }
  }
}

type ByteStream = ConstructorParameters<typeof PDFObjectParser>[0];
type ByteStreamClass = { of(bytes: Uint8Array): ByteStream };

/** pdf-lib's ByteStream, which it does not export: the class of the one a parser is made with. */
const ByteStreams = (
  PDFObjectParser.forBytes(new Uint8Array(0), PDFContext.create()) as unknown as {
    bytes: { constructor: ByteStreamClass };
  }
).bytes.constructor;

const bytesOf = (text: string) => [...text].map((char) => char.charCodeAt(0));
/** What opens a stream's data, in pdf-lib's order of trying them. */
const STREAM_KEYWORDS = ['stream \r\n', 'stream\r\n', 'stream\r', 'stream\n', 'stream'].map(bytesOf);
const ENDSTREAM = bytesOf('endstream');

/**
 * pdf-lib's object parser, but a stream's /Length may be a reference (`/Length 78 0 R`, as many
 * writers put it): pdf-lib takes only a number and else scans the data byte by byte for
 * `endstream`, which is slow and drops a last data byte that is a line break (the stream then
 * looks damaged to the inflater).
 */
class ObjectParser extends PDFObjectParser {
  constructor(
    bytes: Uint8Array,
    context: PDFContext,
    private readonly lengthOf: (length: PDFObject | undefined) => number | undefined,
  ) {
    super(ByteStreams.of(bytes), context);
  }

  /** pdf-lib's parseDictOrStream with the length resolved: the fallback scan only when it is wrong. */
  protected override parseDictOrStream(): PDFDict | PDFStream {
    const startPos = this.bytes.position();
    const dict = this.parseDict();
    this.skipWhitespaceAndComments();
    if (!STREAM_KEYWORDS.some((keyword) => this.matchKeyword(keyword))) return dict;
    const start = this.bytes.offset();
    const length = this.lengthOf(dict.get(LENGTH));
    if (length !== undefined) {
      this.bytes.moveTo(start + length);
      this.skipWhitespaceAndComments();
      if (this.matchKeyword(ENDSTREAM)) return PDFRawStream.of(dict, this.bytes.slice(start, start + length));
      this.bytes.moveTo(start);
    }
    return PDFRawStream.of(dict, this.bytes.slice(start, this.findEndOfStreamFallback(startPos)));
  }
}

class ObjectTable {
  readonly context = PDFContext.create();
  /**
   * Each object's place, the newest section's kept: an offset (0 or more), or the object stream
   * `n` holding it as -1 - n. A number rather than an object for each of the thousands of entries.
   */
  private readonly entries = new Map<number, number>();
  private readonly loadedStreams = new Set<number>();
  /** Objects being parsed: a stream's /Length that refers to one of them is not followed. */
  private readonly parsing = new Set<number>();
  /** Until every section is read, an object number may still have a newer entry to come. */
  private sectionsRead = false;
  private tokenAt = 0;

  constructor(private readonly bytes: Uint8Array) {}

  private skipWhite(): void {
    while (this.tokenAt < this.bytes.length && isWhite(this.bytes[this.tokenAt])) this.tokenAt++;
  }

  /** The next token, from `tokenAt`: white space and `<<` end it (`trailer<<`). */
  private token(): string {
    this.skipWhite();
    const start = this.tokenAt;
    while (this.tokenAt < this.bytes.length && !endsToken(this.bytes[this.tokenAt])) this.tokenAt++;
    return ascii(this.bytes, start, this.tokenAt);
  }

  /** The next token as a whole number, or NaN; the table's thousands of entries are read so. */
  private integer(): number {
    this.skipWhite();
    const start = this.tokenAt;
    let value = 0;
    for (let byte = this.bytes[this.tokenAt]; byte !== undefined && byte >= 0x30 && byte <= 0x39;) {
      value = value * 10 + byte - 0x30;
      byte = this.bytes[++this.tokenAt];
    }
    return this.tokenAt > start && endsToken(this.bytes[this.tokenAt]) ? value : NaN;
  }

  private parserAt(offset: number): PDFObjectParser {
    return new ObjectParser(this.bytes.subarray(offset), this.context, (length) => this.streamLength(length));
  }

  /** A stream's /Length as a number, a reference followed; undefined when it cannot be had. */
  private streamLength(length: PDFObject | undefined): number | undefined {
    const known =
      length instanceof PDFRef && this.sectionsRead && !this.parsing.has(length.objectNumber)
        ? this.resolve(length)
        : length;
    return known instanceof PDFNumber ? known.asNumber() : undefined;
  }

  /** The object whose `n g obj` header stands at `offset`; it must be object `number`. */
  private objectAt(offset: number, number: number): PDFObject {
    this.tokenAt = offset;
    const [objectNumber, , keyword] = [this.integer(), this.integer(), this.token()];
    if (objectNumber !== number || keyword !== 'obj') throw new Error(`object ${number} not at ${offset}`);
    this.parsing.add(number);
    try {
      return this.parserAt(this.tokenAt).parseObject();
    } finally {
      this.parsing.delete(number);
    }
  }

  /** The trailer dictionary of the section at `offset`, its entries added where newer ones lack them. */
  private readSection(offset: number): PDFDict {
    this.tokenAt = offset;
    const first = this.token();
    if (first === 'xref') return this.readTable();
    const stream = this.objectAt(offset, Number(first));
    if (!(stream instanceof PDFRawStream) || stream.dict.get(TYPE) !== PDFName.of('XRef')) {
      throw new Error(`no cross-reference section at ${offset}`);
    }
    readXrefStream(stream, (number, type, field) => {
      if ((type !== 1 && type !== 2) || this.entries.has(number)) return;
      this.entries.set(number, type === 2 ? -1 - field : field);
    });
    return stream.dict;
  }

  private readTable(): PDFDict {
    for (;;) {
      const start = this.integer();
      if (Number.isNaN(start)) break;
      const count = this.integer();
      if (Number.isNaN(count)) throw new Error('bad cross-reference table');
      for (let k = 0; k < count; k++) {
        const offset = this.integer();
        this.integer();
        this.skipWhite();
        const kind = this.bytes[this.tokenAt++];
        if (Number.isNaN(offset) || (kind !== 0x6e && kind !== 0x66)) throw new Error('bad cross-reference entry');
        // n: in use; f: free.
        if (kind === 0x6e && !this.entries.has(start + k)) this.entries.set(start + k, offset);
      }
    }
    if (this.token() !== 'trailer') throw new Error('no trailer keyword');
    const trailer = this.parserAt(this.tokenAt).parseObject();
    if (!(trailer instanceof PDFDict)) throw new Error('no trailer');
    return trailer;
  }

  /** Reads every section from the last one back through /Prev (and /XRefStm): the trailer. */
  readSections(): PDFDict {
    const tail = ascii(this.bytes, this.bytes.length - 1024, this.bytes.length);
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!match) throw new Error('no startxref');
    let trailer: PDFDict | null = null;
    const seen = new Set<number>();
    for (let offset: number | undefined = Number(match[1]); offset !== undefined;) {
      if (seen.has(offset)) break;
      seen.add(offset);
      const dict = this.readSection(offset);
      const hybrid = dict.get(XREF_STREAM);
      if (hybrid instanceof PDFNumber && !seen.has(hybrid.asNumber())) this.readSection(hybrid.asNumber());
      trailer ??= dict;
      const prev = dict.get(PREV);
      offset = prev instanceof PDFNumber ? prev.asNumber() : undefined;
    }
    this.sectionsRead = true;
    return trailer!;
  }

  /** The object itself for a reference, parsed the first time it is asked for. */
  resolve(object: PDFObject | undefined): PDFObject | undefined {
    if (!(object instanceof PDFRef)) return object;
    const known = this.context.lookup(object);
    if (known !== undefined) return known;
    const entry = this.entries.get(object.objectNumber);
    if (entry === undefined) return undefined;
    if (entry >= 0) {
      const parsed = this.objectAt(entry, object.objectNumber);
      this.context.assign(object, parsed);
      return parsed;
    }
    const objectStream = -1 - entry;
    if (this.loadedStreams.has(objectStream)) return undefined;
    this.loadedStreams.add(objectStream);
    const stream = this.resolve(PDFRef.of(objectStream));
    if (!(stream instanceof PDFRawStream)) throw new Error('no object stream');
    // Without a tick to wait for, parseIntoContext assigns every object before it returns.
    void PDFObjectStreamParser.forStream(stream, () => false).parseIntoContext();
    return this.context.lookup(object);
  }
}

export type Resolve = (object: PDFObject | undefined) => PDFObject | undefined;

/** A page's object number and generation, as pdf.js gives them (PDFPageProxy.ref). */
export interface PageRef {
  num: number;
  gen: number;
}

/**
 * A page dictionary with its resources, which may still be a reference: its own, or inherited
 * from the nearest page-tree node above it that has them.
 */
export interface PageObject {
  page: PDFDict;
  resources: PDFObject | undefined;
}

/**
 * The page that pdf.js found at `ref`, or null when it holds none here. A page is what pdf.js takes
 * for one: a /Page, or a page-tree entry without kids.
 */
export function pageAt(ref: PageRef, resolve: Resolve): PageObject | null {
  const page = resolve(PDFRef.of(ref.num, ref.gen));
  if (!(page instanceof PDFDict)) return null;
  if (page.get(TYPE) !== PAGE && resolve(page.get(KIDS)) instanceof PDFArray) return null;
  let resources = page.get(RESOURCES);
  const visited = new Set<PDFObject>([page]);
  let node = resolve(page.get(PARENT));
  while (resources === undefined && node instanceof PDFDict && !visited.has(node)) {
    visited.add(node);
    resources = node.get(RESOURCES);
    node = resolve(node.get(PARENT));
  }
  return { page, resources };
}

/**
 * A resolver of an unencrypted file's objects, each parsed the first time it is asked for; null for
 * an encrypted file. Throws on surprises.
 */
export function readObjects(bytes: Uint8Array): Resolve | null {
  const table = new ObjectTable(bytes);
  const trailer = table.readSections();
  if (trailer.has(ENCRYPT)) return null;
  return (object) => table.resolve(object);
}
