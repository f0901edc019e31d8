// Messages between the CLI's main thread and its worker threads.

import type { DocumentReport } from '../lib/model/report';
import type { OverviewRow } from '../lib/summary/overview';
import type { OutputFormat } from './formats';

export interface WorkerJob {
  id: number;
  path: string;
  password: string | undefined;
  /** Read a scan (a PDF without a text layer) by OCR instead of refusing it (--ocr). */
  ocr: boolean;
  format: OutputFormat;
  /** Where this file's exports go (--out), or null. */
  outFolder: string | null;
}

/** Sent when the worker starts on a file: the per-file timeout counts from here. */
export interface WorkerStarted {
  type: 'started';
  id: number;
}

export interface WorkerDone {
  type: 'done';
  id: number;
  /** The document's part of the output, in the requested format. */
  output: string;
  /** What the checks across documents read of it (crossDocumentPart). */
  part: DocumentReport;
  /** Its line of `summary.csv` (--out): the page's batch overview row. */
  row: OverviewRow;
  /** Why its exports could not be written, or null. */
  exportError: string | null;
}

export type WorkerMessage = WorkerStarted | WorkerDone;
