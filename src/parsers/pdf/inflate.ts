// zlib data (FlateDecode without a predictor) inflated for page-streams.ts and pdf-objects.ts.
// In Node (CLI, tests, benchmarks) Node's own zlib does it, several times faster than fflate;
// it is taken with process.getBuiltinModule, which needs no import for the bundler to resolve,
// so the parse worker in the page, where there is no `process`, gets fflate (already bundled for
// ZIP export) instead.

import { unzlibSync } from 'fflate';

interface NativeZlib {
  inflateSync(data: Uint8Array, options?: { chunkSize?: number }): Uint8Array;
}

const nativeZlib =
  typeof process === 'undefined' ? undefined : (process.getBuiltinModule?.('node:zlib') as NativeZlib | undefined);

/** The largest output chunk: what one kept stream may hold beyond its own bytes. */
const MAX_CHUNK = 1024 * 1024;

/**
 * The inflated bytes; throws when the data is damaged. Node's zlib refuses a stream whose Adler-32
 * checksum is wrong, which fflate does not check: such a stream gets fflate's reading, as it would
 * without Node.
 */
export function inflate(data: Uint8Array): Uint8Array {
  if (nativeZlib) {
    try {
      // Node inflates into 16 KB chunks and then copies them into one buffer. A chunk 16 times the
      // deflated size (content streams deflate 5 to 10 times) holds nearly every stream at once.
      // NOTE: a stream that fits one chunk comes back as a view on it, holding the whole chunk for
      // as long as the stream is kept (forms are kept for the file): hence the cap.
      const chunkSize = Math.min(MAX_CHUNK, Math.max(16 * 1024, data.length * 16));
      const inflated = nativeZlib.inflateSync(data, { chunkSize });
      // A plain Uint8Array rather than Node's Buffer: the content stream reader sees one kind of array.
      return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
    } catch {
      // fflate below, which skips the checksum.
    }
  }
  return unzlibSync(data);
}
