// The text route on the real seeds: every standard table, hand-checked figures.

import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import { STANDARD_KINDS } from '../../src/lib/model/table-vocabulary';
import { readText } from '../../src/parsers/text/read-text';
import { readSeedText } from '../helpers/shared-files';
import { expectSeedTables, SEED_SPECS } from './seed-expectations';

function extractSeed(id: '000' | '001' | '002' | '003' | '004') {
  return extractDisclosure(readText(readSeedText(id)));
}

describe('standard tables from the seed texts', () => {
  for (const id of ['000', '002', '003'] as const) {
    it(`seed ${id}: all nine tables with the printed figures`, () => {
      expectSeedTables(extractSeed(id), SEED_SPECS[id]);
    });
  }

  it('seed 002: the row split by a page break is one row, the repeated headers are not rows', () => {
    const table = extractSeed('002').tables.find((t) => t.kind === 'income-summary')!;
    expect(table.rows.map((row) => row.seq)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(table.rows.some((row) => row.name.includes('科目名称') || row.seq === '栏次')).toBe(false);
  });

  it('seed 003: the table of contents is not read as a table', () => {
    const titles = extractSeed('003').tables.map((table) => table.title);
    expect(titles).not.toContain('部门预算公开表');
    expect(titles.filter((title) => title === '部门预算收支总表')).toHaveLength(1);
  });
});

describe('documents without standard tables', () => {
  it('seed 001: meta from the explanation text, no standard table invented', () => {
    const disclosure = extractSeed('001');
    expect(disclosure.meta).toEqual({
      documentType: 'disclosure',
      orgCode: '450003',
      orgName: '怀来县医疗保险中心',
      year: 2020,
      kind: '预算',
      scope: '部门',
    });
    expect(disclosure.tables.filter((table) => STANDARD_KINDS.includes(table.kind))).toEqual([]);
  });

  it('seed 004: a 决算 of one unit, its tables only listed as attachments', () => {
    const disclosure = extractSeed('004');
    expect(disclosure.meta).toEqual({
      documentType: 'disclosure',
      orgCode: null,
      orgName: '广元市昭化区医疗保障局',
      year: 2021,
      kind: '决算',
      scope: '单位',
    });
    expect(disclosure.tables.filter((table) => STANDARD_KINDS.includes(table.kind))).toEqual([]);
  });
});
