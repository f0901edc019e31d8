// The table vocabulary on row names and table shapes printed in the seeds and real PDFs: each case
// names the file it comes from (seeds in ../shared/seeds, PDFs in ../shared/real, as extracted).

import { describe, expect, it } from 'vitest';
import type { StandardTable, TableKind, TableRow } from '../../src/lib/model/disclosure';
import {
  bareName,
  CLASS_ORDINAL,
  columnEnding,
  findTable,
  fullWidthBareName,
  fullWidthName,
  isMeasureLevel,
  isTotalName,
  isUsageRow,
  normalName,
  ORDINAL,
  primaryColumn,
  printedTotalRow,
  readSide,
  sideAmount,
  startsWithListMarker,
  SUB_ITEM_MARKER,
  TABLE_KIND_NAMES,
  TABLE_KIND_SHORT_NAMES,
  tableUnit,
  totalColumn,
  totalRowIndex,
} from '../../src/lib/model/table-vocabulary';

type RowSpec = Partial<TableRow> & Pick<TableRow, 'name'>;

function table(kind: TableKind, columns: string[], rows: RowSpec[], extra: Partial<StandardTable> = {}): StandardTable {
  return {
    kind,
    title: TABLE_KIND_NAMES[kind],
    unit: '万元',
    empty: false,
    note: null,
    columns,
    rows: rows.map((row) => ({ seq: null, code: null, cells: {}, page: null, ...row })),
    page: null,
    blockIndex: 0,
    ...extra,
  };
}

describe('table kind names', () => {
  it('names every kind in full, and the nine standard tables shortly where findings name them', () => {
    expect(TABLE_KIND_NAMES['general-budget-basic-expenditure']).toBe('一般公共预算财政拨款基本支出表');
    expect(TABLE_KIND_SHORT_NAMES['general-budget-basic-expenditure']).toBe('一般公共预算基本支出表');
    expect(TABLE_KIND_SHORT_NAMES['three-public-expenditure']).toBe('“三公”经费支出表');
    expect(TABLE_KIND_SHORT_NAMES.procurement).toBeUndefined();
    expect(Object.keys(TABLE_KIND_SHORT_NAMES).every((kind) => kind in TABLE_KIND_NAMES)).toBe(true);
  });
});

describe('row names', () => {
  it('reads ordinals and sub-item markers (seed 002 收支总表, 江苏省高级人民法院2019 收支预算总表)', () => {
    expect(ORDINAL.test('三十一、人行科目')).toBe(true); // seed 002
    expect(ORDINAL.test('1.一般公共预算')).toBe(false); // 江苏省高级人民法院2019
    expect(SUB_ITEM_MARKER.test('1.一般公共预算')).toBe(true);
    expect(SUB_ITEM_MARKER.test('其中：公务用车购置费')).toBe(true); // seed 002 三公
    expect(startsWithListMarker('二十、住房保障支出')).toBe(true); // seed 002
    expect(startsWithListMarker('公务用车运行维护费')).toBe(false); // seed 002 三公
    expect(startsWithListMarker('当年收入小计')).toBe(false); // 江苏省高级人民法院2019
  });

  it('takes a 类 ordinal with any separator, spaces after it included', () => {
    expect('八、社会保障和就业支出'.replace(CLASS_ORDINAL, '')).toBe('社会保障和就业支出'); // seed 002
    expect('八． 社会保障和就业支出'.replace(CLASS_ORDINAL, '')).toBe('社会保障和就业支出');
    expect(CLASS_ORDINAL.test('本年支出合计')).toBe(false);
  });

  it('compares names without spaces (seed 000 prints `合  计`)', () => {
    expect(normalName('合  计')).toBe('合计');
  });

  it('bare names drop the ordinal or 其中 and make brackets half-width (seed 002 三公 rows)', () => {
    expect(bareName('二、公务用车购置及运维费')).toBe('公务用车购置及运维费');
    expect(bareName('其中：公务用车购置费')).toBe('公务用车购置费');
    expect(bareName('一、因公出国（境）费')).toBe('因公出国(境)费');
    // 省法院2017 收入预算总表 prints the brackets half-width already.
    expect(bareName('一般公共预算资金/公共财政拨款(补助)资金')).toBe('一般公共预算资金/公共财政拨款(补助)资金');
  });

  it('full-width names read as the explanation text prints them (上海市普陀区财政局2024 三公 columns)', () => {
    expect(fullWidthName('财政拨款“三公”经费/因公出国（境）费/决算数')).toBe(
      '财政拨款三公经费/因公出国（境）费/决算数',
    );
    expect(fullWidthName('其他资金/债务资金(银行贷款)')).toBe('其他资金/债务资金（银行贷款）'); // 省法院2017
    expect(fullWidthBareName('其中：教学科研人员因公出国（境）费')).toBe('教学科研人员因公出国（境）费'); // seed 002
    expect(fullWidthBareName('一、因公出国(境)费')).toBe('因公出国（境）费');
  });
});

describe('totals', () => {
  // seed 002 部门预算支出总表 (first rows).
  const seed002Expenditure = table(
    'expenditure-summary',
    ['合计', '基本支出', '项目支出', '经营支出', '上解上级支出', '对附属单位补助支出'],
    [
      { name: '合计', cells: { 合计: '6570.38', 基本支出: '1136.05' } },
      { code: '208', name: '社会保障和就业支出', cells: { 合计: '125.38', 基本支出: '121.38' } },
    ],
  );
  // 江苏省高级人民法院2019 支出预算总表: one row, its name lost in the PDF.
  const jiangsuExpenditure = table(
    'expenditure-summary',
    ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金'],
    [{ name: '', cells: { 合计: '37188.34', 基本支出: '21968.00' } }],
  );

  it('knows 合计 and 总计 and nothing else as a closing total', () => {
    expect(isTotalName('合  计')).toBe(true); // seed 000
    expect(isTotalName('总计')).toBe(true); // 上海市普陀区财政局2024 财政拨款收支总表
    expect(isTotalName('收入总计')).toBe(false); // 江苏省高级人民法院2019 收入预算总表
    expect(isTotalName('本年支出合计')).toBe(false);
  });

  it('finds the named 合计 row for rules, and the unnamed first row only for reading amounts', () => {
    expect(totalRowIndex(seed002Expenditure)).toBe(0);
    expect(printedTotalRow(seed002Expenditure)?.cells['合计']).toBe('6570.38');
    expect(totalRowIndex(jiangsuExpenditure)).toBe(-1);
    expect(printedTotalRow(jiangsuExpenditure)?.cells['合计']).toBe('37188.34');
  });

  it('never takes a coded row for the 合计 row', () => {
    const coded = table('expenditure-summary', ['合计'], [{ code: '201', name: '合计' }]);
    expect(totalRowIndex(coded)).toBe(-1);
    expect(printedTotalRow(coded)).toBeNull();
  });

  it('finds columns by their last header level, in the order asked', () => {
    // seed 002 部门预算收入总表
    const income = table('income-summary', ['合计', '本年收入/小计', '本年收入/财政拨款收入', '上年结转'], []);
    expect(columnEnding(income, '财政拨款收入')).toBe('本年收入/财政拨款收入');
    expect(columnEnding(income, '小计')).toBe('本年收入/小计');
    expect(columnEnding(income, '结转')).toBeNull();
    // 上海市普陀区财政局2024 支出决算表: 本年支出合计 first, 合计 as the fallback.
    const final = table('expenditure-summary', ['本年支出合计', '基本支出', '项目支出'], []);
    expect(columnEnding(final, '本年支出合计', '合计')).toBe('本年支出合计');
    expect(columnEnding(seed002Expenditure, '本年支出合计', '合计')).toBe('合计');
  });

  it('reads the 合计 column: itself, the only column, or a path ending in 合计', () => {
    expect(totalColumn(seed002Expenditure)).toBe('合计');
    // 江苏省高级人民法院2019 收入预算总表 prints one 金额 column.
    expect(totalColumn(table('income-summary', ['金额'], []))).toBe('金额');
    // seed 000 部门预算支出总表
    expect(totalColumn(table('expenditure-summary', ['本年支出合计', '基本支出', '项目支出'], []))).toBe(
      '本年支出合计',
    );
    // seed 002 “三公” table
    expect(totalColumn(table('three-public-expenditure', ['资金性质/合计', '资金性质/一般公共预算财政拨款'], []))).toBe(
      '资金性质/合计',
    );
  });

  it('tells the 预算数/决算数 measure level from others (上海市普陀区财政局2024 三公 columns)', () => {
    const levels = '财政拨款“三公”经费/合计/决算数'.split('/');
    expect(levels.map(isMeasureLevel)).toEqual([false, false, true]);
    expect(isMeasureLevel('执行数')).toBe(false);
  });

  it('finds the first filled table of the first kind that has one, and its unit', () => {
    const empty = table('general-budget-expenditure', ['合计'], [], { empty: true, unit: '元' });
    const report = { tables: [empty, { ...seed002Expenditure, unit: null }] };
    expect(findTable(report, ['general-budget-expenditure', 'expenditure-summary'])?.kind).toBe('expenditure-summary');
    expect(findTable(report, ['three-public-expenditure'])).toBeNull();
    // No unit printed on the table: the document's other tables say, else 万元.
    expect(tableUnit(report, report.tables[1]!)).toBe('元');
    expect(tableUnit({ tables: [] }, { ...seed002Expenditure, unit: null })).toBe('万元');
  });
});

describe('summary sides', () => {
  // 江苏省高级人民法院2019 收支预算总表, abridged: sources with their 1./2. parts, 类 and 支出用途 rows.
  const jiangsu = table(
    'income-expenditure-summary',
    ['收入/金额', '支出/功能分类/金额', '支出/支出用途/金额'],
    [
      { side: 'income', name: '一、财政拨款', cells: { '收入/金额': '37188.34' } },
      { side: 'expenditure', code: '201', name: '一、一般公共服务支出' },
      { side: 'expenditure', name: '一、基本支出', cells: { '支出/支出用途/金额': '21968.00' } },
      { side: 'income', name: '1.一般公共预算', cells: { '收入/金额': '37188.34' } },
      { side: 'expenditure', name: '二、项目支出', cells: { '支出/支出用途/金额': '10208.94' } },
      { side: 'income', name: '2.政府性基金预算' },
      { side: 'expenditure', code: '204', name: '四、公共安全支出', cells: { '支出/功能分类/金额': '27488.23' } },
      { side: 'income', name: '三、其他资金' },
      { side: 'income', name: '当年收入小计', cells: { '收入/金额': '37188.34' } },
      { side: 'expenditure', name: '当年支出小计', cells: { '支出/支出用途/金额': '37188.34' } },
      { side: 'income', name: '上年结转资金' },
      { side: 'expenditure', name: '结转下年资金' },
      { side: 'income', name: '收入合计', cells: { '收入/金额': '37188.34' } },
      { side: 'expenditure', name: '支出合计', cells: { '支出/支出用途/金额': '37188.34' } },
    ],
  );

  it('reads items, the 本年 total (当年收入小计), carry-over and the total (收入合计)', () => {
    const income = readSide(jiangsu, 'income');
    const name = (row: number | null) => (row === null ? null : jiangsu.rows[row]!.name);
    expect(name(income.current)).toBe('当年收入小计');
    expect(name(income.grand)).toBe('收入合计');
    expect(income.items.map((item) => [name(item.row), item.subItems.map(name)])).toEqual([
      ['一、财政拨款', ['1.一般公共预算', '2.政府性基金预算']],
      ['三、其他资金', []],
    ]);
    expect(income.carry.map((carry) => name(carry.row))).toEqual(['上年结转资金']);
  });

  it('tells 支出用途 rows from 功能分类 类 rows', () => {
    const expenditure = readSide(jiangsu, 'expenditure');
    const usage = expenditure.items.filter((item) => isUsageRow(jiangsu, item.row));
    expect(usage.map((item) => jiangsu.rows[item.row]!.name)).toEqual(['一、基本支出', '二、项目支出']);
  });

  it('reads a side column from whichever printed column holds the amount', () => {
    const expenditure = readSide(jiangsu, 'expenditure');
    const column = primaryColumn(expenditure)!;
    // 功能分类 and 支出用途 each print 金额: one side column over both paths.
    expect(column).toEqual({ label: '金额', columns: ['支出/功能分类/金额', '支出/支出用途/金额'] });
    expect(sideAmount(jiangsu, expenditure.current!, column)).toBe('37188.34');
    const security = jiangsu.rows.findIndex((row) => row.code === '204');
    expect(sideAmount(jiangsu, security, column)).toBe('27488.23');
  });

  it('takes the 合计 fund column as primary (上海市普陀区财政局2024 财政拨款收支总表)', () => {
    const grant = table(
      'fiscal-grant-summary',
      ['收入/决算数', '支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款'],
      [
        { side: 'income', name: '本年收入合计', cells: { '收入/决算数': '2940.05' } },
        { side: 'expenditure', name: '本年支出合计', cells: { '支出/合计': '2940.05' } },
        { side: 'income', name: '年初财政拨款结转和结余', cells: { '收入/决算数': '21.63' } },
        { side: 'income', name: '一、一般公共预算财政拨款', cells: { '收入/决算数': '21.63' } },
        { side: 'income', name: '总计', cells: { '收入/决算数': '2961.68' } },
        { side: 'expenditure', name: '总计', cells: { '支出/合计': '2961.68' } },
      ],
    );
    const expenditure = readSide(grant, 'expenditure');
    expect(primaryColumn(expenditure)?.label).toBe('合计');
    const income = readSide(grant, 'income');
    expect(income.carry).toEqual([{ row: 2, breakdown: [3] }]);
    expect(sideAmount(grant, income.grand!, primaryColumn(income)!)).toBe('2961.68');
  });
});
