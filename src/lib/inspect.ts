// One file → its report: read the bytes into the document model, recognise the tables.
// The same function runs in the parse worker and in the CLI.

import { readDocument, type ReadOptions } from '../parsers';
import type { PdfAssets } from '../parsers/pdf/read-pdf';
import { extractDisclosure } from './extract';
import { readNarrative } from './narrative';
import { runRules } from './rules/run-rules';
import type { Rule } from './rules/rule';
import { failedReport, type DocumentReport } from './model/report';
import { toReadErrorData } from './model/read-error';
import { withCellConfidence, withOcrDoubt } from './ocr/ocr-doubt';

export type InspectStage = 'reading' | 'extracting' | 'checking' | 'done';

export interface InspectOptions {
  signal?: AbortSignal;
  password?: string;
  pdfAssets?: PdfAssets;
  onProgress?: (stage: InspectStage, done: number, total: number) => void;
  /** A recogniser for scans (the user asked for OCR); without one, a scan is refused with a message. */
  ocr?: ReadOptions['ocr'];
  /** The rules to run instead of all registered ones (tests). */
  rules?: Rule[];
}

export async function inspectFile(
  name: string,
  bytes: Uint8Array,
  options: InspectOptions = {},
): Promise<DocumentReport> {
  try {
    options.onProgress?.('reading', 0, 1);
    const parsed = await readDocument(bytes, {
      signal: options.signal,
      password: options.password,
      pdfAssets: options.pdfAssets,
      ocr: options.ocr,
      onPage: (done, total) => options.onProgress?.('reading', done, total),
    });
    options.signal?.throwIfAborted();
    options.onProgress?.('extracting', 0, 1);
    const extracted = extractDisclosure(parsed, name);
    const disclosure = parsed.ocr
      ? { ...extracted, tables: withCellConfidence(extracted.tables, parsed.ocr.runs) }
      : extracted;
    options.signal?.throwIfAborted();
    options.onProgress?.('checking', 0, 1);
    const { figures, messages: narrativeMessages } = readNarrative(disclosure);
    const checked = runRules(disclosure, figures, options.rules);
    const { checks } = checked;
    const findings = parsed.ocr ? withOcrDoubt(checked.findings, disclosure.tables) : checked.findings;
    options.onProgress?.('done', 1, 1);
    return {
      source: { name, format: parsed.format, bytes: bytes.byteLength, pages: parsed.pages },
      meta: disclosure.meta,
      tables: disclosure.tables,
      paragraphs: disclosure.paragraphs.map(({ text, page }) => ({ text, page })),
      warnings: [...parsed.warnings, ...disclosure.warnings, ...narrativeMessages],
      figures,
      findings,
      checks,
    };
  } catch (error) {
    return failedReport(name, bytes.byteLength, toReadErrorData(error));
  }
}
