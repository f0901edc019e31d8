// The row, cell and paragraph budgets (src/parsers/budgets.ts), with generated inputs in every
// format that can carry that much: a long HTML table (12,000 rows took 43 s and 1.6 GB before, and
// 60,000 never finished), a wide one, a long DOCX table, a text of many paragraphs, and a report
// JSON holding one table past the budget (it froze the page for 49 s).

import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readReportJson } from '../../src/lib/export/report-json';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { MAX_PARAGRAPHS, MAX_TABLE_CELLS, MAX_TABLE_ROWS } from '../../src/parsers/budgets';
import { seedReport } from '../export/real-reports';

const GOOD_DOCX = readFileSync(new URL('../fixtures/docx/002-xianghe-2024-budget.docx', import.meta.url));
const HEADER = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];

/** 类/款/项 rows of a 一般公共预算支出表, ten 项 to a 款 and ten 款 to a 类, after a 合计 row. */
function expenditureRows(count: number): string[][] {
  const rows: string[][] = [['', '合计', '0.00', '0.00', '0.00']];
  for (let item = 0; rows.length < count; item++) {
    const klass = 201 + Math.floor(item / 100);
    const section = `${klass}${String((Math.floor(item / 10) % 10) + 1).padStart(2, '0')}`;
    if (item % 100 === 0) rows.push([`${klass}`, `类${klass}`, '100.00', '100.00', '0.00']);
    if (item % 10 === 0) rows.push([section, `款${section}`, '10.00', '10.00', '0.00']);
    rows.push([`${section}${String((item % 10) + 1).padStart(2, '0')}`, `项${item}`, '1.00', '1.00', '0.00']);
  }
  return rows.slice(0, count);
}

function htmlOf(rows: string[][]): Uint8Array {
  const cells = (row: string[]) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  return strToU8(
    `<html><head><meta charset="utf-8"></head><body><p>某某县财政局2024年部门预算</p><p>一般公共预算支出表</p>` +
      `<table>${[HEADER, ...rows].map(cells).join('')}</table></body></html>`,
  );
}

/** The committed DOCX fixture with its body replaced by one table of these rows. */
function docxOf(rows: string[][]): Uint8Array {
  const parts = unzipSync(GOOD_DOCX);
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const table = `<w:tbl>${[HEADER, ...rows].map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const xml = strFromU8(parts['word/document.xml']!);
  const body = xml.replace(
    /<w:body>[\s\S]*<\/w:body>/,
    `<w:body><w:p><w:r><w:t>一般公共预算支出表</w:t></w:r></w:p>${table}</w:body>`,
  );
  return zipSync({ ...parts, 'word/document.xml': strToU8(body) });
}

async function errorOf(name: string, bytes: Uint8Array) {
  return (await inspectFile(name, bytes)).error;
}

describe('the row, cell and paragraph budgets', { timeout: 120_000 }, () => {
  it('reads an HTML table of a few thousand rows, and refuses one past the row budget in Chinese', async () => {
    const within = await inspectFile('within.html', htmlOf(expenditureRows(3000)));
    expect(within.error).toBeUndefined();
    expect(within.tables[0]!.rows).toHaveLength(3000);

    const past = await errorOf('past.html', htmlOf(expenditureRows(MAX_TABLE_ROWS + 1)));
    expect(past?.code).toBe('too-large');
    expect(past?.message).toContain('10,002 行表格（上限 10,000 行表格）');
    expect(past?.message).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('refuses a table past the cell budget though its rows are few (a grid is kept rectangular)', async () => {
    const wide = Array.from({ length: 201 }, (_, row) =>
      Array.from({ length: 1000 }, (_, column) => `${row}.${column}`),
    );
    const error = await errorOf('wide.html', htmlOf(wide));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toContain(`上限 ${MAX_TABLE_CELLS.toLocaleString('zh-CN')} 个单元格`);
  });

  it('refuses a DOCX table past the row budget', async () => {
    const error = await errorOf('long.docx', docxOf(expenditureRows(MAX_TABLE_ROWS + 1)));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toContain('行表格（上限 10,000 行表格）');
  });

  it('refuses a text of more paragraphs than the budget', async () => {
    const lines = Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, index) => `第${index}段说明文字。`);
    const error = await errorOf('long.txt', strToU8(lines.join('\n\n')));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toContain('段文字（上限 50,000 段文字）');
  });

  it('refuses a report JSON with a table past the row budget, naming the document', async () => {
    const seed = await seedReport('002');
    const table = seed.tables[0]!;
    const row = table.rows[0]!;
    const long: DocumentReport = {
      ...seed,
      tables: [{ ...table, rows: Array.from({ length: MAX_TABLE_ROWS + 1 }, () => row) }],
    };
    const text = JSON.stringify({ schema: 'mingzhang/report@1', documents: [seed, long] });
    expect(() => readReportJson(text)).toThrow('报告第 2 份文件有 10,001 行表格（上限 10,000 行表格）');
    expect(readReportJson(JSON.stringify({ schema: 'mingzhang/report@1', documents: [seed] }))).toHaveLength(1);
  });
});
