// A real scan: ../shared/real-other/4南昌市2024预算.pdf, 29 page images at 96 ppi and no text
// layer, the Nanchang budget report of January 2024. Without OCR it is refused; with it, its first
// pages (OCR takes seconds a page; they hold the heading and the opening) read as a government
// report with its text.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { createNodeOcrEngine } from '../../src/parsers/ocr/node-engine';
import type { OcrEngine } from '../../src/parsers/ocr/ocr-engine';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_OTHER_DIR } from '../helpers/shared-files';

const NAME = '4南昌市2024预算.pdf';
const PAGES = 2;

describe(`${NAME}, a real scan, its first ${PAGES} pages by OCR`, () => {
  let engine: OcrEngine;
  let bytes: Uint8Array;
  let report: DocumentReport;
  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(`${REAL_OTHER_DIR}${NAME}`));
    engine = await createNodeOcrEngine();
    report = await inspectFile(NAME, bytes, { pdfAssets: nodePdfAssets(), ocr: { engine, maxPages: PAGES } });
  }, 300_000);
  afterAll(async () => {
    await engine?.terminate();
  });

  it('is refused as a scan without OCR', async () => {
    const refused = await inspectFile(NAME, bytes, { pdfAssets: nodePdfAssets() });
    expect(refused.error?.code).toBe('no-text-layer');
  });

  it('reads as the city government’s 2024 budget report', () => {
    expect(report.error).toBeUndefined();
    expect(report.source.pages).toBe(29);
    expect(report.meta).toMatchObject({ documentType: 'government-report', year: 2024, kind: '预算' });
  });

  it('gives its heading, its address to the congress and its figures as text', () => {
    const text = report.paragraphs.map((paragraph) => paragraph.text).join('\n');
    expect(text).toMatch(/关于南昌市2023年全市和市级预算执行情况与2024年全市和市级预算草案的报告/);
    expect(text).toContain('各位代表');
    expect(text).toContain('全市一般公共预算收入500.2亿元');
    expect(report.paragraphs.every((paragraph) => paragraph.page !== null && paragraph.page <= PAGES)).toBe(true);
  });

  it('says it was read by OCR, and how many pages were left', () => {
    const note = report.warnings.find((warning) => warning.code === 'pdf-ocr');
    expect(note?.message).toContain(`${PAGES} 页的文字和表格由本机文字识别（OCR）读出`);
    expect(note?.message).toContain(`其余 ${29 - PAGES} 页未识别`);
  });
});
