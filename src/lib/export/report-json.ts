// The versioned report as JSON: written by the CLI and the page alike, read back when dropped in.

import type { DocumentReport, Report } from '../model/report';
import { migrateReport, REPORT_SCHEMA, type StoredDocumentReport } from '../model/report';
import { ReadError, describeCause } from '../model/read-error';
import { checkAcrossDocuments } from '../cross-document';
import { validateCrossDocument, validateDocument } from './validate-report';
import { refuseReportSize } from '../../parsers/budgets';

/** Every schema this reader understands; a later `@2` must be added here with its migration. */
const SCHEMA_PREFIX = 'mingzhang/report@';

/** The one shape both the CLI (`--format json`) and the page's 导出 JSON produce. */
export function toReport(documents: readonly DocumentReport[]): Report {
  const report: Report = { schema: REPORT_SCHEMA, documents: [...documents] };
  // Only several documents can be checked against each other; one file's report stays as it was.
  if (documents.length > 1) report.crossDocument = checkAcrossDocuments(documents);
  return report;
}

export function formatReportJson(documents: readonly DocumentReport[]): string {
  return `${JSON.stringify(toReport(documents), null, 2)}\n`;
}

/**
 * How far into a file the content check looks: the schema line comes first in what we write. A
 * caller may read only this much of a file to decide.
 */
export const REPORT_SNIFF_BYTES = 4096;
const REPORT_SIGNATURE = /^\uFEFF?\s*\{[\s\S]*"schema"\s*:\s*"mingzhang\/report@/;

/**
 * A 明账 report JSON is recognised by its content, not its name: it opens with `{` and names our
 * schema near the top. Anything else goes to the document readers.
 */
export function isReportJson(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, REPORT_SNIFF_BYTES));
  return REPORT_SIGNATURE.test(head);
}

/**
 * Reads an exported report back into the documents it holds. Throws a ReadError with a Chinese
 * message for text that is not JSON, not a 明账 report, of a schema version we do not know, or
 * whose documents do not have the shape of the schema. Fields we do not know are kept.
 */
export function readReportJson(text: string): DocumentReport[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReadError('corrupt-file', '这个文件不是有效的 JSON，无法恢复报告。', describeCause(error));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('schema' in value)) {
    throw new ReadError('unknown-format', '这个 JSON 不是明账导出的报告：缺少 "schema": "mingzhang/report@1"。');
  }
  const { schema, documents, crossDocument } = value as {
    schema: unknown;
    documents?: unknown;
    crossDocument?: unknown;
  };
  if (typeof schema !== 'string' || !schema.startsWith(SCHEMA_PREFIX)) {
    throw new ReadError('unknown-format', `这个 JSON 不是明账导出的报告（schema 为 ${JSON.stringify(schema)}）。`);
  }
  if (schema !== REPORT_SCHEMA) {
    throw new ReadError(
      'unknown-format',
      `报告的格式版本 ${schema} 是本页面不认识的版本（本页面读取 ${REPORT_SCHEMA}），请用更新的明账打开。`,
    );
  }
  if (!Array.isArray(documents)) {
    throw new ReadError('corrupt-file', '报告缺少 documents 列表，无法恢复。');
  }
  if (documents.length === 0) {
    throw new ReadError('corrupt-file', '报告里没有任何文件（documents 为空）。');
  }
  documents.forEach((document, index) => {
    const problem = validateDocument(document);
    if (problem !== null) {
      throw new ReadError('corrupt-file', `报告第 ${index + 1} 份文件的内容不完整或已损坏：${problem}。`);
    }
    // Within the budgets a file read afresh is held to: drawing more would hold the page.
    const refusal = refuseReportSize(document as StoredDocumentReport, `报告第 ${index + 1} 份文件`);
    if (refusal) throw refusal;
  });
  // The page checks the documents against each other anew; a damaged section is still refused.
  const crossProblem = crossDocument === undefined ? null : validateCrossDocument(crossDocument);
  if (crossProblem !== null) {
    throw new ReadError('corrupt-file', `报告的跨文件核对部分已损坏：${crossProblem}。`);
  }
  return (documents as StoredDocumentReport[]).map(migrateReport);
}
