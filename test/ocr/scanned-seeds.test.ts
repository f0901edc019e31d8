// Scans read by OCR (CLI `--ocr`'s engine): bordered PDFs of seeds 000/002/003 rasterised at
// 150 dpi in grey with no text layer (test/fixtures/generators/scan-pdf.ts), checked cell for cell
// against the DOCX route of the same seed. OCR is the slow part (seconds a page on CI's two
// cores), so one recogniser reads every scan of the file: seed 000 whole (27 pages, every standard
// table), seeds 002 and 003 the pages of their first three standard tables (收支总表, 收入总表,
// 支出总表, continuations included: 7 and 9 pages), and seed 000's first six pages again laid 1°
// askew on the scanner, which must read as well as the straight ones.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import { inspectFile } from '../../src/lib/inspect';
import type { Location } from '../../src/lib/model/finding';
import type { DocumentReport } from '../../src/lib/model/report';
import { STANDARD_KINDS } from '../../src/lib/model/table-vocabulary/table-kinds';
import { LOW_OCR_CONFIDENCE } from '../../src/lib/ocr/ocr-doubt';
import { readDocument } from '../../src/parsers';
import { createNodeOcrEngine } from '../../src/parsers/ocr/node-engine';
import type { OcrEngine } from '../../src/parsers/ocr/ocr-engine';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { rasterisePdf } from '../fixtures/generators/scan-pdf';
import { compareCells, type CellAccuracy } from '../helpers/cell-accuracy';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

const FIRST_THREE = ['income-expenditure-summary', 'income-summary', 'expenditure-summary'] as const;

/** Seed, DOCX fixture, the pages of its bordered PDF scanned, the tables they hold, the scan's skew. */
const SCANS = [
  { id: '000', docx: '000-laishui-2021-budget.docx', pages: 27, kinds: STANDARD_KINDS, skew: 0, lies: 'straight' },
  { id: '002', docx: '002-xianghe-2024-budget.docx', pages: 7, kinds: FIRST_THREE, skew: 0, lies: 'straight' },
  { id: '003', docx: '003-guantao-2023-budget.docx', pages: 9, kinds: FIRST_THREE, skew: 0, lies: 'straight' },
  { id: '000', docx: '000-laishui-2021-budget.docx', pages: 6, kinds: FIRST_THREE, skew: 1, lies: 'laid 1° askew' },
] as const;

let engine: OcrEngine;
beforeAll(async () => {
  engine = await createNodeOcrEngine();
}, 60_000);
afterAll(async () => {
  await engine?.terminate();
});

function sameCell(location: Location, table: number, row: number, column: string): boolean {
  return location.type === 'cell' && location.table === table && location.row === row && location.column === column;
}

describe.each(SCANS)('seed $id scanned at 150 dpi, pages 1–$pages, $lies', ({ id, docx, pages, kinds, skew }) => {
  let report: DocumentReport;
  let accuracy: CellAccuracy;
  beforeAll(async () => {
    const bordered = fixture(`pdf/${id}-bordered-portrait.pdf`);
    const scan = await rasterisePdf(bordered, 1, pages, { skewDegrees: skew });
    report = await inspectFile(`scanned-${id}.pdf`, scan, { pdfAssets: nodePdfAssets(), ocr: { engine } });
    const reference = extractDisclosure(await readDocument(fixture(`docx/${docx}`)));
    accuracy = compareCells(reference.tables, report.tables, kinds);
    console.info(`seed ${id}: ${accuracy.equal}/${accuracy.cells} cells equal`, accuracy.wrong);
  }, 600_000);

  it('is read by OCR, and says so', () => {
    expect(report.error).toBeUndefined();
    expect(report.warnings.map((warning) => warning.code)).toContain('pdf-ocr');
    expect(report.meta).toMatchObject({ year: expect.any(Number), kind: '预算' });
    expect(report.warnings.some((warning) => warning.code === 'pdf-ocr-deskewed')).toBe(skew !== 0);
  });

  it('gives at least 99% of the table cells the DOCX route gives', () => {
    expect(accuracy.cells).toBeGreaterThan(100);
    expect(accuracy.equal / accuracy.cells).toBeGreaterThanOrEqual(0.99);
  });

  it('flags every wrong cell as low-confidence or catches it in a finding', () => {
    const unflagged = accuracy.wrong.filter(({ table, row, column }) => {
      const confidence = report.tables[table]?.rows[row]?.confidence?.[column];
      if (confidence !== undefined && confidence < LOW_OCR_CONFIDENCE) return false;
      return !report.findings.some((finding) =>
        [finding.location, ...finding.related].some((location) => sameCell(location, table, row, column)),
      );
    });
    expect(unflagged).toEqual([]);
  });

  it('keeps a confidence and a page box for every recognised amount', () => {
    const rows = report.tables.filter((table) => kinds.includes(table.kind as never)).flatMap((table) => table.rows);
    const cells = rows.flatMap((row) => Object.keys(row.cells).map((column) => ({ row, column })));
    expect(cells.length).toBeGreaterThan(50);
    for (const { row, column } of cells) {
      expect(row.boxes?.[column]).toBeDefined();
      expect(row.confidence?.[column]).toEqual(expect.any(Number));
    }
  });

  it('tells on every finding that it may come from a misread digit', () => {
    for (const finding of report.findings) expect(finding.message).toContain('文字识别');
  });
});
