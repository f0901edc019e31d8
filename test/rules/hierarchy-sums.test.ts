// hierarchy-sums: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every amount column of every 科目 table.

import type { Disclosure, StandardTable, TableKind } from '../../src/lib/model/disclosure';
import { rule } from '../../src/lib/rules/hierarchy-sums';
import { REAL_PDFS } from '../extract/real-pdf-expectations';
import { disclosures, REAL_FILES } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester';

const CLEAN = ['000', '002', '003', 'court2017', 'procuratorate2018'] as const;
const clean = await disclosures(...CLEAN);
const [, seed002, seed003, court2017] = clean;
const [seed001, putuo, wanli2024] = await disclosures('001', 'putuoFinal2024', 'wanli2024');

const tableRow = (disclosure: Disclosure, kind: TableKind, code: string) => rowIndexOf(disclosure, kind, { code });

/** The 普陀区财政局 基本支出决算表 as transcribed by hand (test/extract), alone in a document. */
function transcribedBasicTable(): Disclosure {
  const expected = REAL_PDFS.find((pdf) => pdf.file === REAL_FILES.putuoFinal2024)!.tables.find(
    (table) => table.kind === 'general-budget-basic-expenditure',
  )!;
  const table: StandardTable = {
    kind: expected.kind,
    title: expected.title,
    unit: expected.unit,
    empty: false,
    note: null,
    columns: ['决算数'],
    rows: expected.rows!.map((row) => ({
      seq: null,
      code: row.code ?? null,
      name: row.name,
      cells: row.cells,
      page: null,
    })),
    page: 16,
    blockIndex: 0,
  };
  return { meta: seed002!.meta, tables: [table], paragraphs: [], warnings: [] };
}

/** A total printed a cent or two off its parts: a warning that says so, without a tolerance. */
const rounding = (tableKind: TableKind, column: string, actual: string, expected: string, difference = '-0.01') =>
  ({
    messageId: 'mismatch',
    type: 'rounding',
    severity: 'warning',
    location: { tableKind, column },
    actual,
    expected,
    difference,
    tolerance: null,
  }) satisfies ExpectedFinding;

/** The 301 and 302 of the 普陀区财政局 基本支出决算表 off their 款. */
const PUTUO_BASIC = [
  rounding('general-budget-basic-expenditure', '决算数', '2082.85', '2082.86'),
  rounding('general-budget-basic-expenditure', '决算数', '171.07', '171.09', '-0.02'),
];

const shortCode = (code: string, repaired: string, name: string): ExpectedFinding => ({
  messageId: 'codeShort',
  type: 'malformed',
  severity: 'warning',
  data: { code, name, length: 4, level: '款', expectedLength: 5, repaired },
  expected: null,
});

ruleTester(rule, {
  valid: [
    ...CLEAN.map((id, index) => ({ name: `${id}: 科目 tables add up`, input: clean[index]!, minComparisons: 21 })),
    { name: 'seed 001 has no 科目 tables', input: seed001!, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 项 changed in the 收入总表 of seed 002, at its 款',
      input: () => withAmount(seed002!, 'income-summary', { code: '2101501' }, '合计', '295.34'),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          severity: 'error',
          data: { checked: '收入总表 21015 医疗保障管理事务行「合计」列', compared: '所属各项之和', gap: '36.00 万元' },
          location: {
            type: 'cell',
            ...tableRow(seed002!, 'income-summary', '21015'),
            column: '合计',
            rowLabel: '21015 医疗保障管理事务',
          },
          related: 6,
          expected: '1427.07',
          actual: '1391.07',
          difference: '-36.00',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a 款 changed in the 基本支出表 of a real Jiangsu PDF, at its 类',
      input: () => withAmount(court2017!, 'general-budget-basic-expenditure', { code: '30217' }, '金额', '60.72'),
      findings: [
        {
          messageId: 'mismatch',
          location: { ...tableRow(court2017!, 'general-budget-basic-expenditure', '302'), column: '金额', page: 15 },
          expected: '3538.37',
          actual: '3528.37',
          difference: '-10.00',
        },
      ],
    },
    {
      name: 'a total written in 元 where 万元 is meant (×10000): a unit slip, its 类 an ordinary mismatch',
      input: () => withAmount(seed003!, 'expenditure-summary', { code: '21015' }, '合计', '892.25'),
      findings: [
        {
          messageId: 'mismatch',
          type: 'mismatch',
          location: { rowLabel: '210 卫生健康支出' },
          expected: '39581892.25',
          actual: '48503500.00',
        },
        {
          messageId: 'mismatch',
          type: 'unit-slip',
          location: { rowLabel: '21015 医疗保障管理事务' },
          expected: '8922500.00',
          actual: '892.25',
        },
      ],
    },
    {
      name: 'the 合计 rows of the 普陀区财政局 决算 printed 0.01 below their 类, and 301/302 off their 款: rounding-sized warnings',
      input: putuo!,
      findings: [
        rounding('income-summary', '本年收入合计', '2946.25', '2946.26'),
        rounding('income-summary', '财政拨款收入', '2940.05', '2940.06'),
        rounding('expenditure-summary', '本年支出合计', '2940.05', '2940.06'),
        rounding('expenditure-summary', '基本支出', '2336.91', '2336.92'),
        rounding('general-budget-expenditure', '合计', '2940.05', '2940.06'),
        rounding('general-budget-expenditure', '基本支出', '2336.91', '2336.92'),
        ...PUTUO_BASIC,
      ],
    },
    {
      name: '公用经费合计 = 302 + 310 in the two-halves 基本支出决算表 (普陀区财政局)',
      input: () => withAmount(putuo!, 'general-budget-basic-expenditure', { name: '公用经费合计' }, '决算数', '184.56'),
      only: (finding) => finding.actual === '184.56',
      findings: [
        {
          messageId: 'mismatch',
          data: { compared: '公用经费各类之和', expected: '184.65 万元' },
          location: rowIndexOf(putuo!, 'general-budget-basic-expenditure', { name: '公用经费合计' }),
          expected: '184.65',
          difference: '-0.09',
        },
      ],
    },
    {
      name: 'the 301 and 302 of the 普陀区财政局 基本支出决算表 (as transcribed) off their 款',
      input: transcribedBasicTable,
      findings: [
        { ...PUTUO_BASIC[0]!, location: { rowLabel: '301 工资福利支出' } },
        { ...PUTUO_BASIC[1]!, location: { rowLabel: '302 商品和服务支出' } },
      ],
    },
    {
      name: 'the 万里街道 基本支出 codes printed a digit short (3012, 3017), which still count under 301',
      input: wanli2024!,
      findings: [
        {
          ...shortCode('3012', '30102', '津贴补贴'),
          location: { ...tableRow(wanli2024!, 'general-budget-basic-expenditure', '3012'), page: 29 },
        },
        shortCode('3017', '30107', '绩效工资'),
      ],
    },
  ],
});
