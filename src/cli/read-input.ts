// One path → its report, as the CLI reads it: size checked before reading, the bytes kept for
// what the report's exports need (the annotated PDF).

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { inspectFile } from '../lib/inspect';
import { failedReport, type DocumentReport } from '../lib/model/report';
import { refuseFileSize } from '../parsers/budgets';
import type { OcrEngine } from '../parsers/ocr/ocr-engine';
import { nodePdfAssets } from '../parsers/pdf/node-assets';

export interface InspectedPath {
  report: DocumentReport;
  /** The file's bytes, or null when it could not be read. */
  bytes: Uint8Array | null;
}

function openError(path: string, error: unknown): DocumentReport {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === 'ENOENT'
      ? `找不到文件：${path}`
      : code === 'EISDIR'
        ? `这是一个文件夹，不是文件：${path}`
        : `无法打开文件：${path}（${code ?? String(error)}）`;
  return failedReport(basename(path), 0, { code: code === 'ENOENT' ? 'file-not-found' : 'unreadable-file', message });
}

/** `ocr`: a recogniser for a scan (--ocr); without one, a scan is refused with a message. */
export async function inspectPath(path: string, password: string | undefined, ocr?: OcrEngine): Promise<InspectedPath> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    // Checked before reading, so that a huge file is never loaded into memory at all.
    const refusal = refuseFileSize(size);
    if (refusal) return { report: failedReport(basename(path), size, refusal.toData()), bytes: null };
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return { report: openError(path, error), bytes: null };
  }
  // pdf.js is handed a copy (documentParams), so these bytes stay whole for the annotated PDF.
  const report = await inspectFile(basename(path), bytes, {
    password,
    pdfAssets: nodePdfAssets(),
    ocr: ocr ? { engine: ocr } : undefined,
  });
  return { report, bytes };
}
