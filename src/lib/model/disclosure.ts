// What table recognition makes of a document: its meta, its standard tables and its text.
// Amounts are kept as the decimal text printed (after joining split numbers), never as floats;
// ./amount.ts turns them into decimal.js values for arithmetic and unit conversion.

import type { Box, Message } from './document';

export type TableKind =
  | 'income-expenditure-summary'
  | 'income-summary'
  | 'expenditure-summary'
  | 'fiscal-grant-summary'
  | 'general-budget-expenditure'
  | 'general-budget-basic-expenditure'
  | 'government-fund-expenditure'
  | 'state-capital-expenditure'
  | 'three-public-expenditure'
  | 'project-performance'
  | 'procurement'
  | 'assets'
  | 'other';

export type Unit = '元' | '万元';

export type DisclosureKind = '预算' | '决算';
export type DisclosureScope = '部门' | '单位';

/**
 * `disclosure`: a department's or unit's 预算/决算公开; `government-report`: a government's own
 * budget or final-accounts report (全市/本级, 总预算 tables); `other`: anything else.
 */
export type DocumentType = 'disclosure' | 'government-report' | 'other';

export interface DisclosureMeta {
  /** Null only for a file that could not be read. */
  documentType: DocumentType | null;
  orgCode: string | null;
  orgName: string | null;
  year: number | null;
  kind: DisclosureKind | null;
  scope: DisclosureScope | null;
}

/** A user's correction of the meta: only the fields the user set; one left out keeps the value read. */
export interface MetaCorrection {
  orgName?: string;
  year?: number;
  kind?: DisclosureKind;
  scope?: DisclosureScope;
}

/** Which half of a two-sided summary table (收支总表, 财政拨款收支总表) a row belongs to. */
export type TableSide = 'income' | 'expenditure';

export interface TableRow {
  /** 序号 as printed, or null when the row has none. */
  seq: string | null;
  /** 科目编码 (3/5/7 digits); for the 类 rows of a 收支总表 it is derived from the 类 name. */
  code: string | null;
  name: string;
  side?: TableSide;
  /** Amount columns that are not blank: column path → decimal text as printed. */
  cells: Record<string, string>;
  /** Non-amount columns that are not blank (indicator text, units of measure…). */
  texts?: Record<string, string>;
  page: number | null;
  /** Where each filled column's cell is printed (PDF only): column path → box. */
  boxes?: Record<string, Box>;
  /** Where the row's name (or code) is printed (PDF only). */
  nameBox?: Box;
  /**
   * Scans only: column path → the recogniser's confidence (0–100) in the cell's text, the least
   * confident word of the cell. Below LOW_OCR_CONFIDENCE the cell is marked as doubtful.
   */
  confidence?: Record<string, number>;
}

export interface StandardTable {
  kind: TableKind;
  title: string;
  unit: Unit | null;
  /** True when the table has no data rows (typically with a note such as 空表列示). */
  empty: boolean;
  note: string | null;
  /** Column paths of the data columns, e.g. `本年收入/财政拨款收入`. */
  columns: string[];
  rows: TableRow[];
  /** First page of the table when known. */
  page: number | null;
  /** Index of the first block of the document the table was read from. */
  blockIndex: number;
  /** The organisation the header lines above the table name with a code (`450003怀来县医疗保险中心`). */
  org?: { code: string; name: string };
}

export interface TextParagraph {
  text: string;
  blockIndex: number;
  page: number | null;
}

export interface Disclosure {
  meta: DisclosureMeta;
  tables: StandardTable[];
  paragraphs: TextParagraph[];
  warnings: Message[];
}
