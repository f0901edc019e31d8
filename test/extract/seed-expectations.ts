// Hand-checked expectations for the seeds' standard tables, read off the seed files line by line.
// The text, DOCX (and later PDF) routes are all held to these same figures.

import { expect } from 'vitest';
import type { Disclosure, DisclosureMeta, TableKind } from '../../src/lib/model/disclosure';
import { rowOf, tableOf, type RowKey } from '../helpers/tables';

interface RowCheck extends RowKey {
  cells: Record<string, string>;
}

interface TableSpec {
  unit: '元' | '万元';
  rowCount: number;
  columns?: string[];
  note?: string;
  rows: RowCheck[];
}

export interface SeedSpec {
  meta: DisclosureMeta;
  tables: Record<Exclude<TableKind, 'project-performance' | 'procurement' | 'assets' | 'other'>, TableSpec>;
}

type ExpenditureRow = [seq: string, code: string, name: string, total: string, basic: string, project: string];

/** Every row of a 支出总表 with its 合计 / 基本支出 / 项目支出 (blank cells left out). */
function expenditureRows(totalColumn: string, rows: ExpenditureRow[]): RowCheck[] {
  return rows.map(([seq, code, name, total, basic, project]) => ({
    seq,
    name,
    ...(code ? { code } : {}),
    cells: {
      [totalColumn]: total,
      ...(basic ? { 基本支出: basic } : {}),
      ...(project ? { 项目支出: project } : {}),
    },
  }));
}

const INCOME_COLUMNS = [
  '合计',
  '本年收入/小计',
  '本年收入/财政拨款收入',
  '本年收入/财政专户收入',
  '本年收入/事业收入',
  '本年收入/经营收入',
  '本年收入/上级补助收入',
  '本年收入/附属单位上缴收入',
  '本年收入/其他收入',
  '上年结转',
];

function incomeCells(amount: string) {
  return { 合计: amount, '本年收入/小计': amount, '本年收入/财政拨款收入': amount };
}

function grantCells(amount: string) {
  return { '支出/合计': amount, '支出/一般公共预算财政拨款': amount };
}

function basicCells(total: string, personnel: string, publicUse: string) {
  const prefix = '一般公共预算基本支出/';
  return {
    [`${prefix}合计`]: total,
    ...(personnel ? { [`${prefix}人员经费`]: personnel } : {}),
    ...(publicUse ? { [`${prefix}公用经费`]: publicUse } : {}),
  };
}

const EMPTY_FUND_COLUMNS = ['合计', '基本支出', '项目支出'];

export const SEED_SPECS: Record<'000' | '002' | '003', SeedSpec> = {
  '000': {
    meta: {
      documentType: 'disclosure',
      orgCode: '450',
      orgName: '涞水县医疗保障局',
      year: 2021,
      kind: '预算',
      scope: '部门',
    },
    tables: {
      'income-expenditure-summary': {
        unit: '万元',
        rowCount: 45,
        rows: [
          { side: 'income', seq: '1', name: '一、一般公共预算拨款收入', cells: { '收入/预算数': '4616.58' } },
          {
            side: 'expenditure',
            seq: '8',
            code: '208',
            name: '八、社会保障和就业支出',
            cells: { '支出/预算数': '28.83' },
          },
          {
            side: 'expenditure',
            seq: '10',
            code: '210',
            name: '十、卫生健康支出',
            cells: { '支出/预算数': '4577.81' },
          },
          { side: 'expenditure', seq: '20', code: '221', name: '二十、住房保障支出', cells: { '支出/预算数': '9.94' } },
          { side: 'income', seq: '31', name: '本年收入合计', cells: { '收入/预算数': '4616.58' } },
          { side: 'expenditure', seq: '31', name: '本年支出合计', cells: { '支出/预算数': '4616.58' } },
          { side: 'income', seq: '33', name: '收入总计', cells: { '收入/预算数': '4616.58' } },
          { side: 'expenditure', seq: '33', name: '支出总计', cells: { '支出/预算数': '4616.58' } },
        ],
      },
      'income-summary': {
        unit: '万元',
        rowCount: 21,
        columns: INCOME_COLUMNS,
        rows: [
          { seq: '1', name: '合计', cells: incomeCells('4616.58') },
          { code: '2101299', name: '财政对其他基本医疗保险基金的补助', cells: incomeCells('155.00') },
          { code: '2101302', name: '疾病应急救助', cells: incomeCells('5.00') },
          { code: '2210201', name: '住房公积金', cells: incomeCells('9.94') },
        ],
      },
      'expenditure-summary': {
        unit: '万元',
        rowCount: 21,
        columns: ['本年支出合计', '基本支出', '项目支出', '经营支出', '上缴上级支出', '对附属单位补助支出'],
        rows: expenditureRows('本年支出合计', [
          ['1', '', '合计', '4616.58', '267.93', '4348.65'],
          ['2', '208', '社会保障和就业支出', '28.83', '23.83', '5.00'],
          ['3', '20805', '行政事业单位养老支出', '23.83', '23.83', ''],
          ['4', '2080505', '机关事业单位基本养老保险缴费支出', '23.83', '23.83', ''],
          ['5', '20899', '其他社会保障和就业支出', '5.00', '', '5.00'],
          ['6', '2089999', '其他社会保障和就业支出', '5.00', '', '5.00'],
          ['7', '210', '卫生健康支出', '4577.81', '234.16', '4343.65'],
          ['8', '21011', '行政事业单位医疗', '9.53', '9.53', ''],
          ['9', '2101101', '行政单位医疗', '9.53', '9.53', ''],
          ['10', '21012', '财政对基本医疗保险基金的补助', '3333.00', '', '3333.00'],
          ['11', '2101202', '财政对城乡居民基本医疗保险基金的补助', '3178.00', '', '3178.00'],
          ['12', '2101299', '财政对其他基本医疗保险基金的补助', '155.00', '', '155.00'],
          ['13', '21013', '医疗救助', '949.00', '', '949.00'],
          ['14', '2101301', '城乡医疗救助', '944.00', '', '944.00'],
          ['15', '2101302', '疾病应急救助', '5.00', '', '5.00'],
          ['16', '21015', '医疗保障管理事务', '286.28', '224.63', '61.65'],
          ['17', '2101501', '行政运行', '233.38', '224.63', '8.75'],
          ['18', '2101502', '一般行政管理事务', '52.90', '', '52.90'],
          ['19', '221', '住房保障支出', '9.94', '9.94', ''],
          ['20', '22102', '住房改革支出', '9.94', '9.94', ''],
          ['21', '2210201', '住房公积金', '9.94', '9.94', ''],
        ]),
      },
      'fiscal-grant-summary': {
        unit: '万元',
        rowCount: 42,
        rows: [
          { side: 'income', seq: '1', name: '一、一般公共预算拨款', cells: { '收入/金额': '4616.58' } },
          { side: 'expenditure', seq: '10', code: '210', name: '十、卫生健康支出', cells: grantCells('4577.81') },
          { side: 'income', seq: '36', name: '收入总计', cells: { '收入/金额': '4616.58' } },
          { side: 'expenditure', seq: '36', name: '支出总计', cells: grantCells('4616.58') },
        ],
      },
      'general-budget-expenditure': {
        unit: '万元',
        rowCount: 21,
        columns: ['合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出'],
        rows: [
          {
            seq: '1',
            name: '合计',
            cells: {
              合计: '4616.58',
              '基本支出/小计': '267.93',
              '基本支出/人员经费': '197.68',
              '基本支出/公用经费': '70.25',
              项目支出: '4348.65',
            },
          },
          {
            code: '2101501',
            name: '行政运行',
            cells: {
              合计: '233.38',
              '基本支出/小计': '224.63',
              '基本支出/人员经费': '154.38',
              '基本支出/公用经费': '70.25',
              项目支出: '8.75',
            },
          },
          { code: '2101302', name: '疾病应急救助', cells: { 合计: '5.00', 项目支出: '5.00' } },
        ],
      },
      'general-budget-basic-expenditure': {
        unit: '万元',
        rowCount: 21,
        rows: [
          { seq: '1', name: '合计', cells: basicCells('267.93', '197.68', '70.25') },
          { code: '30217', name: '公务接待费', cells: basicCells('0.50', '', '0.50') },
          // 序号 20 is printed twice in this seed (30231 and 30239): kept as printed.
          { seq: '20', code: '30231', name: '公务用车运行维护费', cells: basicCells('2.00', '', '2.00') },
          { seq: '20', code: '30239', name: '其他交通费用', cells: basicCells('3.12', '', '3.12') },
        ],
      },
      'government-fund-expenditure': {
        unit: '万元',
        rowCount: 0,
        columns: EMPTY_FUND_COLUMNS,
        note: '注：无政府基金拨款预算，空表列示。',
        rows: [],
      },
      'state-capital-expenditure': {
        unit: '万元',
        rowCount: 0,
        columns: EMPTY_FUND_COLUMNS,
        note: '注：无国有资本经营预算财政拨款预算，空表列示。',
        rows: [],
      },
      'three-public-expenditure': {
        unit: '万元',
        rowCount: 11,
        rows: [
          { seq: '1', name: '合计', cells: { '资金性质/合计': '2.50', '资金性质/一般公共预算财政拨款': '2.50' } },
          {
            seq: '2',
            name: '“三公”经费小计',
            cells: { '资金性质/合计': '2.50', '资金性质/一般公共预算财政拨款': '2.50' },
          },
          {
            seq: '8',
            name: '公务用车运行维护费',
            cells: { '资金性质/合计': '2.00', '资金性质/一般公共预算财政拨款': '2.00' },
          },
          {
            seq: '9',
            name: '三、公务接待费',
            cells: { '资金性质/合计': '0.50', '资金性质/一般公共预算财政拨款': '0.50' },
          },
          { seq: '11', name: '五、培训费', cells: {} },
        ],
      },
    },
  },
  '002': {
    meta: {
      documentType: 'disclosure',
      orgCode: '320',
      orgName: '香河县医疗保障局',
      year: 2024,
      kind: '预算',
      scope: '部门',
    },
    tables: {
      'income-expenditure-summary': {
        unit: '万元',
        rowCount: 42,
        rows: [
          { side: 'income', seq: '1', name: '一、一般公共预算拨款收入', cells: { '收入/预算数': '6570.38' } },
          { side: 'income', seq: '5', name: '五、单位资金', cells: {} },
          {
            side: 'expenditure',
            seq: '8',
            code: '208',
            name: '八、社会保障和就业支出',
            cells: { '支出/预算数': '125.38' },
          },
          {
            side: 'expenditure',
            seq: '10',
            code: '210',
            name: '十、卫生健康支出',
            cells: { '支出/预算数': '6371.23' },
          },
          {
            side: 'expenditure',
            seq: '20',
            code: '221',
            name: '二十、住房保障支出',
            cells: { '支出/预算数': '73.77' },
          },
          { side: 'expenditure', seq: '31', name: '三十一、人行科目', cells: {} },
          { side: 'income', seq: '32', name: '本年收入合计', cells: { '收入/预算数': '6570.38' } },
          { side: 'expenditure', seq: '32', name: '本年支出合计', cells: { '支出/预算数': '6570.38' } },
          { side: 'income', seq: '34', name: '收入总计', cells: { '收入/预算数': '6570.38' } },
          { side: 'expenditure', seq: '34', name: '支出总计', cells: { '支出/预算数': '6570.38' } },
        ],
      },
      'income-summary': {
        unit: '万元',
        rowCount: 25,
        columns: INCOME_COLUMNS,
        rows: [
          { seq: '1', name: '合计', cells: incomeCells('6570.38') },
          // Split by a page break in the seed: `财政对城乡居民基本医疗保` + `险基金的补助`.
          { seq: '13', code: '2101202', name: '财政对城乡居民基本医疗保险基金的补助', cells: incomeCells('4386.00') },
          { seq: '14', code: '21013', name: '医疗救助', cells: incomeCells('562.00') },
          { code: '2101599', name: '其他医疗保障管理事务支出', cells: incomeCells('20.62') },
          { code: '2210201', name: '住房公积金', cells: incomeCells('73.77') },
        ],
      },
      'expenditure-summary': {
        unit: '万元',
        rowCount: 25,
        columns: ['合计', '基本支出', '项目支出', '经营支出', '上解上级支出', '对附属单位补助支出'],
        rows: expenditureRows('合计', [
          ['1', '', '合计', '6570.38', '1136.05', '5434.33'],
          ['2', '208', '社会保障和就业支出', '125.38', '121.38', '4.00'],
          ['3', '20805', '行政事业单位养老支出', '121.38', '121.38', ''],
          ['4', '2080502', '事业单位离退休', '32.67', '32.67', ''],
          ['5', '2080505', '机关事业单位基本养老保险缴费支出', '88.71', '88.71', ''],
          ['6', '20899', '其他社会保障和就业支出', '4.00', '', '4.00'],
          ['7', '2089999', '其他社会保障和就业支出', '4.00', '', '4.00'],
          ['8', '210', '卫生健康支出', '6371.23', '940.90', '5430.33'],
          ['9', '21011', '行政事业单位医疗', '32.16', '32.16', ''],
          ['10', '2101101', '行政单位医疗', '7.72', '7.72', ''],
          ['11', '2101102', '事业单位医疗', '24.44', '24.44', ''],
          ['12', '21012', '财政对基本医疗保险基金的补助', '4386.00', '', '4386.00'],
          ['13', '2101202', '财政对城乡居民基本医疗保险基金的补助', '4386.00', '', '4386.00'],
          ['14', '21013', '医疗救助', '562.00', '', '562.00'],
          ['15', '2101301', '城乡医疗救助', '562.00', '', '562.00'],
          ['16', '21015', '医疗保障管理事务', '1391.07', '908.74', '482.33'],
          ['17', '2101501', '行政运行', '259.34', '259.34', ''],
          ['18', '2101502', '一般行政管理事务', '390.00', '', '390.00'],
          ['19', '2101505', '医疗保障政策管理', '61.00', '', '61.00'],
          ['20', '2101506', '医疗保障经办事务', '9.00', '', '9.00'],
          ['21', '2101550', '事业运行', '651.11', '649.40', '1.71'],
          ['22', '2101599', '其他医疗保障管理事务支出', '20.62', '', '20.62'],
          ['23', '221', '住房保障支出', '73.77', '73.77', ''],
          ['24', '22102', '住房改革支出', '73.77', '73.77', ''],
          ['25', '2210201', '住房公积金', '73.77', '73.77', ''],
        ]),
      },
      'fiscal-grant-summary': {
        unit: '万元',
        rowCount: 43,
        rows: [
          { side: 'income', seq: '1', name: '一、一般公共预算拨款', cells: { '收入/金额': '6570.38' } },
          { side: 'expenditure', seq: '10', code: '210', name: '十、卫生健康支出', cells: grantCells('6371.23') },
          { side: 'expenditure', seq: '20', code: '221', name: '二十、住房保障支出', cells: grantCells('73.77') },
          { side: 'income', seq: '32', name: '本年收入合计', cells: { '收入/金额': '6570.38' } },
          { side: 'income', seq: '37', name: '收入总计', cells: { '收入/金额': '6570.38' } },
          { side: 'expenditure', seq: '37', name: '支出总计', cells: grantCells('6570.38') },
        ],
      },
      'general-budget-expenditure': {
        unit: '万元',
        rowCount: 25,
        columns: ['合计', '基本支出', '项目支出'],
        rows: [
          { seq: '1', name: '合计', cells: { 合计: '6570.38', 基本支出: '1136.05', 项目支出: '5434.33' } },
          { code: '2101550', name: '事业运行', cells: { 合计: '651.11', 基本支出: '649.40', 项目支出: '1.71' } },
          { seq: '20', code: '2101506', name: '医疗保障经办事务', cells: { 合计: '9.00', 项目支出: '9.00' } },
          { code: '2210201', name: '住房公积金', cells: { 合计: '73.77', 基本支出: '73.77' } },
        ],
      },
      'general-budget-basic-expenditure': {
        unit: '万元',
        rowCount: 20,
        columns: ['一般公共预算基本支出/合计', '一般公共预算基本支出/人员经费', '一般公共预算基本支出/公用经费'],
        rows: [
          { seq: '1', name: '合计', cells: basicCells('1136.05', '985.94', '150.11') },
          { code: '30101', name: '基本工资', cells: basicCells('273.18', '273.18', '') },
          { code: '30231', name: '公务用车运行维护费', cells: basicCells('1.71', '', '1.71') },
          { seq: '20', code: '30302', name: '退休费', cells: basicCells('32.67', '32.67', '') },
        ],
      },
      'government-fund-expenditure': {
        unit: '万元',
        rowCount: 0,
        columns: EMPTY_FUND_COLUMNS,
        note: '注：无政府基金预算财政拨款预算，空表列示。',
        rows: [],
      },
      'state-capital-expenditure': {
        unit: '万元',
        rowCount: 0,
        columns: EMPTY_FUND_COLUMNS,
        note: '注：无国有资本经营预算财政拨款预算，空表列示。',
        rows: [],
      },
      'three-public-expenditure': {
        unit: '万元',
        rowCount: 9,
        columns: [
          '资金性质/合计',
          '资金性质/一般公共预算财政拨款',
          '资金性质/政府性基金预算拨款',
          '资金性质/国有资本经营预算财政拨款',
        ],
        rows: [
          { seq: '1', name: '合计', cells: { '资金性质/合计': '3.42', '资金性质/一般公共预算财政拨款': '3.42' } },
          {
            seq: '6',
            name: '二、公务用车购置及运维费',
            cells: { '资金性质/合计': '3.42', '资金性质/一般公共预算财政拨款': '3.42' },
          },
          {
            seq: '8',
            name: '公务用车运行维护费',
            cells: { '资金性质/合计': '3.42', '资金性质/一般公共预算财政拨款': '3.42' },
          },
          { seq: '9', name: '三、公务接待费', cells: {} },
        ],
      },
    },
  },
  '003': {
    meta: {
      documentType: 'disclosure',
      orgCode: '414',
      orgName: '馆陶县医疗保障局',
      year: 2023,
      kind: '预算',
      scope: '部门',
    },
    tables: {
      'income-expenditure-summary': {
        unit: '元',
        rowCount: 46,
        rows: [
          { side: 'income', seq: '1', name: '一、一般公共预算拨款收入', cells: { '收入/预算数': '48993200.00' } },
          {
            side: 'expenditure',
            seq: '8',
            code: '208',
            name: '八、社会保障和就业支出',
            cells: { '支出/预算数': '392000.00' },
          },
          {
            side: 'expenditure',
            seq: '10',
            code: '210',
            name: '十、卫生健康支出',
            cells: { '支出/预算数': '48503500.00' },
          },
          {
            side: 'expenditure',
            seq: '20',
            code: '221',
            name: '二十、住房保障支出',
            cells: { '支出/预算数': '97700.00' },
          },
          { side: 'income', seq: '32', name: '本年收入合计', cells: { '收入/预算数': '48993200.00' } },
          { side: 'expenditure', seq: '34', name: '支出总计', cells: { '支出/预算数': '48993200.00' } },
        ],
      },
      'income-summary': {
        unit: '元',
        rowCount: 22,
        columns: INCOME_COLUMNS,
        rows: [
          // Printed `48993200. 00` (spaced) in the seed.
          { seq: '1', name: '合计', cells: incomeCells('48993200.00') },
          // Split by a page break: `财政对基本医` + `疗保险基金的补助`, `38990000.` + `00`.
          { seq: '11', code: '21012', name: '财政对基本医疗保险基金的补助', cells: incomeCells('38990000.00') },
          {
            seq: '12',
            code: '2101202',
            name: '财政对城乡居民基本医疗保险基金的补助',
            cells: incomeCells('38990000.00'),
          },
          { code: '2109999', name: '其他卫生健康支出', cells: incomeCells('30000.00') },
          { code: '2210201', name: '住房公积金', cells: incomeCells('97700.00') },
        ],
      },
      'expenditure-summary': {
        unit: '元',
        rowCount: 22,
        columns: ['合计', '基本支出', '项目支出', '经营支出', '上解上级支出', '对附属单位补助支出'],
        rows: expenditureRows('合计', [
          ['1', '', '合计', '48993200.00', '4705500.00', '44287700.00'],
          ['2', '208', '社会保障和就业支出', '392000.00', '352000.00', '40000.00'],
          ['3', '20805', '行政事业单位养老支出', '352000.00', '352000.00', ''],
          ['4', '2080505', '机关事业单位基本养老保险缴费支出', '234000.00', '234000.00', ''],
          ['5', '2080506', '机关事业单位职业年金缴费支出', '118000.00', '118000.00', ''],
          ['6', '20899', '其他社会保障和就业支出', '40000.00', '', '40000.00'],
          ['7', '2089999', '其他社会保障和就业支出', '40000.00', '', '40000.00'],
          ['8', '210', '卫生健康支出', '48503500.00', '4255800.00', '44247700.00'],
          ['9', '21011', '行政事业单位医疗', '161000.00', '161000.00', ''],
          ['10', '2101101', '行政单位医疗', '161000.00', '161000.00', ''],
          ['11', '21012', '财政对基本医疗保险基金的补助', '38990000.00', '', '38990000.00'],
          ['12', '2101202', '财政对城乡居民基本医疗保险基金的补助', '38990000.00', '', '38990000.00'],
          ['13', '21013', '医疗救助', '400000.00', '', '400000.00'],
          ['14', '2101301', '城乡医疗救助', '400000.00', '', '400000.00'],
          ['15', '21015', '医疗保障管理事务', '8922500.00', '4094800.00', '4827700.00'],
          ['16', '2101501', '行政运行', '4712500.00', '4094800.00', '617700.00'],
          ['17', '2101599', '其他医疗保障管理事务支出', '4210000.00', '', '4210000.00'],
          ['18', '21099', '其他卫生健康支出', '30000.00', '', '30000.00'],
          ['19', '2109999', '其他卫生健康支出', '30000.00', '', '30000.00'],
          ['20', '221', '住房保障支出', '97700.00', '97700.00', ''],
          ['21', '22102', '住房改革支出', '97700.00', '97700.00', ''],
          ['22', '2210201', '住房公积金', '97700.00', '97700.00', ''],
        ]),
      },
      'fiscal-grant-summary': {
        unit: '元',
        rowCount: 43,
        rows: [
          { side: 'income', seq: '1', name: '一、一般公共预算拨款', cells: { '收入/金额': '48993200.00' } },
          { side: 'expenditure', seq: '20', code: '221', name: '二十、住房保障支出', cells: grantCells('97700.00') },
          { side: 'expenditure', seq: '32', name: '本年支出合计', cells: grantCells('48993200.00') },
          // Row 37 stands alone on the table's third page.
          { side: 'income', seq: '37', name: '收入总计', cells: { '收入/金额': '48993200.00' } },
          { side: 'expenditure', seq: '37', name: '支出总计', cells: grantCells('48993200.00') },
        ],
      },
      'general-budget-expenditure': {
        unit: '元',
        rowCount: 22,
        columns: ['合计', '基本支出', '项目支出'],
        rows: [
          { seq: '1', name: '合计', cells: { 合计: '48993200.00', 基本支出: '4705500.00', 项目支出: '44287700.00' } },
          {
            code: '2101501',
            name: '行政运行',
            cells: { 合计: '4712500.00', 基本支出: '4094800.00', 项目支出: '617700.00' },
          },
          { seq: '22', code: '2210201', name: '住房公积金', cells: { 合计: '97700.00', 基本支出: '97700.00' } },
        ],
      },
      'general-budget-basic-expenditure': {
        unit: '元',
        rowCount: 14,
        rows: [
          { seq: '1', name: '合计', cells: basicCells('4705500.00', '4612800.00', '92700.00') },
          { code: '30109', name: '职业年金缴费', cells: basicCells('118000.00', '118000.00', '') },
          { code: '30239', name: '其他交通费用', cells: basicCells('57000.00', '', '57000.00') },
        ],
      },
      'government-fund-expenditure': {
        unit: '元',
        rowCount: 0,
        columns: EMPTY_FUND_COLUMNS,
        note: '注：无政府基金预算财政拨款预算，空表列示。',
        rows: [],
      },
      'state-capital-expenditure': {
        unit: '元',
        rowCount: 0,
        columns: EMPTY_FUND_COLUMNS,
        note: '注：无国有资本经营预算财政拨款预算，空表列示。',
        rows: [],
      },
      'three-public-expenditure': {
        unit: '元',
        rowCount: 0,
        note: '注：无财政拨款“三公”经费支出表预算，空表列示。',
        rows: [],
      },
    },
  },
};

/** Asserts a disclosure against a seed's hand-checked figures. */
export function expectSeedTables(disclosure: Pick<Disclosure, 'meta' | 'tables'>, spec: SeedSpec): void {
  expect(disclosure.meta).toEqual(spec.meta);
  for (const [kind, tableSpec] of Object.entries(spec.tables) as Array<[TableKind, TableSpec]>) {
    const table = tableOf(disclosure, kind);
    expect(table.unit, `${kind} unit`).toBe(tableSpec.unit);
    expect(table.rows, `${kind} rows`).toHaveLength(tableSpec.rowCount);
    expect(table.empty).toBe(tableSpec.rowCount === 0);
    if (tableSpec.columns) expect(table.columns, `${kind} columns`).toEqual(tableSpec.columns);
    if (tableSpec.note) expect(table.note).toContain(tableSpec.note);
    for (const check of tableSpec.rows) {
      const { cells, ...key } = check;
      expect(rowOf(table, key).cells, `${kind} ${JSON.stringify(key)}`).toEqual(cells);
    }
  }
}
