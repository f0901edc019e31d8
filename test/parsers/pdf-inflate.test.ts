// inflate.ts: Node's zlib where it runs (here), fflate's reading for what zlib refuses but fflate
// reads (a wrong Adler-32 checksum), and a throw for data neither reads, so that page-streams.ts
// hands it to pdf-lib's decoder.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import { PDFContext, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inflate } from '../../src/parsers/pdf/inflate';

// A content stream's worth of operators, as 000-bordered-portrait.pdf draws its grid.
const content = new TextEncoder().encode(
  Array.from({ length: 400 }, (_, k) => `${56.76 + k} 754.08 0.48 16.92 re\nf*\n`).join(''),
);

describe('inflating FlateDecode data', () => {
  it('gives back the deflated bytes', () => {
    expect(inflate(zlibSync(content))).toEqual(content);
  });

  it('reads a stream whose Adler-32 checksum is wrong, which Node’s zlib refuses', () => {
    const deflated = zlibSync(content);
    deflated[deflated.length - 1]! ^= 0xff;
    expect(() => process.getBuiltinModule('node:zlib').inflateSync(deflated)).toThrow();
    expect(inflate(deflated)).toEqual(content);
  });

  it('throws for a cut stream, which pdf-lib’s decoder then reads as far as it goes', () => {
    const deflated = zlibSync(content);
    expect(() => inflate(deflated.subarray(0, deflated.length >> 1))).toThrow();
  });

  it('inflates a real page stream as pdf-lib’s own decoder does', () => {
    // 000-bordered-portrait.pdf's first page stream: object 77, /Length 2526.
    const file = readFileSync(new URL('../fixtures/pdf/000-bordered-portrait.pdf', import.meta.url));
    const start = file.indexOf('stream\n', file.indexOf('\n77 0 obj')) + 'stream\n'.length;
    const deflated = new Uint8Array(file.subarray(start, start + 2526));
    const stream = PDFRawStream.of(PDFContext.create().obj({ Filter: 'FlateDecode' }), deflated);
    const inflated = inflate(deflated);
    expect(inflated).toEqual(decodePDFRawStream(stream).decode());
    expect(new TextDecoder('latin1').decode(inflated)).toMatch(/ re\s/);
  });

  it('keeps a large stream without holding a chunk many times its size', () => {
    // Bytes that barely deflate: 100 KB in, 100 KB out, so the output chunk is sized from the
    // deflated length, and the result is a view on that chunk.
    const noise = new Uint8Array(randomBytes(100_000));
    const inflated = inflate(zlibSync(noise));
    expect(inflated).toEqual(noise);
    expect(inflated.buffer.byteLength).toBeLessThanOrEqual(1024 * 1024);
  });
});
