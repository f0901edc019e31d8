// The original PDF with every finding's cell boxed in red and numbered, for a reviewer to file or
// print: pdf-lib draws on top of each page's own content, which it first fences off with q/Q so a
// page that leaves its graphics state changed cannot move or recolour the boxes. The source's
// scripts, actions and attached files are removed first (pdf-active-content.ts).

import { PDFDocument, popGraphicsState, pushGraphicsState, rgb, StandardFonts } from 'pdf-lib';
import { pageMarks } from '../report/evidence';
import type { Box } from '../model/document';
import type { DocumentReport } from '../model/report';
import { openFindings } from '../model/review';
import { stripActiveContent } from './pdf-active-content';

export interface PdfAnnotation {
  /** The finding's number as the panel shows it. */
  label: string;
  box: Box;
  /** A figure the finding was compared with: drawn thinner and lighter. */
  related?: boolean;
}

const RED = rgb(0.8, 0.08, 0.08);
const PALE_RED = rgb(0.93, 0.45, 0.45);
/** Space between the cell's border and the box, in points. */
const MARGIN = 1.5;
const LABEL_SIZE = 7;

export async function annotatePdf(bytes: Uint8Array, annotations: readonly PdfAnnotation[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  stripActiveContent(doc);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  const fenced = new Set<number>();
  for (const { label, box, related } of annotations) {
    const page = pages[box.page - 1];
    if (!page) continue;
    if (!fenced.has(box.page)) {
      fenced.add(box.page);
      const start = doc.context.register(doc.context.contentStream([pushGraphicsState()]));
      const end = doc.context.register(doc.context.contentStream([popGraphicsState()]));
      page.node.wrapContentStreams(start, end);
    }
    const color = related ? PALE_RED : RED;
    page.drawRectangle({
      x: box.x0 - MARGIN,
      y: box.y0 - MARGIN,
      width: box.x1 - box.x0 + 2 * MARGIN,
      height: box.y1 - box.y0 + 2 * MARGIN,
      borderColor: color,
      borderWidth: related ? 0.75 : 1.5,
    });
    if (related) continue;
    const width = font.widthOfTextAtSize(label, LABEL_SIZE);
    page.drawRectangle({
      x: box.x0 - MARGIN,
      y: box.y1 + MARGIN,
      width: width + 3,
      height: LABEL_SIZE + 2,
      color: RED,
    });
    page.drawText(label, {
      x: box.x0 - MARGIN + 1.5,
      y: box.y1 + MARGIN + 2,
      size: LABEL_SIZE,
      font,
      color: rgb(1, 1, 1),
    });
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * The boxes of every finding a reviewer did not mark 不是问题, numbered as the findings panel
 * numbers them (1-based).
 */
export function findingAnnotations(report: DocumentReport): PdfAnnotation[] {
  return openFindings(report).flatMap(({ finding, index }) =>
    pageMarks(report, finding).map(({ box, role }) => ({
      label: String(index + 1),
      box,
      ...(role === 'related' ? { related: true } : {}),
    })),
  );
}
