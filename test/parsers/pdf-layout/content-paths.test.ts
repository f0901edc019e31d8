// Ruling lines read from the content stream (content-paths.ts, page-streams.ts, pdf-objects.ts) against pdf.js's
// operator list, the reader they replace: the same segments, bit for bit, on every page of the
// real PDFs and on a hand-made page full of the tokens a naive reader gets wrong.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { nodePdfAssets } from '../../../src/parsers/pdf/node-assets';
import { readRules, readRulesFromStream } from '../../../src/parsers/pdf/page-content';
import type { RuleSegment } from '../../../src/parsers/pdf/page-types';
import { openPagePaths } from '../../../src/parsers/pdf/page-streams';
import { pageAt, readObjects } from '../../../src/parsers/pdf/pdf-objects';
import { documentParams } from '../../../src/parsers/pdf/read-pdf';

const REAL_DIR = new URL('../../../../shared/real/', import.meta.url);
const FIXTURE_DIR = new URL('../../fixtures/pdf/', import.meta.url);

interface PageRules {
  fromOperators: RuleSegment[];
  fromStream: RuleSegment[] | null;
}

async function bothReaders(bytes: Uint8Array, onDemand = true): Promise<PageRules[]> {
  const doc = await pdfjs.getDocument(documentParams(bytes, nodePdfAssets())).promise;
  try {
    // Whether the objects are read through the cross-reference sections, each page where pdf.js
    // found it, or (a file they do not describe) with pdf-lib's loading of the whole file.
    const resolve = onDemand ? readObjects(bytes) : null;
    if (onDemand) expect(resolve).not.toBeNull();
    else expect(() => readObjects(bytes)).toThrow();
    const paths = await openPagePaths(bytes);
    expect(paths).not.toBeNull();
    const pages: PageRules[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      if (resolve) expect(pageAt(page.ref!, resolve)).not.toBeNull();
      pages.push({ fromOperators: await readRules(page), fromStream: readRulesFromStream(paths!, page) });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

const readBytes = (url: URL) => new Uint8Array(readFileSync(fileURLToPath(url)));

describe('ruling lines from the content stream', () => {
  const realFiles = readdirSync(fileURLToPath(REAL_DIR)).filter((name) => name.endsWith('.pdf'));

  it.each(realFiles)('%s: every page as pdf.js’s operator list gives them', async (file) => {
    const pages = await bothReaders(readBytes(new URL(file, REAL_DIR)));
    for (const page of pages) expect(page.fromStream).toEqual(page.fromOperators);
    // 江苏省委办公厅…公开文件 is prose without a drawn table; the others draw their grids.
    const rules = pages.reduce((sum, page) => sum + page.fromOperators.length, 0);
    if (!file.includes('公开文件')) expect(rules).toBeGreaterThan(100);
  });

  it('reads the tokens around paths as pdf.js does: strings, inline images, forms, curves, odd numbers', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([600, 800]);
    // A form drawn twice at different places, which leaves a q open (pdf.js closes it), and one
    // that draws itself (pdf.js gives up on the cycle).
    const form = doc.context.register(
      doc.context.flateStream('q 2 0 0 2 0 0 cm 0 0 m 200 0 l S 0 0 100 1.5 re f', {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 300, 300],
        Matrix: [1, 0, 0, 1, 10.3, 20.7],
      }),
    );
    const selfRef = doc.context.nextRef();
    doc.context.assign(
      selfRef,
      doc.context.stream('0 0 m 0 90 l S /Me Do', {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 300, 300],
        Resources: { XObject: { Me: selfRef } },
      }),
    );
    page.node.setXObject(PDFName.of('Fm 0'), form);
    page.node.setXObject(PDFName.of('Loop'), selfRef);
    // The resources inherited from the page tree, as some writers leave them: the forms are found there.
    doc.catalog.Pages().set(PDFName.of('Resources'), page.node.Resources()!);
    page.node.delete(PDFName.of('Resources'));
    const content = [
      '% a comment with 0 0 m 500 0 l S in it',
      'BT /F1 12 Tf (text with 0 0 m 400 400 l S \\) and (nested) parens) Tj <30303020> Tj ET',
      // A text object is passed over up to its ET, through strings with escaped parentheses and a
      // comment holding one: misread, they would swallow the ET and the line drawn after it.
      'BT /F1 9 Tf (a \\( b) Tj % an unclosed ( in a comment\n<28> Tj [(ET) -20 (c\\))] TJ ET 0 0 m 500 1 l S',
      // A path inside a text object, which the standard forbids but pdf.js draws: read too.
      'BT 1 0 0 1 5 5 Tm (x) Tj 30 30 200 1 re f ET',
      '/Span << /ActualText (S) /MCID 3 >> BDC EMC',
      'q 1 0 0 1 50 60 cm 0 0 m 300 0 l S Q',
      'q 2 0 0 2 0 0 cm 10 10 m 10 120 l 120 120 l h s Q',
      '40 500 -.5 +3 7 re 40 520 300 0 re f* 60 600 200 1 re B',
      '100 700 m 150 750 200 700 v 250 650 y 300 700 l b',
      'BI /W 4 /H 1 /BPC 8 /CS /G ID 9 9 m 99 9 l S\nEI',
      '0 0 m',
      'q /Fm#200 Do Q q 1 0 0 1 0 300 cm /Fm#200 Do /Loop Do Q',
      '500 0 l S',
      'Q 7 10 10 m 20 10 l S',
    ].join('\n');
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(content)));
    const bytes = await doc.save();
    const [drawn] = await bothReaders(bytes);
    expect(drawn!.fromOperators.length).toBeGreaterThan(10);
    expect(drawn!.fromStream).toEqual(drawn!.fromOperators);

    // The same file with its startxref pointing nowhere: pdf.js rebuilds the table, pdf-lib reads
    // the whole file.
    const text = new TextDecoder('latin1').decode(bytes);
    const broken = Uint8Array.from(text.replace(/startxref\s+\d+/, 'startxref\n7'), (char) => char.charCodeAt(0));
    const [fallback] = await bothReaders(broken, false);
    expect(fallback!.fromStream).toEqual(drawn!.fromOperators);
  });

  it('takes a stream’s /Length by reference, not by looking for endstream (which cuts a last line-break byte)', async () => {
    // 000-bordered-portrait.pdf writes `/Length 78 0 R`, and one of its deflated streams ends in 0x0d.
    const bytes = readBytes(new URL('000-bordered-portrait.pdf', FIXTURE_DIR));
    const resolve = readObjects(bytes)!;
    const refs = (await PDFDocument.load(bytes)).getPages().map(({ ref }) => ref);
    const streams = refs.flatMap((ref) => {
      const { page } = pageAt({ num: ref.objectNumber, gen: ref.generationNumber }, resolve)!;
      const contents = resolve(page.get(PDFName.of('Contents')));
      return (contents instanceof PDFArray ? contents.asArray() : [contents]).map(resolve);
    });
    const byReference = streams.filter(
      (stream): stream is PDFRawStream =>
        stream instanceof PDFRawStream && stream.dict.get(PDFName.of('Length')) instanceof PDFRef,
    );
    expect(byReference.some((stream) => stream.contents.at(-1) === 0x0d)).toBe(true);
    for (const stream of byReference) {
      const length = resolve(stream.dict.get(PDFName.of('Length')));
      expect(length).toBeInstanceOf(PDFNumber);
      expect(stream.contents.length).toBe((length as PDFNumber).asNumber());
    }
  });

  it('leaves encrypted files to pdf.js (pdf-lib does not decrypt their streams)', async () => {
    expect(await openPagePaths(readBytes(new URL('encrypted-owner-only.pdf', FIXTURE_DIR)))).toBeNull();
  });
});
