// The entries of a zip (names and declared sizes) read from its headers without inflating
// anything: enough to tell a DOCX from an XLSX and to refuse a zip bomb before it is opened.

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
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
    entries.push({
      name: decodeName(bytes, at + 46, nameLength),
      compressedSize: view.getUint32(at + 20, true),
      // NOTE: 0xFFFFFFFF means "see the ZIP64 field": at least 4 GB, which is all a budget needs to know.
      uncompressedSize: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
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
    entries.push({
      name: decodeName(bytes, at + 30, nameLength),
      compressedSize: view.getUint32(at + 18, true),
      uncompressedSize: view.getUint32(at + 22, true),
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
