// The CLI's --ocr through its worker-thread pool: a scan is refused without it and read with it,
// in the same run as a text file (which never starts the recogniser). The scan is page 2 of seed
// 002's bordered PDF (its 收支总表), rasterised at 150 dpi at test time
// (test/fixtures/generators/scan-pdf.ts).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/model/report';
import { rasterisePdf } from '../fixtures/generators/scan-pdf';
import { runCli } from '../helpers/cli';
import { seedPath } from '../helpers/shared-files';

let folder: string;
let scan: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mingzhang-cli-ocr-'));
  scan = join(folder, '002-scan.pdf');
  const bordered = readFileSync(new URL('../fixtures/pdf/002-bordered-portrait.pdf', import.meta.url));
  writeFileSync(scan, await rasterisePdf(new Uint8Array(bordered), 2, 2));
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run inspect -- --ocr', () => {
  it('refuses a scan without --ocr, with the Chinese message of a PDF without a text layer', async () => {
    const { stdout, stderr, code } = await runCli('--jobs', '1', scan);
    expect(code).toBe(2);
    const [doc] = (JSON.parse(stdout) as Report).documents;
    expect(doc!.error?.code).toBe('no-text-layer');
    // The refusal says how to read it after all.
    expect(doc!.error?.message).toContain('命令行加 --ocr');
    expect(stderr).toContain('002-scan.pdf');
  });

  it('reads the scan by OCR in a worker thread, and a text file beside it as before', async () => {
    const { stdout, stderr, code } = await runCli('--ocr', '--jobs', '2', scan, seedPath('002'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [read, text] = (JSON.parse(stdout) as Report).documents;
    expect(read!.error).toBeUndefined();
    expect(read!.source).toMatchObject({ name: '002-scan.pdf', format: 'pdf', pages: 1 });
    expect(read!.warnings.map((warning) => warning.code)).toContain('pdf-ocr');
    const summary = read!.tables.find((table) => table.kind === 'income-expenditure-summary')!;
    // The same amount as the seed's DOCX (002: 一般公共预算拨款收入 6570.38 万元), with its confidence.
    const general = summary.rows.find((row) => row.name === '一、一般公共预算拨款收入')!;
    expect(general.cells['收入/预算数']).toBe('6570.38');
    // Every recognised amount keeps the recogniser's confidence.
    const amounts = summary.rows.flatMap((row) => Object.keys(row.cells).map((path) => row.confidence?.[path]));
    expect(amounts.length).toBeGreaterThan(0);
    for (const confidence of amounts) {
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(100);
    }
    expect(text!.source.format).toBe('text');
    expect(text!.warnings.map((warning) => warning.code)).not.toContain('pdf-ocr');
  }, 600_000);
});
