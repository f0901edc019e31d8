// layoutPages on small hand-made pages: the clustering and joining edge cases one at a time.

import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../../src/parsers/pdf/layout/layout-pages';
import type { PageContent, RuleSegment, TextRun } from '../../../src/parsers/pdf/page-types';
import { outline, spans, tables, texts } from './blocks';

const SIZE = 10;

/** A run of CJK text (one em a character) or digits (half an em) starting at x on baseline y. */
function run(text: string, x: number, y: number, size = SIZE): TextRun {
  const width = [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? size : size / 2), 0);
  return { text, x, y, width, fontSize: size };
}

/** A number printed right-aligned to `right`. */
function amount(text: string, right: number, y: number): TextRun {
  const r = run(text, 0, y);
  return { ...r, x: right - r.width };
}

function page(runs: TextRun[], rules: RuleSegment[] = [], pageNumber = 1, width = 600, height = 800): PageContent {
  return { pageNumber, width, height, runs, rules };
}

const h = (y: number, x1: number, x2: number): RuleSegment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): RuleSegment => ({ x1: x, y1, x2: x, y2 });

describe('lines', () => {
  it('joins runs pdf.js split inside a word and keeps a spaced number whole', () => {
    const { blocks } = layoutPages([
      page([
        run('三、单位预留机动经', 100, 100),
        run('费', 190.5, 100),
        run('201', 100, 130),
        run('8', 115.2, 130.3),
        run('年', 120, 130),
      ]),
    ]);
    expect(outline(blocks)).toEqual(['P 三、单位预留机动经费', 'P 2018年']);
  });
});

describe('ruled grids', () => {
  // Three columns (100–200–300–400), three rows (100–120–140–160).
  const frame = [h(100, 100, 400), h(140, 100, 400), h(160, 100, 400), v(100, 100, 160), v(400, 100, 160)];

  it('merges double borders, spans a missing inner border and drops empty rows', () => {
    const rules = [
      ...frame,
      h(100.5, 100, 400), // the second stroke of a double border
      h(120, 200, 400), // no border under the first column: 项目 spans two rows
      v(200, 100, 160),
      v(300, 120, 160), // no border between 收入 columns on the top row: 本年收入 spans two columns
      h(180, 100, 400),
      v(100, 160, 180),
      v(200, 160, 180),
      v(300, 160, 180),
      v(400, 160, 180), // an empty row
    ];
    const runs = [
      run('项目', 130, 125),
      run('本年收入', 230, 115),
      run('小计', 210, 135),
      run('其他', 310, 135),
      run('合计', 110, 155),
      amount('12.50', 295, 155),
      amount('0.50', 395, 155),
    ];
    const { blocks, warnings } = layoutPages([page(runs, rules)]);
    expect(warnings).toEqual([]);
    expect(spans(tables(blocks)[0]!)).toEqual([
      ['项目', '本年收入', '^0,1'],
      ['^0,0', '小计', '其他'],
      ['合计', '12.50', '0.50'],
    ]);
  });

  it('joins a cell written on two lines without a separator and keeps text outside as paragraphs', () => {
    const rules = [...frame, h(120, 100, 400), v(200, 100, 160), v(300, 100, 160)];
    const runs = [
      run('收支预算总表', 200, 80, 16),
      run('机关事业单位基本养老', 205, 131),
      run('保险缴费', 205, 139),
      run('48993200.', 305, 135),
      run('00', 355, 135),
      run('注：无', 100, 190),
    ];
    const { blocks } = layoutPages([page(runs, rules)]);
    expect(outline(blocks)).toEqual(['P 收支预算总表', 'T 1x3', 'P 注：无']);
    expect(texts(tables(blocks)[0]!)).toEqual([['', '机关事业单位基本养老保险缴费', '48993200. 00']]);
  });

  // Columns 100–200–260–360–420; rows 100–120–140–160–180. 功能分类 drawn over column 0 only.
  const groups = (second: string[], body: Array<[string, string, string, string]>) => {
    const xs = [100, 200, 260, 360, 420];
    const rules = [
      ...[100, 120, 140, 160, 180].map((y) => h(y, 100, 420)),
      v(100, 100, 180),
      v(420, 100, 180),
      v(200, 120, 180),
      v(260, 140, 180),
      v(360, 140, 180),
    ];
    const runs = [
      run('支出', 240, 115),
      run('甲', 130, 135),
      run('乙', 300, 135),
      ...second.map((label, c) => run(label, xs[c]! + 5, 155)),
    ];
    body.forEach((cells) =>
      cells.forEach(
        (text, c) =>
          text &&
          (/\d/.test(text) ? runs.push(amount(text, xs[c + 1]! - 5, 175)) : runs.push(run(text, xs[c]! + 5, 175))),
      ),
    );
    return spans(tables(layoutPages([page(runs, rules)]).blocks)[0]!);
  };

  it('moves a group border drawn between a name column and its amounts into the next group', () => {
    expect(groups(['科目', '金额', '项目', '金额'], [['公共安全', '12.50', '基本', '3.00']]).slice(0, 2)).toEqual([
      ['支出', '^0,0', '^0,0', '^0,0'],
      ['甲', '^1,0', '乙', '^1,2'],
    ]);
  });

  it('keeps a group border before amounts when the next group has no name column of its own', () => {
    expect(groups(['编码', '合计', '基本', '项目'], [['公共安全', '12.50', '3.00', '9.50']]).slice(0, 2)).toEqual([
      ['支出', '^0,0', '^0,0', '^0,0'],
      ['甲', '乙', '^1,1', '^1,1'],
    ]);
  });

  // Columns 100–250–330–410; a header row 100–120 and a body 120–220 with no row borders (WPS).
  const undrawn = (firstColumnSpans: boolean) => [
    h(100, 100, 410),
    h(120, firstColumnSpans ? 250 : 100, 410),
    h(220, 100, 410),
    ...[100, 250, 330, 410].map((x) => v(x, 100, 220)),
  ];
  const stackedRuns = [
    run('项目', 110, 115),
    run('上年', 260, 115),
    run('本年', 340, 115),
    run('一、一般公共服务', 105, 135),
    amount('1333132', 325, 135),
    amount('1100729', 405, 135),
    run('二、国防', 105, 155),
    amount('32381', 325, 155),
    amount('17536', 405, 155),
    // A long name wrapped over two lines, its amounts centred between them.
    run('三、自然资源海洋气象', 105, 171),
    amount('162125', 325, 176),
    amount('117041', 405, 176),
    run('等事务', 105, 181),
    run('合计', 105, 201),
    amount('1527638', 325, 201),
    amount('1235306', 405, 201),
  ];

  it('cuts a body whose row borders are not drawn into the rows its text stands in', () => {
    const { blocks, warnings } = layoutPages([page(stackedRuns, undrawn(false))]);
    expect(warnings).toEqual([]);
    expect(texts(tables(blocks)[0]!)).toEqual([
      ['项目', '上年', '本年'],
      ['一、一般公共服务', '1333132', '1100729'],
      ['二、国防', '32381', '17536'],
      ['三、自然资源海洋气象等事务', '162125', '117041'],
      ['合计', '1527638', '1235306'],
    ]);
  });

  it('says so and reads the text by alignment when a merged cell keeps the stacked names together', () => {
    const { blocks, warnings } = layoutPages([page(stackedRuns, undrawn(true))]);
    expect(warnings.map((warning) => [warning.code, warning.page])).toEqual([['pdf-stacked-cells', 1]]);
    const cells = tables(blocks).flatMap((table) => texts(table).flat());
    expect(cells).toContain('二、国防');
    expect(cells.filter((cell) => /^\d+\d{7,}$/.test(cell) || /、.*、/.test(cell))).toEqual([]);
  });

  it('does not make a table of a framed box or a chart frame', () => {
    const box = [h(100, 100, 400), h(160, 100, 400), v(100, 100, 160), v(400, 100, 160), v(250, 100, 110)];
    const { blocks } = layoutPages([page([run('图例', 110, 130)], box)]);
    expect(outline(blocks)).toEqual(['P 图例']);
  });
});

describe('page furniture', () => {
  it('drops page numbers and a footer repeated on every page, keeps repeated table headings', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        [
          run('部门：某局', 100, 60),
          run('正文第一行', 100, 200),
          run('某局预算公开', 250, 780, 8),
          run(`- ${n} -`, 290, 770),
        ],
        [],
        n,
      ),
    );
    const { blocks } = layoutPages(pages);
    expect(outline(blocks)).toEqual([
      'P 部门：某局',
      'P 正文第一行',
      'P 部门：某局',
      'P 正文第一行',
      'P 部门：某局',
      'P 正文第一行',
    ]);
    expect(blocks.map((block) => (block.type === 'paragraph' ? block.page : null))).toEqual([1, 1, 2, 2, 3, 3]);
  });
});

describe('paragraphs', () => {
  // Text column 100–400: a full line is 30 characters.
  const full = (text: string, y: number, x = 100) => run(text.padEnd(30 - (x - 100) / SIZE, '字'), x, y);

  it('joins wrapped lines and starts anew on an indent, after a short line and on a heading', () => {
    const runs = [
      run('一、标题', 100, 100, 14),
      full('首', 130, 120),
      full('续', 145),
      run('完。', 100, 160),
      full('次', 175, 120),
      run('尾。', 100, 190),
    ];
    const { blocks } = layoutPages([page(runs)]);
    expect(outline(blocks).map((line) => line.slice(0, 4))).toEqual(['P 一、', 'P 首字', 'P 次字']);
    expect(outline(blocks)[1]).toMatch(/完。$/);
  });

  it('splits a title line of two fields into two paragraphs before a table', () => {
    const rules = [
      h(100, 100, 400),
      h(120, 100, 400),
      h(140, 100, 400),
      v(100, 100, 140),
      v(250, 100, 140),
      v(400, 100, 140),
    ];
    const runs = [
      run('部门：', 100, 95),
      run('江苏省人民检察院', 150, 95),
      run('单位：万元', 350, 95),
      run('合计', 110, 115),
      amount('1.00', 395, 115),
      run('小计', 110, 135),
    ];
    const { blocks } = layoutPages([page(runs, rules)]);
    expect(outline(blocks)).toEqual(['P 部门：江苏省人民检察院', 'P 单位：万元', 'T 2x2']);
  });
});

describe('unruled tables', () => {
  const header = [
    run('项目', 100, 100),
    run('本年收入', 305, 92),
    run('合计', 230, 100),
    run('小计', 290, 108),
    run('拨款', 340, 108),
    run('其他', 390, 108),
  ];
  const row = (y: number, name: string, ...amounts: string[]) => [
    run(name, 100, y),
    ...amounts.map((a, i) => amount(a, 250 + i * 50, y)),
  ];

  it('finds columns from aligned amounts, spans a centred group label, merges labels beside it down and joins a wrapped name', () => {
    const runs = [
      run('单位：万元', 350, 75),
      ...header,
      ...row(130, '一、基本支出', '30.00', '30.00', '25.00', '5.00'),
      ...row(148, '三、单位预留机动经', '12.00', '12.00', '12.00', '0.00'),
      run('费', 100, 160),
      ...row(178, '合计', '42.00', '42.00', '37.00', '5.00'),
      run('注：无其他收入。', 100, 230),
    ];
    const { blocks } = layoutPages([page(runs)]);
    expect(outline(blocks)).toEqual(['P 单位：万元', 'T 5x5', 'P 注：无其他收入。']);
    const table = tables(blocks)[0]!;
    expect(spans(table)).toEqual([
      ['项目', '合计', '本年收入', '^0,2', '^0,2'],
      ['^0,0', '^0,1', '小计', '拨款', '其他'],
      ['一、基本支出', '30.00', '30.00', '25.00', '5.00'],
      ['三、单位预留机动经费', '12.00', '12.00', '12.00', '0.00'],
      ['合计', '42.00', '42.00', '37.00', '5.00'],
    ]);
  });

  // A narrow name column (130–190) beside amounts right-aligned to 260 and 320; single-line rows
  // 18 apart, lines of a wrapped name 14 apart, each name centred on its row's 序号 and amounts.
  const narrowHeader = [run('序号', 100, 100), run('科目名称', 130, 100), run('合计', 220, 100), run('小计', 280, 100)];
  const narrowRow = (y: number, seq: string, name: string, ...amounts: string[]) => [
    run(seq, 105, y),
    ...(name ? [run(name, 130, y)] : []),
    ...amounts.map((a, i) => amount(a, 260 + i * 60, y)),
  ];

  it('joins names wrapped above and below their row over two and three lines, and keeps a short line a row of its own', () => {
    const runs = [
      ...narrowHeader,
      ...narrowRow(120, '1', '合计', '392.00', '392.00'),
      // Two lines: the row's 序号 and amounts stand between them.
      run('社会保障和就', 130, 138),
      ...narrowRow(145, '2', '', '352.00', '352.00'),
      run('业支出', 130, 152),
      // Three lines: the middle one on the row's baseline.
      run('机关事业单位', 130, 170),
      ...narrowRow(184, '3', '基本养老保险', '234.00', '234.00'),
      run('缴费', 130, 198),
      ...narrowRow(216, '4', '救助', '40.00', '40.00'),
      // As close as a wrapped line, but the name above did not fill its line: a row of its own.
      run('其他', 130, 230),
      ...narrowRow(248, '5', '行政运行', '118.00', '118.00'),
    ];
    const table = tables(layoutPages([page(runs)]).blocks)[0]!;
    expect(texts(table)).toEqual([
      ['序号', '科目名称', '合计', '小计'],
      ['1', '合计', '392.00', '392.00'],
      ['2', '社会保障和就业支出', '352.00', '352.00'],
      ['3', '机关事业单位基本养老保险缴费', '234.00', '234.00'],
      ['4', '救助', '40.00', '40.00'],
      ['', '其他', '', ''],
      ['5', '行政运行', '118.00', '118.00'],
    ]);
  });

  it('puts the rest of a row the page break cut (a name and `00` set left in its cells) into the columns it was cut from', () => {
    // The page before ended with `11 21012 财政对基本医 38990000. 38990000.`; amounts here end at 300 and 400.
    const runs = [
      run('序号', 100, 100),
      run('科目名称', 130, 100),
      run('合计', 250, 100),
      run('小计', 350, 100),
      run('疗保险基金的补助', 130, 120),
      run('00', 222, 120),
      run('00', 322, 120),
      ...[140, 158, 176].flatMap((y, i) => [
        run(String(12 + i), 105, y),
        run(['城乡居民医疗', '医疗救助', '行政运行'][i]!, 130, y),
        amount('38990000.00', 300, y),
        amount('400000.00', 400, y),
      ]),
    ];
    const table = tables(layoutPages([page(runs)]).blocks)[0]!;
    expect(texts(table).slice(0, 3)).toEqual([
      ['序号', '科目名称', '合计', '小计'],
      ['', '疗保险基金的补助', '00', '00'],
      ['12', '城乡居民医疗', '38990000.00', '400000.00'],
    ]);
  });

  it('numbers the columns of a sparse page by its 栏次 row, amounts standing right in cells wider than them', () => {
    // Cells 300–500 (合计), 500–700 (基本支出), 700–800 (项目支出), their labels and numbers centred; no 项目支出 on this page.
    const runs = [
      run('序号', 100, 100),
      run('科目名称', 150, 100),
      run('合计', 390, 100),
      run('基本支出', 580, 100),
      run('项目支出', 730, 100),
      run('栏次', 100, 120),
      ...[
        ['1', 190],
        ['2', 398],
        ['3', 598],
        ['4', 748],
      ].map(([text, x]) => run(String(text), Number(x), 120)),
      ...[140, 158, 176].flatMap((y, i) => [
        run(String(20 + i), 105, y),
        run(['住房保障支出', '住房改革支出', '住房公积金'][i]!, 150, y),
        amount('97700.00', 500, y),
        amount('97700.00', 700, y),
      ]),
    ];
    const table = tables(layoutPages([page(runs, [], 1, 900, 600)]).blocks)[0]!;
    expect(texts(table).slice(1)).toEqual([
      ['栏次', '1', '2', '3', '4'],
      ['20', '住房保障支出', '97700.00', '97700.00', ''],
      ['21', '住房改革支出', '97700.00', '97700.00', ''],
      ['22', '住房公积金', '97700.00', '97700.00', ''],
    ]);
  });

  it('reads the one row a table spills onto the next page in the columns of the table it goes on from', () => {
    const rows = (y0: number, first: number, names: string[]) =>
      names.flatMap((name, i) => [
        run(String(first + i), 105, y0 + 18 * i),
        run(name, 130, y0 + 18 * i),
        amount(`${first + i}0.00`, 280, y0 + 18 * i),
        amount(`${first + i}0.00`, 340, y0 + 18 * i),
      ]);
    const header = [run('序号', 100, 100), run('科目名称', 130, 100), run('合计', 250, 100), run('小计', 310, 100)];
    const first = page([...header, ...rows(120, 1, ['社会保障和就业支出', '卫生健康支出', '医疗救助'])], [], 1);
    const spill = page(rows(100, 4, ['住房保障支出']), [], 2);
    const { blocks } = layoutPages([first, spill]);
    expect(tables(blocks).map(texts)[1]).toEqual([['4', '住房保障支出', '40.00', '40.00']]);
    // Not after a page that ends in text: the row stays a line of text.
    const afterText = page([run('说明：以下为续表。', 100, 700)], [], 2);
    expect(outline(layoutPages([first, afterText, { ...spill, pageNumber: 3 }]).blocks).slice(-1)).toEqual([
      'P 4 住房保障支出 40.00 40.00',
    ]);
  });

  it('cuts off the organisation/year/unit row printed as the top row, its name wrapped around the labels', () => {
    // As Writer sets seed 000's tables in narrow columns (test/fixtures/pdf/borderless/000-*.pdf).
    const runs = [
      run('[450]涞水县医', 100, 62),
      run('预算年度：2021', 190, 68.5),
      run('单位：万元', 350, 68.5),
      run('疗保障局', 105, 75),
      ...header,
      ...row(130, '一、基本支出', '30.00', '30.00', '25.00', '5.00'),
      ...row(148, '二、项目支出', '12.00', '12.00', '12.00', '0.00'),
      ...row(166, '合计', '42.00', '42.00', '37.00', '5.00'),
    ];
    const { blocks } = layoutPages([page(runs)]);
    expect(outline(blocks)).toEqual(['P [450]涞水县医疗保障局', 'P 预算年度：2021', 'P 单位：万元', 'T 5x5']);
    expect(spans(tables(blocks)[0]!).slice(0, 2)).toEqual([
      ['项目', '合计', '本年收入', '^0,2', '^0,2'],
      ['^0,0', '^0,1', '小计', '拨款', '其他'],
    ]);
  });

  it('reads rows at the top of the next pages, header not repeated, in the columns of the table they continue', () => {
    const runs = [
      ...header,
      ...row(130, '一、基本支出', '30.00', '30.00', '25.00', '5.00'),
      ...row(148, '二、项目支出', '12.00', '12.00', '12.00', '0.00'),
      ...row(166, '三、事业支出', '8.00', '8.00', '3.00', '5.00'),
    ];
    // Page 2 has nothing in the 其他 column; page 3 holds one row only.
    const next = [
      ...row(60, '四、经营支出', '6.00', '6.00', '6.00'),
      ...row(78, '五、其他支出', '2.00', '2.00', '2.00'),
    ];
    const last = row(60, '合计', '58.00', '58.00', '48.00', '10.00');
    const { blocks } = layoutPages([page(runs), page(next, [], 2), page(last, [], 3)]);
    expect(outline(blocks)).toEqual(['T 5x5', 'T 2x5', 'T 1x5']);
    const [, second, third] = tables(blocks);
    expect(texts(second!)).toEqual([
      ['四、经营支出', '6.00', '6.00', '6.00', ''],
      ['五、其他支出', '2.00', '2.00', '2.00', ''],
    ]);
    expect(texts(third!)).toEqual([['合计', '58.00', '58.00', '48.00', '10.00']]);
  });

  it('does not read rows at the top of the next page in the columns of the table before when they stand outside them', () => {
    const runs = [
      ...header,
      ...row(130, '一、基本支出', '30.00', '30.00', '25.00', '5.00'),
      ...row(148, '二、项目支出', '12.00', '12.00', '12.00', '0.00'),
      ...row(166, '合计', '42.00', '42.00', '37.00', '5.00'),
    ];
    // A list of two figures set right of every column of the table (its amounts end at 400).
    const next = [
      run('机关运行经费', 100, 60),
      amount('120.00', 550, 60),
      run('会议费', 100, 78),
      amount('3.00', 550, 78),
    ];
    const { blocks } = layoutPages([page(runs), page(next, [], 2)]);
    expect(tables(blocks)).toHaveLength(1);
    expect(outline(blocks).slice(1).join(' ')).toContain('会议费 3.00');
  });

  it('does not take a paragraph with wide gaps for a table', () => {
    const runs = [
      run('与上年相比增加', 100, 100),
      run('2,802.41', 260, 100),
      run('万元，增', 320, 100),
      run('长', 100, 118),
      run('20.52', 130, 118),
      run('%。主要原因是', 190, 118),
      run('调整因素。', 100, 136),
    ];
    const { blocks } = layoutPages([page(runs)]);
    expect(tables(blocks)).toEqual([]);
  });
});
