// annotatePdf on a real 决算 with cell findings: the output is a PDF pdf.js opens, with the same
// pages, and on each finding's page a red stroked rectangle around the finding's cell box, but
// none around a finding a reviewer marked 不是问题.

import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { annotatePdf, findingAnnotations } from '../../src/lib/export/annotated-pdf';
import { inspectFile } from '../../src/lib/inspect';
import { findingKeys, openFindings, withReview } from '../../src/lib/model/review';
import { pageMarks } from '../../src/lib/report/evidence';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { documentParams } from '../../src/parsers/pdf/read-pdf';
import { REAL_DIR } from '../helpers/shared-files';

const FILE = `${REAL_DIR}上海市普陀区财政局2024年度部门决算.pdf`;

interface Stroke {
  color: string;
  /** [minX, minY, maxX, maxY] of the path, in the space it was drawn in (user space here). */
  extent: number[];
}

/** Rectangles stroked on a page, in user space, each with the stroke colour set when it was drawn. */
async function strokes(doc: pdfjs.PDFDocumentProxy, pageNumber: number): Promise<Stroke[]> {
  const list = await (await doc.getPage(pageNumber)).getOperatorList();
  const found: Stroke[] = [];
  let color = '';
  let ctm = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === pdfjs.OPS.save) saved.push(ctm);
    else if (fn === pdfjs.OPS.restore) ctm = saved.pop() ?? ctm;
    else if (fn === pdfjs.OPS.transform) ctm = pdfjs.Util.transform(ctm, args as number[]) as number[];
    else if (fn === pdfjs.OPS.setStrokeRGBColor) color = String(args[0]);
    else if (fn === pdfjs.OPS.constructPath && args[0] === pdfjs.OPS.stroke) {
      const [x0, y0, x1, y1] = Array.from(args[2] as ArrayLike<number>) as [number, number, number, number];
      const [m0, m1, m2, m3, m4, m5] = ctm as [number, number, number, number, number, number];
      const apply = (x: number, y: number) => [m0 * x + m2 * y + m4, m1 * x + m3 * y + m5] as const;
      const [a, b] = [apply(x0, y0), apply(x1, y1)];
      found.push({
        color,
        extent: [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])],
      });
    }
  });
  return found;
}

describe('annotatePdf', () => {
  it('boxes every cell finding in red on its own page and keeps the page count', async () => {
    const bytes = new Uint8Array(readFileSync(FILE));
    const report = await inspectFile('普陀.pdf', bytes, { pdfAssets: nodePdfAssets() });
    const annotations = findingAnnotations(report).filter((annotation) => !annotation.related);
    expect(annotations.length).toBeGreaterThan(5);

    const output = await annotatePdf(bytes, annotations);
    expect(new TextDecoder().decode(output.slice(0, 5))).toBe('%PDF-');
    const doc = await pdfjs.getDocument(documentParams(output, nodePdfAssets())).promise;
    try {
      expect(doc.numPages).toBe(report.source.pages);
      for (const { box } of annotations) {
        const red = (await strokes(doc, box.page)).filter((stroke) => stroke.color === '#cc1414');
        const around = red.filter(
          ({ extent: [x0, y0, x1, y1] }) =>
            Math.abs(x0! - box.x0) < 3 &&
            Math.abs(y0! - box.y0) < 3 &&
            Math.abs(x1! - box.x1) < 3 &&
            Math.abs(y1! - box.y1) < 3,
        );
        expect(around.length, `page ${box.page}`).toBeGreaterThan(0);
      }
      // Pages without findings get no red box.
      const marked = new Set(annotations.map((annotation) => annotation.box.page));
      const clean = Array.from({ length: doc.numPages }, (_, i) => i + 1).find((page) => !marked.has(page))!;
      expect((await strokes(doc, clean)).some((stroke) => stroke.color === '#cc1414')).toBe(false);
    } finally {
      await doc.destroy();
    }

    // A finding a reviewer marked 不是问题 is not boxed; the others keep the panel's numbers.
    const [first] = openFindings(report).filter(({ finding }) => pageMarks(report, finding).length > 0);
    const dismissed = withReview(report, findingKeys(report)[first!.index]!, { verdict: 'dismissed' });
    const labels = new Set(findingAnnotations(dismissed).map((annotation) => annotation.label));
    expect(labels.has(String(first!.index + 1))).toBe(false);
    expect(labels).toEqual(
      new Set(
        findingAnnotations(report)
          .map((annotation) => annotation.label)
          .filter((label) => label !== String(first!.index + 1)),
      ),
    );
  });
});
