// layoutPages on real disclosure pages from each producer: exact grids, spans and paragraphs.

import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../../src/parsers/pdf/layout/layout-pages';
import { outline, spans, tables, texts } from './blocks';
import { loadPages } from './load-page';

describe('Word 2007, ruled (省法院2018 p11)', () => {
  it('finds the continued table, two titled tables and their title and unit lines, in order', async () => {
    const { blocks, warnings } = layoutPages(await loadPages('省法院2018年度部门预算公开.pdf', [11]));
    expect(outline(blocks)).toEqual([
      'T 6x4',
      'P 五、2018年度江苏省高级人民法院财政拨款支出预算表',
      'P 单位：万元',
      'T 19x3',
      'P 六、2018年度江苏省高级人民法院财政拨款基本支出预算表',
      'P 单位：万元',
      'T 7x3',
    ]);
    expect(warnings).toEqual([]);
    const [continued, spending, basic] = tables(blocks);
    expect(spans(continued!).slice(0, 2)).toEqual([
      ['项目名称', '金额', '支出用途', '^0,2'],
      ['^0,0', '^0,1', '项目名称', '金额'],
    ]);
    expect(texts(continued!).slice(4)).toEqual([
      ['', '', '三、单位预留机动经费', '3,258.06'],
      ['收入合计', '33,172.15', '支出合计', '33,172.15'],
    ]);
    expect(texts(spending!).slice(0, 3)).toEqual([
      ['功能科目代码', '功能科目名称', '金额'],
      ['', '合计', '33,172.15'],
      ['204', '公共安全支出', '26,200.88'],
    ]);
    expect(texts(spending!)[13]).toEqual(['2080505', '机关事业单位基本养老保险缴费支出', '1,326.81']);
    expect(texts(basic!)[6]).toEqual(['30107', '绩效工资', '77.66']);
    expect(basic!.rowPages).toEqual([11, 11, 11, 11, 11, 11, 11]);
  });
});

describe('Word 2007, ruled (法院2019 p9)', () => {
  it('expands row spans, keeps two tables apart and drops the page number', async () => {
    const { blocks } = layoutPages(await loadPages('江苏省高级人民法院2019年度部门预算公开.pdf', [9]));
    expect(outline(blocks)).toEqual([
      'P 公开02表',
      'P 收入预算总表',
      'P 部门名称：江苏省高级人民法院',
      'P 单位：万元',
      'T 16x3',
      'P 公开03表',
      'P 支出预算总表',
      'P 部门名称：江苏省高级人民法院',
      'P 单位：万元',
      'T 2x5',
    ]);
    const [income, spending] = tables(blocks);
    expect(spans(income!).slice(0, 5)).toEqual([
      ['项目名称', '^0,0', '金额'],
      ['收入总计', '^1,0', '37,188.34'],
      ['一般公共预算资金', '小计', '37,188.34'],
      ['^2,0', '公共财政拨款（补助）资金', '37,188.34'],
      ['^2,0', '专项收入', ''],
    ]);
    expect(income!.rows[3]![0]!.text).toBe('一般公共预算资金');
    expect(texts(spending!)).toEqual([
      ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金'],
      ['37,188.34', '21,968.00', '10,208.94', '5,011.40', ''],
    ]);
  });
});

describe('WPS, ruled (省检察院2017 p12)', () => {
  it('splits the department and unit line into two paragraphs, keeping the label with its value', async () => {
    const { blocks } = layoutPages(await loadPages('2017年省检察院部门预算.pdf', [12]));
    expect(outline(blocks)).toEqual([
      'T 3x4',
      'P 五、财政拨款支出预算表',
      'P 部门：江苏省人民检察院',
      'P 单位：万元',
      'T 17x3',
      'P 六、财政拨款基本支出预算表',
      'P 部门：江苏省人民检察院',
      'P 单位：万元',
      'T 6x3',
    ]);
    expect(texts(tables(blocks)[0]!)[1]).toEqual(['', '', '三、单位预留机动经费', '140.20']);
  });
});

describe('ONLYOFFICE, ruled cell by cell (普陀区财政局决算 p8, landscape)', () => {
  it('joins multi-line header and name cells and spans merged header cells', async () => {
    const [page] = await loadPages('上海市普陀区财政局2024年度部门决算.pdf', [8]);
    expect(page!.width).toBeGreaterThan(page!.height);
    const { blocks } = layoutPages([page!]);
    expect(outline(blocks)).toEqual(['P 收入决算表', 'P 单位：万元', 'T 18x11']);
    const table = tables(blocks)[0]!;
    expect(spans(table).slice(0, 3)).toEqual([
      ['项目', '^0,0', '^0,0', '^0,0', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
      ['支出功能分类', '^1,0', '^1,0', '科目名称', '^0,4', '^0,5', '^0,6', '^0,7', '^0,8', '^0,9', '^0,10'],
      ['科目编码', '^2,0', '^2,0', '^1,3', '^0,4', '^0,5', '^0,6', '^0,7', '^0,8', '^0,9', '^0,10'],
    ]);
    expect(texts(table)[3]).toEqual(['类', '款', '项', '合计', '2,946.25', '2,940.05', '', '', '', '', '6.20']);
    expect(texts(table)[13]).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '160.75', '160.75', '', '', '', '', '']);
  });
});

describe('Acrobat Distiller, ruled (省委办公厅公开表 p3)', () => {
  it('cuts a text run that pdf.js glued across a cell border', async () => {
    const { blocks } = layoutPages(await loadPages('江苏省委办公厅2018年度部门预算公开表.pdf', [3]));
    expect(outline(blocks)).toEqual(['P 收支预算总表', 'P 部门：中共江苏省委办公厅', 'P 单位：万元', 'T 26x6']);
    const table = tables(blocks)[0]!;
    expect(texts(table)[3]).toEqual(['一、财政拨款', '24,458.43', '一、一般公共服务支出', '20,153.75', '一、基本支出', '10,403.11']);
    expect(texts(table)[4]).toEqual(['1.一般公共预算', '24,458.43', '二、外交支出', '', '二、项目支出', '12,081.46']);
    expect(spans(table)[25]).toEqual(['收入合计', '24,458.43', '支出合计', '^25,2', '^25,2', '24,458.43']);
  });
});

describe('WPS, landscape in 元 (万里街道 p23)', () => {
  it('reads a continuation page that repeats only the column headers', async () => {
    const { blocks } = layoutPages(await loadPages('上海市普陀区人民政府万里街道办事处24年预算.pdf', [23]));
    expect(outline(blocks)).toEqual(['T 19x7']);
    const table = tables(blocks)[0]!;
    expect(spans(table).slice(0, 4)).toEqual([
      ['项目', '^0,0', '^0,0', '^0,0', '一般公共预算支出', '^0,4', '^0,4'],
      ['功能分类科目编码', '^1,0', '^1,0', '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项', '^1,3', '^1,4', '^1,5', '^1,6'],
      ['204', '', '', '公共安全支出', '1,633,000', '0', '1,633,000'],
    ]);
  });
});

describe('Word 2007, split row and narrative with underlined blanks (省检察院2018)', () => {
  it('leaves the tail of a row split by the page break as the first row of the next page', async () => {
    const { blocks } = layoutPages(await loadPages('2018年省检察院部门预算公开.pdf', [13, 14]));
    const [before, after] = tables(blocks);
    expect(texts(before!).at(-1)).toEqual(['', '', '十七、国土海洋气象等支', '', '', '']);
    expect(texts(after!)[0]).toEqual(['', '', '出', '', '', '']);
    expect(after!.rowPages![0]).toBe(14);
  });

  it('keeps spaced-out sentences with underlined blanks as paragraphs and drops page numbers', async () => {
    const { blocks } = layoutPages(await loadPages('2018年省检察院部门预算公开.pdf', [25]));
    expect(tables(blocks)).toEqual([]);
    const paragraphs = outline(blocks);
    expect(paragraphs).toContain('P 一 般 公 共 预 算 收 入 21,940.96 万 元 ， 占99.94 %；');
    expect(paragraphs).toContain('P 二、收入预算情况说明');
    expect(paragraphs).not.toContain('P 25');
  });
});
