// What kind of document this is, decided before any rule judges it: a department's or unit's
// 预算/决算 disclosure, a government's own budget or final-accounts report (全市/本级, 总预算
// tables), or something else (a letter, a notice). Only disclosures owe the nine standard tables.
//
// NOTE: the signals are the document's own headings and table titles, not its figures: a city's
// report and a department's disclosure share table words (一般公共预算, 政府性基金), but a report
// opens by addressing the assembly and titles its tables by the city, a disclosure names 部门/单位.

import type { DocumentType, TableKind } from '../model/disclosure';

/** How far into the text a document's own heading and opening lines reach. */
const OPENING_PARAGRAPHS = 10;

/** A government report's heading or its address to the people's congress. */
const GOVERNMENT_OPENING =
  /关于.{0,40}?(预算执行情况|预算草案|决算草案|决算(（草案）)?的报告)|财政[预决]算（草案）|人民代表大会|人大常委会|各位代表|各位委员/;
/** A government-wide table: by the whole city/province or 本级, or of execution, revenue and debt. */
const GOVERNMENT_TABLE =
  /(全市|全省|全区|全县|本级|市级|省级|区级|县级|[\u4e00-\u9fa5]{1,6}市)(一般公共预算|政府性基金|国有资本经营|社会保险基金)(预算)?(收入|支出|收支)|执行情况表|地域财政|债务(限额|余额)/;
/** A disclosure names itself: 部门预算, 单位决算, 部门概况… */
const DISCLOSURE_WORDING = /(部门|单位)(预算|决算)|部门概况|单位概况/;
/** Tables only a department or unit publishes. */
const DISCLOSURE_TABLES: ReadonlySet<TableKind> = new Set([
  'income-expenditure-summary',
  'fiscal-grant-summary',
  'general-budget-basic-expenditure',
  'three-public-expenditure',
]);

export interface DocumentTypeEvidence {
  /** Paragraph texts in order; only the opening ones are read. */
  paragraphs: readonly string[];
  tableTitles: readonly string[];
  tableKinds: readonly TableKind[];
}

const compact = (text: string) => text.replace(/\s/g, '');
const countMatching = (texts: readonly string[], pattern: RegExp) =>
  texts.filter((text) => pattern.test(compact(text))).length;

export function readDocumentType({ paragraphs, tableTitles, tableKinds }: DocumentTypeEvidence): DocumentType {
  const opening = paragraphs.slice(0, OPENING_PARAGRAPHS);
  const disclosure =
    countMatching(opening, DISCLOSURE_WORDING) +
    countMatching(tableTitles, DISCLOSURE_WORDING) +
    tableKinds.filter((kind) => DISCLOSURE_TABLES.has(kind)).length;
  const government = countMatching(opening, GOVERNMENT_OPENING) + countMatching(tableTitles, GOVERNMENT_TABLE);
  // A tie goes to the disclosure: wrongly excusing a department from its tables hides defects.
  if (disclosure > 0 && disclosure >= government) return 'disclosure';
  if (government > 0) return 'government-report';
  return 'other';
}
