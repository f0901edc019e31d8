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
 * A report written before notes had a stage (an older JSON export, or one kept in this browser's
 * IndexedDB) holds only the file readers' notes: they are 'read'.
 */
export function withMessageStages(report: DocumentReport): DocumentReport {
  const warnings = report.warnings.map((warning) => ({ ...warning, stage: warning.stage ?? 'read' }) as Message);
  return { ...report, warnings };
}
