// Cell boxes of PDF tables: each recognised cell's rectangle, in PDF user space, holds the glyph
// runs pdf.js reads there (their baselines taken straight from the content stream, independently
// of our layout), for ruled and unruled fixtures and a real 决算; DOCX rows have no boxes.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/lib/model/document';
import type { DocumentReport } from '../../src/lib/model/report';
import { inspectFile } from '../../src/lib/inspect';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { documentParams } from '../../src/parsers/pdf/read-pdf';
import { REAL_DIR } from '../helpers/shared-files';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function read(path: string): Promise<{ report: DocumentReport; bytes: Uint8Array }> {
  const bytes = new Uint8Array(readFileSync(path));
  return { report: await inspectFile(path, bytes, { pdfAssets: nodePdfAssets() }), bytes };
}

/**
 * Baseline starts (user space) of the runs on a page that print `text` (spaces aside) or start
 * with it as their first word: pdf.js glues runs across cell borders (`6570.38 一、一般公共服务支出`).
 */
async function runsOf(bytes: Uint8Array, page: number, text: string): Promise<Array<[number, number]>> {
  const doc = await pdfjs.getDocument(documentParams(bytes, nodePdfAssets())).promise;
  try {
    const content = await (await doc.getPage(page)).getTextContent();
    return content.items.flatMap((item) =>
      'str' in item && (item.str.replace(/\s/g, '') === text || item.str.trim().split(/\s+/)[0] === text)
        ? [[item.transform[4] as number, item.transform[5] as number] as [number, number]]
        : [],
    );
  } finally {
    await doc.destroy();
  }
}

function holds(box: Box, [x, y]: [number, number]): boolean {
  return box.x0 - 0.5 <= x && x <= box.x1 + 0.5 && box.y0 - 0.5 <= y && y <= box.y1 + 0.5;
}

function rowOf(report: DocumentReport, title: RegExp, name: string) {
  const table = report.tables.find((candidate) => title.test(candidate.title))!;
  expect(table, String(title)).toBeDefined();
  const row = table.rows.find((candidate) => candidate.name === name)!;
  expect(row, name).toBeDefined();
  return row;
}

describe('cell boxes', () => {
  it('box the cells of a ruled table (002 bordered): amount and name hold their printed runs, on their page', async () => {
    const { report, bytes } = await read(`${FIXTURES}pdf/002-bordered-portrait.pdf`);
    const row = rowOf(report, /收支总表/, '一、一般公共预算拨款收入');
    const box = row.boxes?.['收入/预算数'];
    expect(box?.page).toBe(2);
    const runs = await runsOf(bytes, 2, row.cells['收入/预算数']!);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((run) => holds(box!, run))).toHaveLength(1);
    expect(row.nameBox).toBeDefined();
    const names = await runsOf(bytes, 2, '一、一般公共预算拨款收入');
    expect(names.some((run) => holds(row.nameBox!, run))).toBe(true);
    // The amount's cell stands right of the name's, on the same row band.
    expect(box!.x0).toBeGreaterThanOrEqual(row.nameBox!.x1 - 0.5);
    expect(box!.y0).toBeCloseTo(row.nameBox!.y0, 1);
  });

  it('box the cells of an unruled table (002 borderless) around their words', async () => {
    const { report, bytes } = await read(`${FIXTURES}pdf/002-borderless-landscape.pdf`);
    const row = rowOf(report, /收支总表/, '一、一般公共预算拨款收入');
    const [column, amount] = Object.entries(row.cells)[0]!;
    const box = row.boxes?.[column];
    if (!box) throw new Error(`no box for ${column}`);
    const runs = await runsOf(bytes, box.page, amount);
    expect(runs.filter((run) => holds(box, run))).toHaveLength(1);
    expect(box.x1 - box.x0).toBeLessThan(120);
  });

  it('box every cell a finding of a real 决算 points at (普陀区财政局 2024)', async () => {
    const { report, bytes } = await read(`${REAL_DIR}上海市普陀区财政局2024年度部门决算.pdf`);
    const cells = report.findings.flatMap((finding) => (finding.location.type === 'cell' ? [finding.location] : []));
    expect(cells.length).toBeGreaterThan(5);
    for (const location of cells) {
      const row = report.tables[location.table]!.rows[location.row]!;
      const box = location.column ? row.boxes?.[location.column] : row.nameBox;
      expect(box, `${location.tableTitle} ${location.rowLabel} ${location.column}`).toBeDefined();
      expect(box!.page).toBe(location.page);
      if (!location.column) continue;
      // Printed with thousands separators (`2,940.05`); the model keeps `2940.05`.
      const amount = row.cells[location.column]!;
      const printed = amount.replace(/\B(?=(\d{3})+(?!\d))(?=\d*(\.|$))/g, ',');
      const runs = [...(await runsOf(bytes, box!.page, printed)), ...(await runsOf(bytes, box!.page, amount))];
      expect(
        runs.some((run) => holds(box!, run)),
        `${location.rowLabel} ${location.column}`,
      ).toBe(true);
    }
  });

  it('leave DOCX rows without boxes', async () => {
    const { report } = await read(`${FIXTURES}docx/000-laishui-2021-budget.docx`);
    expect(report.tables.length).toBeGreaterThan(0);
    expect(report.tables.flatMap((table) => table.rows).some((row) => row.boxes || row.nameBox)).toBe(false);
    expect(report.paragraphs.length).toBeGreaterThan(0);
  });
});
