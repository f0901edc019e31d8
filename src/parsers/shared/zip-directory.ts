// The entries of a zip (names and declared sizes) read from its headers without inflating
// anything: enough to tell a DOCX from an XLSX and to refuse a zip bomb before it is opened.

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /**
   * Whether the declared sizes could be true: the compressed data fits in the file and agrees with
   * the entry's local header, and could inflate to the declared size. A zip whose sizes cannot be
   * true is corrupt (or a mutant), not a zip bomb: its size says nothing about what it inflates to.
   */
  sizesPossible: boolean;
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Deflate's ceiling: 258 bytes from a 1-bit length and a 1-bit distance code. Stored data is 1:1. */
const MAX_DEFLATE_RATIO = 1032;
/** A ZIP64 entry keeps its real sizes in an extra field; these 32-bit ones then say nothing. */
const ZIP64_SIZE = 0xffffffff;
const ZIP64_EXTRA_FIELD = 0x0001;
/** General purpose flag bit 3: the sizes follow the data in a descriptor, the local header's are zero. */
const DATA_DESCRIPTOR_FLAG = 0x08;
const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65 535. */
const END_SEARCH_LENGTH = 22 + 0xffff;

export interface ZipDirectory {
  entries: ZipEntry[];
  /** No central directory: the end of the file is missing (an interrupted download). */
  truncated: boolean;
}

/**
 * The central directory when the zip has one; otherwise (a truncated download loses it, as it
 * sits at the end) the local file headers found by a byte search.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const entries = readCentralDirectory(bytes);
  return entries ? { entries, truncated: false } : { entries: readLocalHeaders(bytes), truncated: true };
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    // NOTE: 0xFFFFFFFF means "see the ZIP64 field": at least 4 GB, which is all a budget needs to know.
    const uncompressedSize = view.getUint32(at + 24, true);
    const method = view.getUint16(at + 10, true);
    entries.push({
      name: decodeName(bytes, at + 46, nameLength),
      compressedSize,
      uncompressedSize,
      sizesPossible:
        compressedSize === ZIP64_SIZE || uncompressedSize === ZIP64_SIZE
          ? hasZip64Field(view, at + 46 + nameLength, view.getUint16(at + 30, true))
          : localHeaderAgrees(view, view.getUint32(at + 42, true), compressedSize, uncompressedSize) &&
            inflatable(method, compressedSize, uncompressedSize),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The entry's local header exists, its data fits in the file, and it (or its descriptor) declares the same sizes. */
function localHeaderAgrees(view: DataView, at: number, compressedSize: number, uncompressedSize: number): boolean {
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) return false;
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (dataStart + compressedSize > view.byteLength) return false;
  let sizesAt = at + 18;
  if (view.getUint16(at + 6, true) & DATA_DESCRIPTOR_FLAG) {
    // The descriptor right after the data: optional signature, CRC-32, then the two sizes.
    const descriptor = dataStart + compressedSize;
    const signed = descriptor + 4 <= view.byteLength && view.getUint32(descriptor, true) === DATA_DESCRIPTOR_SIGNATURE;
    sizesAt = descriptor + (signed ? 8 : 4);
    if (sizesAt + 8 > view.byteLength) return false;
  }
  return view.getUint32(sizesAt, true) === compressedSize && view.getUint32(sizesAt + 4, true) === uncompressedSize;
}

/** A size of 0xFFFFFFFF is true only with the ZIP64 extra field (id 1) that holds the real one. */
function hasZip64Field(view: DataView, start: number, length: number): boolean {
  const end = Math.min(view.byteLength, start + length);
  for (let at = start; at + 4 <= end; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === ZIP64_EXTRA_FIELD) return true;
  }
  return false;
}

/** Whether data of this size could inflate to that size by this method (other methods: unknown, so yes). */
function inflatable(method: number, compressedSize: number, uncompressedSize: number): boolean {
  if (compressedSize === ZIP64_SIZE || uncompressedSize === ZIP64_SIZE) return true;
  if (method === STORED) return compressedSize === uncompressedSize;
  if (method === DEFLATED) return uncompressedSize <= compressedSize * MAX_DEFLATE_RATIO;
  return true;
}

function findEndOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - END_SEARCH_LENGTH);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function readLocalHeaders(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: ZipEntry[] = [];
  // Local file header: sizes at offsets 18 and 22, name length at 26 (uint16 LE), name from 30.
  let at = indexOfHeader(bytes, 0);
  while (at >= 0 && at + 30 <= bytes.length) {
    const nameLength = view.getUint16(at + 26, true);
    const compressedSize = view.getUint32(at + 18, true);
    const uncompressedSize = view.getUint32(at + 22, true);
    entries.push({
      name: decodeName(bytes, at + 30, nameLength),
      compressedSize,
      uncompressedSize,
      sizesPossible: inflatable(view.getUint16(at + 8, true), compressedSize, uncompressedSize),
    });
    at = indexOfHeader(bytes, at + 4);
  }
  return entries;
}

function indexOfHeader(bytes: Uint8Array, from: number): number {
  let at = bytes.indexOf(LOCAL_HEADER[0]!, from);
  while (at >= 0 && at + LOCAL_HEADER.length <= bytes.length) {
    if (LOCAL_HEADER.every((byte, i) => bytes[at + i] === byte)) return at;
    at = bytes.indexOf(LOCAL_HEADER[0]!, at + 1);
  }
  return -1;
}

function decodeName(bytes: Uint8Array, start: number, length: number): string {
  return new TextDecoder().decode(bytes.subarray(start, start + length));
}
