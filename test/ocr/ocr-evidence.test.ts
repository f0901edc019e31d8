// What a scan's report shows of its doubt (src/lib/ocr/ocr-evidence.ts) on a real recognition: seed
// 002's 收入总表, pages 4–5 of its bordered PDF with 行政事业单位养老支出's 合计 changed to 127.38 and
// printed small before scanning at 150 dpi (test/fixtures/generators/altered-scan.ts), read by the
// CLI's OCR engine; and the same changed PDF read from its text layer, which shows no doubt at all.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/lib/inspect';
import { describeLocation } from '../../src/lib/model/finding-labels';
import type { Finding } from '../../src/lib/model/finding';
import type { DocumentReport } from '../../src/lib/model/report';
import { LOW_OCR_CONFIDENCE } from '../../src/lib/ocr/ocr-doubt';
import {
  countLowConfidence,
  describeDoubtfulCells,
  describeDoubtLegend,
  findingCrops,
  isRecognised,
  MAX_FINDING_CROPS,
} from '../../src/lib/ocr/ocr-evidence';
import { createNodeOcrEngine } from '../../src/parsers/ocr/node-engine';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { CHANGED_INCOME_SUMMARY, scanWithChangedAmount } from '../fixtures/generators/altered-scan';

const { source, pages, change } = CHANGED_INCOME_SUMMARY;

let scanned: DocumentReport;
let printed: DocumentReport;
beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/${source}`, import.meta.url)));
  const { changed, scan } = await scanWithChangedAmount(bytes, pages, change);
  const engine = await createNodeOcrEngine();
  try {
    scanned = await inspectFile('changed-scan.pdf', scan, { pdfAssets: nodePdfAssets(), ocr: { engine } });
  } finally {
    await engine.terminate();
  }
  printed = await inspectFile('changed.pdf', changed, { pdfAssets: nodePdfAssets() });
}, 300_000);

/** The findings pointing at the changed cell, first as the cell they are about. */
function onChangedCell(report: DocumentReport): { findings: Finding[]; table: number; row: number } {
  const table = report.tables.findIndex((t) => t.kind === change.table);
  const row = report.tables[table]?.rows.findIndex((r) => r.name === change.row) ?? -1;
  const findings = report.findings.filter(
    ({ location: at }) => at.type === 'cell' && at.table === table && at.row === row && at.column === change.column,
  );
  return { findings, table, row };
}

describe('a scan with one amount changed, read by OCR', () => {
  it('is known as recognised, and its findings on the changed cell show that cell’s image first', () => {
    expect(isRecognised(scanned)).toBe(true);
    const { findings, table, row } = onChangedCell(scanned);
    expect(findings.length).toBeGreaterThan(0);
    const cell = scanned.tables[table]!.rows[row]!;
    const box = cell.boxes![change.column]!;
    for (const finding of findings) {
      const [first, ...others] = findingCrops(scanned, finding);
      expect(first).toMatchObject({
        role: 'primary',
        text: cell.cells[change.column],
        label: describeLocation(finding.location),
      });
      // The cell's box with a small margin, on its page.
      expect(first!.box.page).toBe(box.page);
      for (const [outer, inner] of [
        [first!.box.x1, box.x1],
        [first!.box.y1, box.y1],
        [box.x0, first!.box.x0],
        [box.y0, first!.box.y0],
      ] as const) {
        expect(outer).toBeGreaterThan(inner);
        expect(outer - inner).toBeLessThan(5);
      }
      expect(others.length).toBeLessThanOrEqual(MAX_FINDING_CROPS - 1);
      expect(others.every((crop) => crop.role === 'related')).toBe(true);
    }
  });

  it('names every low-confidence cell a finding is about, with its confidence, and no other', () => {
    const named = scanned.findings.map((finding) => [finding, describeDoubtfulCells(scanned, finding)] as const);
    for (const [finding, words] of named) {
      for (const location of [finding.location, ...finding.related]) {
        if (location.type !== 'cell' || location.column === null) continue;
        const confidence = scanned.tables[location.table]!.rows[location.row]!.confidence?.[location.column];
        const low = confidence !== undefined && confidence < LOW_OCR_CONFIDENCE;
        expect(words?.includes(`${describeLocation(location)}（置信度 ${confidence}）`) ?? false).toBe(low);
      }
    }
    expect(named.some(([, words]) => words !== null)).toBe(true);
  });

  it('counts the doubtful amounts in the legend of its tables', () => {
    const low = countLowConfidence(scanned.tables);
    expect(low).toBeGreaterThan(0);
    expect(describeDoubtLegend(low)).toContain(`共 ${low} 处`);
  });
});

describe('the same changed PDF read from its text layer', () => {
  it('finds the changed amount but shows no doubt: nothing was recognised', () => {
    expect(isRecognised(printed)).toBe(false);
    const { findings } = onChangedCell(printed);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of printed.findings) {
      expect(findingCrops(printed, finding)).toEqual([]);
      expect(describeDoubtfulCells(printed, finding)).toBeNull();
    }
    expect(countLowConfidence(printed.tables)).toBe(0);
  });
});
