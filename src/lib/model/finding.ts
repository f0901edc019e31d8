// What reconciliation reports: findings that point at a cell or a sentence, and the list of
// checks with what each verified. Plain serialisable data, part of the report.

import type { TableKind, TableSide, Unit } from './disclosure';

export type Severity = 'error' | 'warning' | 'info';

/** A cell of a recognised table: the table by index and kind, the row by index, the column by path. */
export interface CellLocation {
  type: 'cell';
  table: number;
  tableKind: TableKind;
  tableTitle: string;
  row: number;
  /** 科目编码 or row name, for people reading the finding. */
  rowLabel: string;
  side?: TableSide;
  column: string | null;
  page: number | null;
}

/** A character range of an explanation paragraph (by its index in `Disclosure.paragraphs`). */
export interface TextLocation {
  type: 'text';
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  page: number | null;
}

/** The document as a whole (a missing table or section). */
export interface DocumentLocation {
  type: 'document';
  what: string;
}

export type Location = CellLocation | TextLocation | DocumentLocation;

/**
 * A figure of one of several documents opened together, named by its `source.name`: where a
 * cross-document finding points (both its own figure and the one in the other file).
 */
export interface OtherDocumentLocation {
  type: 'other-document';
  document: string;
  location: CellLocation | TextLocation;
}

/** What kind of problem a finding is, for grouping and filtering without reading its sentence. */
export type FindingType =
  | 'mismatch'
  | 'rounding'
  | 'unit-slip'
  | 'exceeds'
  | 'missing'
  | 'duplicate'
  | 'text-vs-table'
  | 'cross-document'
  | 'malformed'
  | 'order';

/** The figures and names a finding's sentence is built from, by placeholder. */
export type FindingData = Record<string, string | number>;

export interface Finding {
  ruleId: string;
  /**
   * Stable within the rule (a key of its `meta.messages`), unlike the wording. Absent, as are
   * `type` and `data`, in reports exported before they were added.
   */
  messageId?: string;
  type?: FindingType;
  severity: Severity;
  /** Chinese, quoting the figures: the rule's template for `messageId` filled from `data`. */
  message: string;
  data?: FindingData;
  /** Where the wrong figure is; `related` are the figures it was compared with. */
  location: Location;
  related: Location[];
  /** Decimal text in `unit`; null when the finding is not about an amount. */
  expected: string | null;
  actual: string | null;
  difference: string | null;
  unit: Unit | null;
  /** Set when exactness is impossible (rounded parts), e.g. `0.015`, in `unit`. */
  tolerance?: string;
  /** How much an amount is off, for findings about an amount in 元 or 万元. */
  materiality?: Materiality;
}

/**
 * The size of a finding's difference, to tell a cent from a typo: `difference` is its absolute
 * value in the finding's `unit` (`"0.01"`), `percentOfAmount` that as a percentage of the amount
 * it should be (`"0.0031"` for 0.01 of 326.72; of the printed amount where that should be 0).
 */
export interface Materiality {
  difference: string;
  percentOfAmount: string;
}

/** A reviewer's verdict: 已核实 (a real defect of the document) or 不是问题 (dismissed). */
export type ReviewVerdict = 'confirmed' | 'dismissed';

export interface FindingReview {
  verdict: ReviewVerdict;
  /** The reviewer's reason, in their words; absent when they gave none. */
  note?: string;
}

/** Reviews by finding key (see `findingKeys`). */
export type FindingReviews = Record<string, FindingReview>;

/** `crashed`: the rule threw (a bug of ours), so the document was not checked for it. */
export type CheckStatus = 'passed' | 'failed' | 'not-applicable' | 'crashed';

export interface CheckResult {
  ruleId: string;
  title: { zh: string; en: string };
  severity: Severity;
  status: CheckStatus;
  /** How many comparisons the rule made: a clean document shows what was verified. */
  comparisons: number;
  findings: number;
  /** The error text when `status` is `crashed`. */
  error?: string;
}

/**
 * A finding across documents opened together (this year's 上年 figure against last year's file):
 * like a Finding, but each location names its document.
 */
export interface CrossDocumentFinding extends Omit<Finding, 'location' | 'related'> {
  location: OtherDocumentLocation;
  related: OtherDocumentLocation[];
}

/** What the checks across documents found and what they compared; empty for a single document. */
export interface CrossDocumentResult {
  findings: CrossDocumentFinding[];
  checks: CheckResult[];
}
