// toTsv: a recognised table as tab-separated lines, from a real report of seed 000.

import { describe, expect, it } from 'vitest';
import { toTsv } from '../../src/lib/export/table-tsv';
import { inspectFile } from '../../src/lib/inspect';
import { readSeedText } from '../helpers/shared-files';

describe('toTsv', () => {
  it('writes a header and one line per row, amounts as printed, with 收支 for a two-sided table', async () => {
    const report = await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000')));
    const summary = report.tables.find((table) => table.kind === 'income-expenditure-summary')!;
    const lines = toTsv(summary).trimEnd().split('\n');
    expect(lines).toHaveLength(summary.rows.length + 1);
    const header = lines[0]!.split('\t');
    expect(header).toContain('收支');
    const widths = new Set(lines.map((line) => line.split('\t').length));
    expect(widths.size).toBe(1);
    const [column, amount] = Object.entries(summary.rows[0]!.cells)[0]!;
    expect(lines[1]!.split('\t')[header.indexOf(column)]).toBe(amount);
    expect(lines[1]!.split('\t')).toContain(summary.rows[0]!.name);
  });

  it('keeps tabs and line breaks inside cells from breaking the grid', async () => {
    const report = await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000')));
    const table = report.tables.find((candidate) => candidate.rows.some((row) => row.code !== null))!;
    const row = { ...table.rows[0]!, name: '一\t二\n三' };
    const tsv = toTsv({ ...table, rows: [row] });
    expect(tsv.split('\n')[1]).toContain('一 二 三');
    expect(tsv.split('\n')[1]!.split('\t')).toHaveLength(tsv.split('\n')[0]!.split('\t').length);
  });
});
