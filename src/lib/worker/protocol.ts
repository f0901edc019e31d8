// The messages between the page and the parse worker: the only module both sides import.
// NOTE: everything here crosses postMessage, so it must stay structured-clone data (no classes).

import type { InspectStage } from '../inspect';
import type { OcrAssets } from '../../parsers/ocr/tesseract-engine';
import type { PdfAssets } from '../../parsers/pdf/read-pdf';
import type { ReadErrorData } from '../model/read-error';
import type { DocumentReport } from '../model/report';

/** Page → worker. `bytes` is transferred, so the sender's buffer is detached afterwards. */
export interface ParseRequest {
  type: 'parse';
  id: number;
  name: string;
  bytes: ArrayBuffer;
  password?: string;
  /** Resolved by the page against its own address: the worker cannot know where the app lives. */
  pdfAssets: PdfAssets;
  /** Read a scan by OCR (the user asked), with the recogniser's files from here. */
  ocr?: OcrAssets;
}

/**
 * Page → worker: an exported report JSON to read back. Parsed and validated here, not on the
 * page, so that a large or hostile one cannot freeze it.
 */
export interface RestoreRequest {
  type: 'restore';
  id: number;
  name: string;
  bytes: ArrayBuffer;
}

export type WorkerRequest = ParseRequest | RestoreRequest;

export interface ProgressMessage {
  type: 'progress';
  id: number;
  stage: InspectStage;
  done: number;
  total: number;
}

export interface ResultMessage {
  type: 'result';
  id: number;
  report: DocumentReport;
}

/** The documents of a restored report JSON, migrated to the current shape and within the budgets. */
export interface RestoredMessage {
  type: 'restored';
  id: number;
  documents: DocumentReport[];
}

/** The pipeline threw although it should not: a bug, reported as data rather than a crash. */
export interface FailureMessage {
  type: 'failure';
  id: number;
  error: ReadErrorData;
}

export type WorkerResponse = ProgressMessage | ResultMessage | RestoredMessage | FailureMessage;
