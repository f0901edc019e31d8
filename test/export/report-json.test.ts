// The report JSON: the CLI's and the page's shape, its round trip, and every refusal in Chinese.

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkAcrossDocuments } from '../../src/lib/cross-document';
import { formatReportJson, isReportJson, readReportJson, toReport } from '../../src/lib/export/report-json';
import { inspectFile } from '../../src/lib/inspect';
import { ReadError } from '../../src/lib/model/read-error';
import { REPORT_SCHEMA } from '../../src/lib/model/report';
import { SEED_IDS, seedReport } from './real-reports';

const FIXTURE_002 = new URL('../fixtures/docx/002-xianghe-2024-budget.docx', import.meta.url);

function refusal(text: string): ReadError {
  try {
    readReportJson(text);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('readReportJson accepted the text');
}

describe('report JSON', () => {
  it('round-trips every seed report and a DOCX report exactly', async () => {
    const docx = await inspectFile('002-xianghe-2024-budget.docx', new Uint8Array(await readFile(FIXTURE_002)));
    const documents = [docx, ...(await Promise.all(SEED_IDS.map(seedReport)))];
    expect(docx.tables.length).toBeGreaterThan(5);
    const text = formatReportJson(documents);
    // Several documents: the checks across them come along (nothing to pair among these).
    expect(JSON.parse(text)).toEqual({
      schema: REPORT_SCHEMA,
      documents,
      crossDocument: checkAcrossDocuments(documents),
    });
    expect(readReportJson(text)).toEqual(documents);
    expect(isReportJson(new TextEncoder().encode(text))).toBe(true);
  });

  it('is the shape the CLI prints: { schema, documents }', async () => {
    const report = toReport([await seedReport('002')]);
    expect(Object.keys(report)).toEqual(['schema', 'documents']);
    expect(report.schema).toBe('mingzhang/report@1');
  });

  it('reads back a crossDocument section and refuses a damaged one', async () => {
    const documents = [await seedReport('002'), await seedReport('003')];
    const location = {
      type: 'other-document',
      document: '002.txt',
      location: { type: 'text', paragraph: 0, start: 0, end: 2, quote: '10', page: null },
    };
    const finding = {
      ruleId: 'previous-year-changes',
      severity: 'warning',
      message: '…',
      location,
      related: [location],
      expected: '1.00',
      actual: '2.00',
      difference: '1.00',
      unit: '万元',
    };
    const crossDocument = { findings: [finding], checks: [] };
    expect(readReportJson(JSON.stringify({ schema: REPORT_SCHEMA, documents, crossDocument }))).toEqual(documents);
    const damaged = { ...crossDocument, findings: [{ ...finding, location: { ...location, document: 3 } }] };
    expect(() => readReportJson(JSON.stringify({ schema: REPORT_SCHEMA, documents, crossDocument: damaged }))).toThrow(
      /跨文件核对.*crossDocument\.findings\[0\]\.location\.document/,
    );
  });

  it('keeps fields it does not know (later additions such as paragraphs or cell boxes)', async () => {
    const doc = { ...(await seedReport('004')), paragraphs: [{ text: '说明', blockIndex: 0, page: null }] };
    const [read] = readReportJson(JSON.stringify({ schema: REPORT_SCHEMA, documents: [doc] }));
    expect(read).toEqual(doc);
  });

  it('reads reports exported before findings had messageId, data and type, and refuses a malformed data', async () => {
    const doc = await seedReport('000');
    expect(doc.findings.length).toBeGreaterThan(0);
    expect(doc.findings.every((finding) => finding.messageId && finding.type && finding.data)).toBe(true);
    const older = {
      ...doc,
      findings: doc.findings.map(({ messageId: _id, data: _data, type: _type, ...rest }) => rest),
    };
    expect(readReportJson(JSON.stringify({ schema: REPORT_SCHEMA, documents: [older] }))).toEqual([older]);
    const badData = { ...doc, findings: [{ ...doc.findings[0]!, data: { row: [1] } }] };
    expect(refusal(JSON.stringify({ schema: REPORT_SCHEMA, documents: [badData] })).message).toContain(
      'findings[0].data「row」 应为文字或数字',
    );
  });

  it("loads an export written before notes had a stage, table or paragraph: its notes are the readers'", async () => {
    const note = { code: 'pdf-textless-pages', message: '第 14 页没有文字层（可能是扫描页），其中的内容未被读取。' };
    const doc = { ...(await seedReport('002')), warnings: [note] };
    const [read] = readReportJson(JSON.stringify({ schema: REPORT_SCHEMA, documents: [doc] }));
    expect(read!.warnings).toEqual([{ ...note, stage: 'read' }]);
  });

  it('keeps the stage, table and paragraph of each note, and refuses a stage it does not know', async () => {
    const doc = await seedReport('003');
    expect(doc.warnings.some((note) => note.stage === 'extract' && note.table !== undefined)).toBe(true);
    const text = formatReportJson([doc]);
    expect(readReportJson(text)[0]!.warnings).toEqual(doc.warnings);
    const withNote = (note: unknown) =>
      JSON.stringify({ schema: REPORT_SCHEMA, documents: [{ ...doc, warnings: [note] }] });
    expect(refusal(withNote({ stage: 'print', code: 'x', message: '说明' })).message).toContain(
      'warnings[0].stage 的值 "print" 不在允许的取值中',
    );
    expect(refusal(withNote({ stage: 'extract', code: 'x', message: '说明', table: '2' })).message).toContain(
      'warnings[0].table 应为数字',
    );
  });

  it('recognises a report by content, not by name, and ignores other JSON and documents', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(isReportJson(encode('\uFEFF  {"documents":[],"schema":"mingzhang/report@1"}'))).toBe(true);
    expect(isReportJson(encode('{"schema":"other/thing@1"}'))).toBe(false);
    expect(isReportJson(encode('部门预算 "schema": "mingzhang/report@1"'))).toBe(false);
    expect(isReportJson(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
  });

  it('refuses text that is not JSON', () => {
    const error = refusal('{"schema": "mingzhang/report@1", "documents": [');
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toContain('不是有效的 JSON');
  });

  it('refuses JSON that is not a 明账 report', () => {
    expect(refusal('[1, 2]').message).toContain('不是明账导出的报告');
    expect(refusal('{"name": "x"}').message).toContain('不是明账导出的报告');
    expect(refusal('{"schema": "openspending@1"}').message).toContain('不是明账导出的报告');
  });

  it('refuses a schema version it does not know, naming both versions', () => {
    const error = refusal('{"schema": "mingzhang/report@2", "documents": []}');
    expect(error.code).toBe('unknown-format');
    expect(error.message).toContain('mingzhang/report@2');
    expect(error.message).toContain('mingzhang/report@1');
  });

  it('refuses malformed documents with the path of the problem', async () => {
    const doc = await seedReport('002');
    const withTables = (tables: unknown) => JSON.stringify({ schema: REPORT_SCHEMA, documents: [{ ...doc, tables }] });
    const float = structuredClone(doc.tables);
    const [first] = float;
    if (!first?.rows[0]) throw new Error('seed 002 has no rows');
    first.rows[0].cells[first.columns[0]!] = 12.5 as unknown as string;
    expect(refusal(withTables(float)).message).toMatch(
      /第 1 份文件.*tables\[0\]\.rows\[0\]\.cells「.+」 应为十进制数字文本/,
    );
    const noRows = structuredClone(doc.tables).map(({ rows: _rows, ...rest }) => rest);
    expect(refusal(withTables(noRows)).message).toContain('tables[0].rows 应为列表');
    const { meta: _meta, ...noMeta } = doc;
    expect(refusal(JSON.stringify({ schema: REPORT_SCHEMA, documents: [noMeta] })).message).toContain('meta 应为对象');
    expect(refusal(JSON.stringify({ schema: REPORT_SCHEMA, documents: 'x' })).message).toContain('documents');
    expect(refusal(JSON.stringify({ schema: REPORT_SCHEMA, documents: [] })).message).toContain('没有任何文件');
  });
});
