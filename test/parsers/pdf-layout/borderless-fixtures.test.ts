// layoutPages on the LibreOffice borderless fixtures: unruled tables with wrapped header labels,
// glued runs, empty columns, sparse pages and empty tables, as exact grids.

import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../../src/parsers/pdf/layout/layout-pages';
import { outline, spans, tables } from './blocks';
import { loadFixturePages } from './load-page';

const FILE_002 = '002-borderless-landscape.pdf';
const FILE_003 = '003-borderless-landscape.pdf';

async function onlyTable(file: string, page: number) {
  const { blocks } = layoutPages(await loadFixturePages(file, [page]));
  const found = tables(blocks);
  expect(found).toHaveLength(1);
  return { blocks, table: found[0]! };
}

describe('borderless 收支总表 (002 p3–4)', () => {
  it('cuts an amount glued to the next label at the gutter the 栏次 row shows, and spans 收入 and 支出', async () => {
    const { blocks, table } = await onlyTable(FILE_002, 3);
    expect(outline(blocks).slice(0, 5)).toEqual([
      'P 部门预算收支总表',
      'P 320 香河县医疗保障局',
      'P 预算年度：2024',
      'P 单位：万元',
      'T 19x5',
    ]);
    expect(spans(table).slice(0, 5)).toEqual([
      ['序号', '收入', '^0,1', '支出', '^0,3'],
      ['^0,0', '项 目', '预算数', '项 目', '预算数'],
      ['栏次', '1', '2', '3', '4'],
      ['1', '一、一般公共预算拨款收入', '6570.38', '一、一般公共服务支出', ''],
      ['2', '二、政府性基金预算拨款收入', '', '二、外交支出', ''],
    ]);
    expect(spans(table)[10]).toEqual(['8', '', '', '八、社会保障和就业支出', '125.38']);
  });

  it('reads a continuation page of rows with only a 序号 and a name, keeping the empty columns', async () => {
    const { table } = await onlyTable(FILE_002, 4);
    expect(spans(table).slice(1)).toEqual([
      ['^0,0', '项 目', '预算数', '项 目', '预算数'],
      ['17', '', '', '十七、金融支出', ''],
      ['18', '', '', '十八、援助其他地区支出', ''],
      ['19', '', '', '十九、自然资源海洋气象等支出', ''],
    ]);
  });
});

describe('borderless 收入总表 (002 p6)', () => {
  it('joins labels wrapped within a column, spans groups over their sub-labels and keeps 序号, code and name apart', async () => {
    const { table } = await onlyTable(FILE_002, 6);
    expect(spans(table).slice(0, 5)).toEqual([
      [
        '序号',
        '功能分类科目',
        '^0,1',
        '合计',
        '本年收入',
        '^0,4',
        '^0,4',
        '^0,4',
        '^0,4',
        '^0,4',
        '^0,4',
        '上年结转',
        '^0,11',
      ],
      [
        '^0,0',
        '科目编码',
        '科目名称',
        '^0,3',
        '小计',
        '财政拨款收入',
        '财政专户收入',
        '事业收入',
        '经营收入',
        '上级补助收入',
        '附属单位上缴收入',
        '',
        '其他收入',
      ],
      ['栏次', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      ['1', '', '合计', '6570.38', '6570.38', '6570.38', '', '', '', '', '', '', ''],
      ['2', '208', '社会保障和就业支出', '125.38', '125.38', '125.38', '', '', '', '', '', '', ''],
    ]);
  });
});

describe('borderless sparse and empty pages (002 p20, p21, p23)', () => {
  it('matches the 栏次 numbers to the one row of a page in order, however far from their cells', async () => {
    const { table } = await onlyTable(FILE_002, 20);
    expect(spans(table)).toEqual([
      ['序号', '支出部门经济分类科目', '^0,1', '一般公共预算基本支出', '^0,3', '^0,3'],
      ['^0,0', '科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['栏次', '1', '2', '3', '4', '5'],
      ['20', '30302', '退休费', '32.67', '32.67', ''],
    ]);
  });

  it('reads an empty table from its header and 栏次 row, its note after it', async () => {
    const { blocks, table } = await onlyTable(FILE_002, 21);
    expect(spans(table)).toEqual([
      ['序号', '功能分类科目', '^0,1', '合计', '基本支出', '项目支出'],
      ['^0,0', '科目编码', '科目名称', '^0,3', '^0,4', '^0,5'],
      ['栏次', '1', '2', '3', '4', '5'],
    ]);
    expect(outline(blocks).at(-1)).toBe('P 注：无政府基金预算财政拨款预算，空表列示。');
  });

  it('spans a spaced-out group label over the columns it is centred on', async () => {
    const { table } = await onlyTable(FILE_002, 23);
    expect(spans(table).slice(0, 4)).toEqual([
      ['序号', '项 目', '资 金 性质', '^0,2', '^0,2', '^0,2'],
      ['^0,0', '^0,1', '合计', '一般公共预算 财政拨款', '政府性基金 预算拨款', '国有资本经营 预算财政拨款'],
      ['栏次', '1', '2', '3', '4', '5'],
      ['1', '合计', '3.42', '3.42', '', ''],
    ]);
  });
});

describe('borderless 003 (amounts in 元)', () => {
  it('joins a name wrapped above and below the numbers of its row', async () => {
    const { table } = await onlyTable(FILE_003, 6);
    expect(spans(table).slice(6, 8)).toEqual([
      [
        '4',
        '2080505',
        '机关事业单位基本养老保险缴费支出',
        '234000.00',
        '234000.00',
        '234000.00',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        '5',
        '2080506',
        '机关事业单位职业年金缴费支出',
        '118000.00',
        '118000.00',
        '118000.00',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
  });

  it('keeps a page of three rows in wide cells to the columns its 栏次 row numbers', async () => {
    const { table } = await onlyTable(FILE_003, 18);
    expect(spans(table).slice(2)).toEqual([
      ['栏次', '1', '2', '3', '4', '5'],
      ['20', '221', '住房保障支出', '97700.00', '97700.00', ''],
      ['21', '22102', '住房改革支出', '97700.00', '97700.00', ''],
      ['22', '2210201', '住房公积金', '97700.00', '97700.00', ''],
    ]);
  });
});
