// The floors the pipeline is measured against: what pdf.js, mammoth and SheetJS cost on their own.

import * as XLSX from '@e965/xlsx';
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// NOTE: also for its side effect: read-pdf.ts puts pdf.js's worker module on globalThis, so the
// floors run pdf.js in this thread exactly as the pipeline does.
import { documentParams } from '../../src/parsers/pdf/read-pdf';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { SHEETJS_OPTIONS } from '../../src/parsers/xlsx/read-spreadsheet';

const assets = nodePdfAssets();
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** getDocument with read-pdf.ts's options, every page through `read`, then teardown. */
async function eachPage(bytes: Uint8Array, read: (page: PDFPageProxy) => Promise<unknown>): Promise<void> {
  const task = pdfjs.getDocument(documentParams(bytes, assets));
  try {
    const doc = await task.promise;
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      await read(page);
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
}

/** The PDF floor: pdf.js text extraction of every page and nothing else. */
export const pdfTextFloor = (bytes: Uint8Array) => eachPage(bytes, (page) => page.getTextContent());

/**
 * Every page's operator list: how ruling lines were read before content-paths.ts, and still are for
 * files whose streams cannot be read directly (encrypted); --stages shows it beside the floor.
 */
export const pdfOperatorPass = (bytes: Uint8Array) => eachPage(bytes, (page) => page.getOperatorList());

/** The DOCX floor: mammoth's conversion, with read-docx.ts's input form and options → the HTML. */
export async function docxFloor(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = new Uint8Array(bytes).buffer;
  const input = { arrayBuffer, buffer: arrayBuffer };
  return (await mammoth.convertToHtml(input, { convertImage: skipImages })).value;
}

/** The XLSX floor: SheetJS reading the workbook with read-spreadsheet.ts's options. */
export function xlsxFloor(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, SHEETJS_OPTIONS);
}
