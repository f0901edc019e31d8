// Small cases for the pieces of table recognition: amounts, header paths, page continuations.

import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import { flattenHeader } from '../../src/lib/extract/header';
import { parseAmount } from '../../src/lib/extract/parse-amount';
import type { Block } from '../../src/lib/model/document';

const grid = (rows: string[][], page?: number): Block => ({
  type: 'table',
  rows: rows.map((row) => row.map((text) => ({ text }))),
  ...(page ? { rowPages: rows.map(() => page) } : {}),
});
const paragraph = (text: string, page?: number): Block => ({ type: 'paragraph', text, ...(page ? { page } : {}) });

describe('parseAmount', () => {
  it.each([
    ['6,570.38', '6570.38'],
    ['48993200. 00', '48993200.00'],
    ['8.75　', '8.75'],
    ['0', '0'],
    ['-1.5', '-1.5'],
    ['－2.00', '-2.00'],
  ])('%s → %s', (printed, expected) => {
    expect(parseAmount(printed)).toBe(expected);
  });

  it.each(['95%', '—', '3 台', '2020年度预算', '', '1,23.4'])('%s is not an amount', (printed) => {
    expect(parseAmount(printed)).toBeNull();
  });
});

describe('flattenHeader', () => {
  it('joins merged labels over their sub-labels and drops spaces inside labels', () => {
    expect(
      flattenHeader([
        ['序号', '功能分类科目', '', '合计', '基本 支出', ''],
        ['', '科目编码', '科目名称', '', '人员经费', '公用经费'],
      ]),
    ).toEqual([
      '序号',
      '功能分类科目/科目编码',
      '功能分类科目/科目名称',
      '合计',
      '基本支出/人员经费',
      '基本支出/公用经费',
    ]);
  });

  it('puts a sub-label printed one column late back under its group', () => {
    expect(
      flattenHeader([
        ['合计', '本年收入', '', '上年结转', ''],
        ['', '小计', '附属单位上缴收入', '', '其他收入'],
      ]),
    ).toEqual(['合计', '本年收入/小计', '本年收入/附属单位上缴收入', '本年收入/其他收入', '上年结转']);
  });
});

describe('tables continued on the next page', () => {
  const header = [
    ['序号', '科目编码', '科目名称', '合计'],
    ['栏次', '', '', '1'],
  ];

  it('merges a headerless continuation and joins the row split by the break', () => {
    const disclosure = extractDisclosure({
      format: 'pdf',
      pages: 2,
      warnings: [],
      blocks: [
        paragraph('部门预算支出总表', 1),
        paragraph('单位：元', 1),
        grid(
          [...header, ['1', '', '合计', '38990100.00'], ['2', '2101202', '财政对城乡居民基本医疗保', '38990000.']],
          1,
        ),
        paragraph('第 1 页', 1),
        grid(
          [
            ['', '', '险基金的补助', '00'],
            ['3', '2101301', '城乡医疗救助', '100.00'],
          ],
          2,
        ),
      ],
    });
    expect(disclosure.tables).toHaveLength(1);
    const [table] = disclosure.tables;
    expect(table!.rows.map((row) => [row.seq, row.code, row.name, row.cells['合计'], row.page])).toEqual([
      ['1', null, '合计', '38990100.00', 1],
      ['2', '2101202', '财政对城乡居民基本医疗保险基金的补助', '38990000.00', 1],
      ['3', '2101301', '城乡医疗救助', '100.00', 2],
    ]);
  });

  it('starts a new table when text stands between two grids', () => {
    const disclosure = extractDisclosure({
      format: 'text',
      pages: null,
      warnings: [],
      blocks: [
        paragraph('部门预算支出总表'),
        grid([...header, ['1', '', '合计', '5.00']]),
        paragraph('以上为本部门支出情况，下表为另一张表格的内容，并非续表。'),
        grid([['1', '201', '一般公共服务支出', '5.00']]),
      ],
    });
    expect(disclosure.tables).toHaveLength(2);
    expect(disclosure.tables[0]!.rows).toHaveLength(1);
  });
});
