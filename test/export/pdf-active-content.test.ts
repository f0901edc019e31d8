// The annotated PDF carries none of the source's active content. The source is generated here with
// pdf-lib, carrying each kind: an OpenAction script, a document-level script, page open/close
// actions, a Launch link, a javascript: link, a file: link, an attached file and a file
// attachment annotation, an XFA form; beside them an https link and an internal jump, which stay.

import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, StandardFonts, type PDFObject } from 'pdf-lib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { annotatePdf } from '../../src/lib/export/annotated-pdf';

const ATTACHED = 'ATTACHED-PAYLOAD-7f3a';

async function hostilePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([595, 842]);
  const second = doc.addPage([595, 842]);
  first.drawText('Budget 2024', { x: 50, y: 780, size: 12, font });
  const { context, catalog } = doc;
  const script = (js: string) => context.register(context.obj({ S: 'JavaScript', JS: PDFString.of(js) }));

  catalog.set(PDFName.of('OpenAction'), script('app.alert("open")'));
  catalog.set(
    PDFName.of('Names'),
    context.obj({ JavaScript: { Names: [PDFString.of('init'), script('app.launchURL("http://x")')] } }),
  );
  catalog.set(
    PDFName.of('AcroForm'),
    context.obj({ Fields: [], XFA: context.register(context.flateStream('<xdp:xdp/>')) }),
  );
  await doc.attach(new TextEncoder().encode(ATTACHED), 'payload.exe', { mimeType: 'application/octet-stream' });
  first.node.set(PDFName.of('AA'), context.obj({ O: script('app.alert("page")'), C: script('this.close()') }));

  const link = (action: Record<string, PDFObject | string>) =>
    context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [50, 700, 200, 720],
        Border: [0, 0, 0],
        A: context.obj(action),
      }),
    );
  const annots = [
    link({ S: 'URI', URI: PDFString.of('javascript:app.alert(1)') }),
    link({ S: 'URI', URI: PDFString.of('file:///C:/Windows/System32/calc.exe') }),
    link({ S: 'Launch', F: PDFString.of('calc.exe') }),
    link({ S: 'URI', URI: PDFString.of('https://www.mof.gov.cn/'), Next: script('app.alert("next")') }),
    link({ S: 'GoTo', D: context.obj([second.ref, 'Fit']) }),
    context.register(
      context.obj({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [0, 0, 10, 10], FS: PDFString.of('payload.exe') }),
    ),
  ];
  first.node.set(PDFName.of('Annots'), context.obj(annots));
  return doc.save({ useObjectStreams: false });
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

describe('the annotated PDF', () => {
  it('keeps none of the source active content', async () => {
    const source = await hostilePdf();
    // The generated source does carry every kind (a guard on the generator itself).
    for (const marker of ['/OpenAction', '/JavaScript', '/AA', '/Launch', 'javascript:', '/EmbeddedFile', '/XFA']) {
      expect(latin1(source)).toContain(marker);
    }

    const output = await annotatePdf(source, [{ label: '1', box: { page: 1, x0: 50, y0: 760, x1: 150, y1: 795 } }]);
    const text = latin1(output);
    for (const marker of [
      '/OpenAction',
      '/JavaScript',
      '/JS',
      '/AA',
      '/Launch',
      'javascript:',
      'file:///',
      '/EmbeddedFile',
      '/EF',
      '/FileAttachment',
      '/XFA',
      '/Next',
      'app.alert',
      'payload.exe',
    ]) {
      expect(text, marker).not.toContain(marker);
    }

    const doc = await PDFDocument.load(output);
    expect(doc.getPageCount()).toBe(2);
    const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
    const actions = annots
      .asArray()
      .map((ref) => doc.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict))
      .filter((action) => action !== undefined)
      .map((action) => action.get(PDFName.of('S'))!.toString());
    expect(actions.sort()).toEqual(['/GoTo', '/URI']);
    expect(text).toContain('https://www.mof.gov.cn/');

    // pdf.js still opens it, with the page text and the red box drawn.
    const opened = await pdfjs.getDocument({ data: output, isEvalSupported: false, verbosity: 0 }).promise;
    expect(opened.numPages).toBe(2);
    const content = await (await opened.getPage(1)).getTextContent();
    expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toContain('Budget 2024');
    await opened.destroy();
  });
});
