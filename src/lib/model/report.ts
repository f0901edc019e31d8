// The versioned report the CLI prints and the page exports: one entry per file.

import type { Message, SourceFormat } from './document';
import type { DisclosureMeta, MetaCorrection, StandardTable } from './disclosure';
import type { NarrativeFigure } from './narrative-figure';
import type { CheckResult, CrossDocumentResult, Finding, FindingReviews } from './finding';
import type { ReadErrorData } from './read-error';

export const REPORT_SCHEMA = 'mingzhang/report@1';

export interface DocumentSource {
  name: string;
  format: SourceFormat | null;
  bytes: number;
  pages: number | null;
}

export interface ReportParagraph {
  text: string;
  page: number | null;
}

export interface DocumentReport {
  source: DocumentSource;
  meta: DisclosureMeta;
  tables: StandardTable[];
  /** The explanation text, paragraph by paragraph: a text finding's `paragraph` indexes this. */
  paragraphs: ReportParagraph[];
  warnings: Message[];
  /** Figures the explanation text states (this year's and earlier years'), with their sentences. */
  figures: NarrativeFigure[];
  /** What does not add up, each pointing at its cell or sentence. */
  findings: Finding[];
  /** Every rule, passed / failed / not applicable, with how many comparisons it made. */
  checks: CheckResult[];
  error?: ReadErrorData;
  /** A reviewer's marks on findings, by finding key (`findingKeys`); absent until one is marked. */
  reviews?: FindingReviews;
  /** The user's own 机构/年度/预算或决算/部门或单位 where `meta` is missing or wrong; absent until set. */
  metaCorrection?: MetaCorrection;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  documents: DocumentReport[];
  /** Checks across the documents (of one organisation, across years); only when there are several. */
  crossDocument?: CrossDocumentResult;
}

/** A report for a file that produced nothing but an error. */
export function failedReport(name: string, bytes: number, error: ReadErrorData): DocumentReport {
  return {
    source: { name, format: null, bytes, pages: null },
    meta: { documentType: null, orgCode: null, orgName: null, year: null, kind: null, scope: null },
    tables: [],
    paragraphs: [],
    warnings: [],
    figures: [],
    findings: [],
    checks: [],
    error,
  };
}

/**
 * A report as older versions of 明账 wrote it under the same schema id (an exported JSON, or one
 * kept in this browser's IndexedDB). Fields were added over time, each optional here:
 * - `paragraphs` (and cell `boxes`/`nameBox`) came with PDF cell boxes, after the first exports;
 * - a note's `stage` came with the reading notes (before, every note was a file reader's);
 * - findings' `messageId`/`data`/`type`, `meta.documentType`, `reviews`, `crossDocument`, tables'
 *   `org` and findings' `materiality` came later still, and the page already reads them as optional.
 */
export type StoredDocumentReport = Omit<DocumentReport, 'paragraphs' | 'meta' | 'warnings'> & {
  paragraphs?: ReportParagraph[];
  meta: Omit<DisclosureMeta, 'documentType'> & { documentType?: DisclosureMeta['documentType'] };
  warnings: Array<Omit<Message, 'stage'> & { stage?: Message['stage'] }>;
};

/** What an older report is told: its text is not there to show, its checks are as they were. */
export const OLDER_REPORT_NOTE =
  '这份报告由较早版本的明账导出或保存，没有带上说明文字：核对结果和表格照常显示，说明文字无法显示。重新打开原文件可得到完整报告。';

/** Brings a report of any earlier shape to the current one, so that every view can rely on it. */
export function migrateReport(report: StoredDocumentReport): DocumentReport {
  const warnings = report.warnings.map((warning) => ({ ...warning, stage: warning.stage ?? 'read' }) as Message);
  // A failed file never had text, so only a read one is told what is missing.
  if (report.paragraphs === undefined && !report.error) {
    warnings.push({ stage: 'read', code: 'older-report', message: OLDER_REPORT_NOTE });
  }
  return {
    ...report,
    meta: { ...report.meta, documentType: report.meta.documentType ?? null },
    paragraphs: report.paragraphs ?? [],
    warnings,
  };
}
