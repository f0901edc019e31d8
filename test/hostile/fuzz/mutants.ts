// Seeded mutants of a file, for the fuzz test: byte flips, truncation, a duplicated chunk, and a
// corrupted zip entry (DOCX/XLSX) or stream (PDF). The same seed gives the same mutants.

export interface Mutant {
  /** How to make it again: fixture, operation and its parameters. */
  label: string;
  bytes: Uint8Array;
}

type Random = () => number;
const below = (random: Random, n: number) => Math.floor(random() * n);

function flipBytes(bytes: Uint8Array, random: Random, from = 0, to = bytes.length): [string, Uint8Array] {
  const copy = new Uint8Array(bytes);
  const count = 1 + below(random, 8);
  const at: number[] = [];
  for (let i = 0; i < count; i++) {
    const position = from + below(random, Math.max(1, to - from));
    copy[position] = copy[position]! ^ (1 + below(random, 255));
    at.push(position);
  }
  return [`flip@${at.join(',')}`, copy];
}

function truncate(bytes: Uint8Array, random: Random): [string, Uint8Array] {
  const length = Math.floor(bytes.length * (0.02 + 0.96 * random()));
  return [`truncate@${length}`, bytes.slice(0, length)];
}

function duplicateChunk(bytes: Uint8Array, random: Random): [string, Uint8Array] {
  const length = 1 + below(random, Math.min(4096, Math.max(1, bytes.length >> 2)));
  const from = below(random, bytes.length - length);
  const to = below(random, bytes.length);
  const copy = new Uint8Array(bytes.length + length);
  copy.set(bytes.subarray(0, to));
  copy.set(bytes.subarray(from, from + length), to);
  copy.set(bytes.subarray(to), to + length);
  return [`duplicate ${from}+${length}→${to}`, copy];
}

function positionsOf(bytes: Uint8Array, pattern: number[]): number[] {
  const found: number[] = [];
  for (let at = bytes.indexOf(pattern[0]!); at >= 0; at = bytes.indexOf(pattern[0]!, at + 1)) {
    if (pattern.every((byte, i) => bytes[at + i] === byte)) found.push(at);
  }
  return found;
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const CENTRAL_HEADER = [0x50, 0x4b, 0x01, 0x02];

/** One zip entry spoiled: its compressed data, its method, or the sizes its headers declare. */
function corruptZipEntry(bytes: Uint8Array, random: Random): [string, Uint8Array] {
  const locals = positionsOf(bytes, LOCAL_HEADER);
  const entry = below(random, locals.length);
  const header = locals[entry]!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = Math.min(bytes.length, dataStart + view.getUint32(header + 18, true));
  const how = below(random, 3);
  if (how === 0 && dataEnd > dataStart) {
    const [flips, copy] = flipBytes(bytes, random, dataStart, dataEnd);
    return [`entry ${entry} data ${flips}`, copy];
  }
  const copy = new Uint8Array(bytes);
  const edit = new DataView(copy.buffer);
  const central = positionsOf(copy, CENTRAL_HEADER).find((at) => edit.getUint32(at + 42, true) === header);
  if (how === 1) {
    const method = [0, 1, 12, 99][below(random, 4)]!;
    edit.setUint16(header + 8, method, true);
    if (central !== undefined) edit.setUint16(central + 10, method, true);
    return [`entry ${entry} method ${method}`, copy];
  }
  const size = [0, 1, 0x7fffffff, 0xffffffff, below(random, 1 << 24)][below(random, 5)]!;
  const field = below(random, 2) * 4; // compressed or uncompressed
  edit.setUint32(header + 18 + field, size, true);
  if (central !== undefined && random() < 0.7) edit.setUint32(central + 20 + field, size, true);
  return [`entry ${entry} ${field ? 'uncompressed' : 'compressed'} size ${size}`, copy];
}

const STREAM = [...'stream'].map((char) => char.charCodeAt(0));

/** One PDF stream's data spoiled (a content, font or object stream): what pdf.js must decode. */
function corruptPdfStream(bytes: Uint8Array, random: Random): [string, Uint8Array] {
  const streams = positionsOf(bytes, STREAM).filter((at) => bytes[at - 1] !== 0x64); // not `endstream`
  const start = streams[below(random, streams.length)]! + STREAM.length + 1;
  const [flips, copy] = flipBytes(bytes, random, start, Math.min(bytes.length, start + 256));
  return [`stream ${flips}`, copy];
}

/** `count` mutants of one file, the kinds in turn. */
export function mutantsOf(name: string, bytes: Uint8Array, count: number, random: Random): Mutant[] {
  const isZip = LOCAL_HEADER.every((byte, i) => bytes[i] === byte);
  const structured = isZip ? corruptZipEntry : corruptPdfStream;
  const operations = [flipBytes, truncate, duplicateChunk, structured];
  return Array.from({ length: count }, (_, index) => {
    const [how, mutated] = operations[index % operations.length]!(bytes, random);
    return { label: `${name} #${index} ${how}`, bytes: mutated };
  });
}
