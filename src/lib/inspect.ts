// One file → its report: read the bytes into the document model, recognise the tables.
// The same function runs in the parse worker and in the CLI.

import { readDocument } from '../parsers';
import type { PdfAssets } from '../parsers/pdf/read-pdf';
import { extractDisclosure } from './extract';
import type { DocumentReport } from './model/report';
import { toReadErrorData } from './model/read-error';

export type InspectStage = 'reading' | 'extracting' | 'done';

export interface InspectOptions {
  signal?: AbortSignal;
  password?: string;
  pdfAssets?: PdfAssets;
  onProgress?: (stage: InspectStage, done: number, total: number) => void;
}

const EMPTY_META = { orgCode: null, orgName: null, year: null, kind: null, scope: null } as const;

export async function inspectFile(
  name: string,
  bytes: Uint8Array,
  options: InspectOptions = {},
): Promise<DocumentReport> {
  const source = { name, format: null, bytes: bytes.byteLength, pages: null };
  try {
    options.onProgress?.('reading', 0, 1);
    const parsed = await readDocument(bytes, {
      signal: options.signal,
      password: options.password,
      pdfAssets: options.pdfAssets,
      onPage: (done, total) => options.onProgress?.('reading', done, total),
    });
    options.signal?.throwIfAborted();
    options.onProgress?.('extracting', 0, 1);
    const disclosure = extractDisclosure(parsed);
    options.onProgress?.('done', 1, 1);
    return {
      source: { ...source, format: parsed.format, pages: parsed.pages },
      meta: disclosure.meta,
      tables: disclosure.tables,
      warnings: [...parsed.warnings, ...disclosure.warnings],
    };
  } catch (error) {
    return { source, meta: { ...EMPTY_META }, tables: [], warnings: [], error: toReadErrorData(error) };
  }
}
