// The CLI's output formats, written file by file as reports arrive, so that a batch of a thousand
// files never holds all its reports: each document's text is made (in the worker that read it)
// as soon as it is read. `json` comes out byte for byte as formatReportJson would write it.

import { checkAcrossDocuments } from '../lib/cross-document';
import { formatCrossDocument, formatDocument } from '../lib/export/format-text';
import type { CrossDocumentResult } from '../lib/model/finding';
import { REPORT_SCHEMA, type DocumentReport } from '../lib/model/report';

export const FORMATS = ['json', 'ndjson', 'text'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const isOutputFormat = (value: string): value is OutputFormat => (FORMATS as readonly string[]).includes(value);

/** JSON.stringify(value, null, 2) as it reads `depth` levels down in a larger indented document. */
const indented = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/** One document's part of the output. */
export function formatDocumentOutput(format: OutputFormat, doc: DocumentReport): string {
  if (format === 'ndjson') return `${JSON.stringify(doc)}\n`;
  if (format === 'text') return `${formatDocument(doc).join('\n')}\n`;
  return `    ${indented(doc, 2)}`;
}

/**
 * What comes before the first document, between two, and after the last (with the checks across
 * documents, when there were several). ndjson: a line per document, then `{"crossDocument": …}`.
 */
export const OUTPUT_FRAME: Record<
  OutputFormat,
  { head: string; separator: string; tail(cross: CrossDocumentResult | null): string }
> = {
  json: {
    head: `{\n  "schema": ${JSON.stringify(REPORT_SCHEMA)},\n  "documents": [\n`,
    separator: ',\n',
    tail: (cross) => `\n  ]${cross ? `,\n  "crossDocument": ${indented(cross, 1)}` : ''}\n}\n`,
  },
  ndjson: {
    head: '',
    separator: '',
    tail: (cross) => (cross ? `${JSON.stringify({ crossDocument: cross })}\n` : ''),
  },
  text: {
    head: '',
    separator: '',
    tail: (cross) => (cross ? `${formatCrossDocument(cross).join('\n')}\n` : ''),
  },
};

/** The checks across documents, from each file's compact part (crossDocumentPart); several files only. */
export function crossDocumentOf(parts: readonly DocumentReport[]): CrossDocumentResult | null {
  return parts.length > 1 ? checkAcrossDocuments(parts) : null;
}
