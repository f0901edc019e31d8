// The versioned report the CLI prints and the page exports: one entry per file.

import type { Message, SourceFormat } from './document';
import type { DisclosureMeta, StandardTable } from './disclosure';
import type { ReadErrorData } from './read-error';

export const REPORT_SCHEMA = 'mingzhang/report@1';

export interface DocumentSource {
  name: string;
  format: SourceFormat | null;
  bytes: number;
  pages: number | null;
}

export interface DocumentReport {
  source: DocumentSource;
  meta: DisclosureMeta;
  tables: StandardTable[];
  warnings: Message[];
  error?: ReadErrorData;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  documents: DocumentReport[];
}
