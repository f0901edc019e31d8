// The document model every parser produces: ordered paragraphs and table grids, plus warnings.
// Plain serialisable data only — it crosses the worker boundary and is written to JSON.

export type SourceFormat = 'docx' | 'xlsx' | 'xls' | 'pdf' | 'html' | 'text';

/** What the file readers (src/parsers) report: content they merged, clamped or could not read. */
export type ReadMessageCode =
  | 'docx-error'
  | 'docx-warning'
  | 'nested-table'
  | 'span-clamped'
  | 'pdf-irregular-merge'
  | 'pdf-stacked-cells'
  | 'pdf-textless-pages'
  | 'pdf-garbled-pages'
  | 'sheet-hidden'
  | 'rows-hidden'
  | 'columns-hidden'
  | 'formula-mismatch'
  /** A report of an earlier shape read back (JSON or this browser's store): what it lacks. */
  | 'older-report'
  | 'pdf-ocr'
  /** Scanned pages lying askew, straightened before their lines and words were read. */
  | 'pdf-ocr-deskewed';

/** What table recognition (src/lib/extract) dropped, joined or guessed while assembling tables. */
export type TableAssemblyCode =
  | 'contents-table-skipped'
  | 'continuation-merged'
  | 'repeated-header-dropped'
  | 'header-continued'
  | 'split-row-joined'
  | 'total-row-aligned'
  | 'title-guessed'
  | 'title-missing';

/** What src/lib/extract guessed: table assembly, and meta the document does not print (taken from the file name). */
export type ExtractMessageCode = TableAssemblyCode | 'meta-from-file-name';

/** What the explanation-text reader (src/lib/narrative) could not read. */
export type NarrativeMessageCode = 'amount-subject-unknown' | 'change-unlinked' | 'chart-data-unreadable';

interface StageMessage<Stage extends string, Code extends string> {
  /** The step that wrote the message: reading the file, recognising tables, reading the text. */
  stage: Stage;
  code: Code;
  message: string;
  /** What a library said (English), kept out of the message; shown folded as 技术细节. */
  details?: string;
  page?: number;
  /** Index into the report's `tables` the message concerns. */
  table?: number;
  /** Index into the report's `paragraphs` the message concerns. */
  paragraph?: number;
}

/** A message about something a stage skipped, joined, guessed or could not read. Text is Simplified Chinese. */
export type Message =
  | StageMessage<'read', ReadMessageCode>
  | StageMessage<'extract', ExtractMessageCode>
  | StageMessage<'narrative', NarrativeMessageCode>;

export type MessageStage = Message['stage'];

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  page?: number;
}

/**
 * Where something is printed on a PDF page: page number and rectangle in PDF user space
 * (points, y up, as pdf-lib draws and pdf.js's viewport converts), x0 < x1 and y0 < y1.
 */
export interface Box {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * One grid cell. A cell covered by a row/column span of another cell repeats that cell's text
 * and names its origin, so the grid stays rectangular and headers can still tell spans apart.
 */
export interface GridCell {
  text: string;
  spanOrigin?: { row: number; col: number };
  /** Where the (merged) cell is printed, for PDFs; formats without pages have none. */
  box?: Box;
}

export interface TableBlock {
  type: 'table';
  /** Rectangular: every row has the same number of cells. */
  rows: GridCell[][];
  /** Page of each row when the format has pages (PDF). */
  rowPages?: number[];
}

export type Block = ParagraphBlock | TableBlock;

/** A run of text recognised on a scanned page: what was read, how sure, and where (PDF user space). */
export interface OcrRun {
  text: string;
  /** 0–100: the least confident word of the run. */
  confidence: number;
  box: Box;
}

export interface ParsedDocument {
  format: SourceFormat;
  pages: number | null;
  blocks: Block[];
  warnings: Message[];
  /** Present when the text was recognised from page images (a scan): how many pages, and every run. */
  ocr?: { pages: number; runs: OcrRun[] };
}
