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
      [
        '项目',
        '^0,0',
        '^0,0',
        '^0,0',
        '本年收入合计',
        '财政拨款收入',
        '上级补助收入',
        '事业收入',
        '经营收入',
        '附属单位上缴收入',
        '其他收入',
      ],
      ['支出功能分类', '^1,0', '^1,0', '科目名称', '^0,4', '^0,5', '^0,6', '^0,7', '^0,8', '^0,9', '^0,10'],
      ['科目编码', '^2,0', '^2,0', '^1,3', '^0,4', '^0,5', '^0,6', '^0,7', '^0,8', '^0,9', '^0,10'],
    ]);
    expect(texts(table)[3]).toEqual(['类', '款', '项', '合计', '2,946.25', '2,940.05', '', '', '', '', '6.20']);
    expect(texts(table)[13]).toEqual([
      '208',
      '05',
      '05',
      '机关事业单位基本养老保险缴费支出',
      '160.75',
      '160.75',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('Acrobat Distiller, ruled (省委办公厅公开表 p3)', () => {
  it('cuts a text run that pdf.js glued across a cell border', async () => {
    const { blocks } = layoutPages(await loadPages('江苏省委办公厅2018年度部门预算公开表.pdf', [3]));
    expect(outline(blocks)).toEqual(['P 收支预算总表', 'P 部门：中共江苏省委办公厅', 'P 单位：万元', 'T 26x6']);
    const table = tables(blocks)[0]!;
    expect(texts(table)[3]).toEqual([
      '一、财政拨款',
      '24,458.43',
      '一、一般公共服务支出',
      '20,153.75',
      '一、基本支出',
      '10,403.11',
    ]);
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

describe('Word 2007, ruled, group border drawn a column short (法院2019 p8)', () => {
  it('gives 功能分类 its 金额 column, drawn under 支出用途', async () => {
    const { blocks, warnings } = layoutPages(await loadPages('江苏省高级人民法院2019年度部门预算公开.pdf', [8]));
    expect(outline(blocks)).toEqual([
      'P 第二部分 2019年度部门预算表',
      'P 公开01表',
      'P 收支预算总表',
      'P 部门名称：江苏省高级人民法院',
      'P 单位:万元',
      'T 27x6',
    ]);
    expect(warnings).toEqual([]);
    expect(spans(tables(blocks)[0]!)).toEqual([
      ['收入', '^0,0', '支出', '^0,2', '^0,2', '^0,2'],
      ['项目名称', '金额', '功能分类', '^1,2', '支出用途', '^1,4'],
      ['^1,0', '^1,1', '功能科目名称', '金额', '项目名称', '金额'],
      ['一、财政拨款', '37,188.34', '一、一般公共服务支出', '', '一、基本支出', '21,968.00'],
      ['1.一般公共预算', '37,188.34', '二、外交支出', '', '二、项目支出', '10,208.94'],
      ['2.政府性基金预算', '', '三、国防支出', '', '三、单位预留机动经费', '5,011.40'],
      ['二、财政专户管理资金', '', '四、公共安全支出', '27,488.23', '', ''],
      ['三、其他资金', '', '五、教育支出', '', '', ''],
      ['', '', '六、科学技术支出', '', '', ''],
      ['', '', '七、文化旅游体育与传媒支出', '', '', ''],
      ['', '', '八、社会保障和就业支出', '2,355.65', '', ''],
      ['', '', '九、卫生健康支出', '', '', ''],
      ['', '', '十、节能环保支出', '', '', ''],
      ['', '', '十一、城乡社区支出', '', '', ''],
      ['', '', '十二、农林水支出', '', '', ''],
      ['', '', '十三、交通运输支出', '', '', ''],
      ['', '', '十四、资源勘探信息等支出', '', '', ''],
      ['', '', '十五、商业服务业等支出', '', '', ''],
      ['', '', '十六、金融支出', '', '', ''],
      ['', '', '十七、自然资源海洋气象等支出', '', '', ''],
      ['', '', '十八、住房保障支出', '7,344.46', '', ''],
      ['', '', '十九、粮油物资储备支出', '', '', ''],
      ['', '', '二十、灾害防治及应急管理支出', '', '', ''],
      ['', '', '二十一、其他支出', '', '', ''],
      ['当年收入小计', '37,188.34', '当年支出小计', '^24,2', '^24,2', '37,188.34'],
      ['上年结转资金', '', '结转下年资金', '^25,2', '^25,2', ''],
      ['收入合计', '37,188.34', '支出合计', '^26,2', '^26,2', '37,188.34'],
    ]);
  });
});

describe('ONLYOFFICE, ruled, two halves side by side with top-aligned amounts (普陀区财政局决算 p16–17)', () => {
  it('keeps every row of both halves, each amount in the cell it is drawn in', async () => {
    const { blocks, warnings } = layoutPages(await loadPages('上海市普陀区财政局2024年度部门决算.pdf', [16, 17]));
    expect(outline(blocks)).toEqual(['P 一般公共预算财政拨款基本支出决算表', 'P 单位：万元', 'T 22x8', 'T 20x8']);
    expect(warnings).toEqual([]);
    const [first, second] = tables(blocks);
    expect(first!.rowPages).toEqual(new Array(22).fill(16));
    expect(second!.rowPages).toEqual(new Array(20).fill(17));
    expect(spans(first!)).toEqual([
      ['经济分类', '^0,0', '科目名称', '决算数', '经济分类', '^0,4', '科目名称', '决算数'],
      ['科目编码', '^1,0', '^0,2', '^0,3', '科目编码', '^1,4', '^0,6', '^0,7'],
      ['类', '款', '^0,2', '^0,3', '类', '款', '^0,6', '^0,7'],
      ['301', '', '工资福利支出', '2,082.85', '302', '', '商品和服务支出', '171.07'],
      ['301', '01', '基本工资', '262.33', '302', '01', '办公费', '21.21'],
      ['301', '02', '津贴补贴', '1,238.58', '302', '02', '印刷费', '7.61'],
      ['301', '03', '奖金', '', '302', '03', '咨询费', ''],
      ['301', '06', '伙食补助费', '', '302', '04', '手续费', '0.09'],
      ['301', '07', '绩效工资', '', '302', '05', '水费', ''],
      ['301', '08', '机关事业单位基本养老保险缴费', '160.75', '302', '06', '电费', ''],
      ['301', '09', '职业年金缴费', '80.38', '302', '07', '邮电费', '4.88'],
      ['301', '10', '职工基本医疗保险缴费', '60.99', '302', '08', '取暖费', ''],
      ['301', '11', '公务员医疗补助缴费', '', '302', '09', '物业管理费', ''],
      ['301', '12', '其他社会保障缴费', '1.61', '302', '11', '差旅费', '1.20'],
      ['301', '13', '住房公积金', '187.19', '302', '12', '因 公 出 国 （ 境 ） 费用', ''],
      ['301', '14', '医疗费', '', '302', '13', '维修（护）费', '2.83'],
      ['301', '99', '其他工资福利支出', '91.03', '302', '14', '租赁费', ''],
      ['303', '', '对个人和家庭的补助', '69.41', '302', '15', '会议费', ''],
      ['303', '01', '离休费', '', '302', '16', '培训费', '4.05'],
      ['303', '02', '退休费', '69.10', '302', '17', '公务接待费', ''],
      ['303', '03', '退职（役）费', '', '302', '18', '专用材料费', ''],
      ['303', '04', '抚恤金', '', '302', '24', '被装购置费', ''],
    ]);
    expect(spans(second!)).toEqual([
      ['303', '05', '生活补助', '', '302', '25', '专用燃料费', ''],
      ['303', '07', '医疗费补助', '', '302', '26', '劳务费', '2.01'],
      ['303', '08', '助学金', '', '302', '27', '委托业务费', ''],
      ['303', '09', '奖励金', '0.31', '302', '28', '工会经费', '24.42'],
      ['303', '10', '个人农业生产补贴', '', '302', '29', '福利费', '42.77'],
      ['303', '11', '代缴社会保险费', '', '302', '31', '公 务 用 车 运 行 维 护费', ''],
      ['303', '99', '其他对个人和家庭的补助', '', '302', '39', '其他交通费用', '48.49'],
      ['', '', '', '', '302', '40', '税金及附加费用', ''],
      ['', '', '', '', '302', '99', '其 他 商 品 和 服 务 支出', '11.53'],
      ['', '', '', '', '310', '', '资本性支出', '13.58'],
      ['', '', '', '', '310', '01', '房屋建筑物购建', ''],
      ['', '', '', '', '310', '02', '办公设备购置', '13.58'],
      ['', '', '', '', '310', '03', '专用设备购置', ''],
      ['', '', '', '', '310', '07', '信息网络及软件购置更新', ''],
      ['', '', '', '', '310', '13', '公务用车购置', ''],
      ['', '', '', '', '310', '19', '其他交通工具购置', ''],
      ['', '', '', '', '310', '21', '文物和陈列品购置', ''],
      ['', '', '', '', '310', '22', '无形资产购置', ''],
      ['', '', '', '', '310', '99', '其他资本性支出', ''],
      ['人员经费合计', '^19,0', '^19,0', '2,152.26', '公用经费合计', '^19,4', '^19,4', '184.65'],
    ]);
  });
});
