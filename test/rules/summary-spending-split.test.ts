// summary-spending-split: a 收支总表 whose spending side is split into 人员经费 / 公用经费 / 项目支出.
// No real file prints that split (万里街道 2024 prints its 财务收支预算总表 unsplit), so the split
// table here is built from 万里's real figures: per 类, 合计 as printed, 项目支出 from its 支出总表,
// and its 基本支出 divided so that 公用经费 (all of the 基本支出表's 11168569) sits in 212 城乡社区,
// the largest 类, and the rest is 人员经费 — the 人员/公用 totals are the 基本支出表's.

import Decimal from 'decimal.js';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { rule } from '../../src/lib/rules/summary-spending-split';
import { disclosures } from '../helpers/disclosures';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const [wanli2024, putuoFinal2024, seed002] = await disclosures('wanli2024', 'putuoFinal2024', '002');

const PRINTED = '本年支出/预算数';
const SPLIT = {
  total: '本年支出/合计',
  staff: '本年支出/人员经费',
  running: '本年支出/公用经费',
  projects: '本年支出/项目支出',
};
const RUNNING_CLASS = '212';

/** 万里's 财务收支预算总表 with its spending column split as the Shanghai template may print it. */
function splitWanli(): Disclosure {
  const disclosure = structuredClone(wanli2024!);
  const summary = disclosure.tables.find((table) => table.kind === 'income-expenditure-summary')!;
  const spending = disclosure.tables.find((table) => table.kind === 'expenditure-summary')!;
  const basic = disclosure.tables.find((table) => table.kind === 'general-budget-basic-expenditure')!;
  const running = new Decimal(basic.rows.find((row) => row.name === '合计')!.cells['一般公共预算基本支出/公用经费']!);
  summary.columns = [...summary.columns.filter((column) => column !== PRINTED), ...Object.values(SPLIT)];
  for (const row of summary.rows) {
    const total = row.cells[PRINTED];
    if (row.side !== 'expenditure' || total === undefined) continue;
    delete row.cells[PRINTED];
    const source = spending.rows.find((candidate) =>
      row.code ? candidate.code === row.code : candidate.name === '合计',
    )!;
    const projects = new Decimal(source.cells['支出预算/项目支出']!);
    const basicPart = new Decimal(total).minus(projects);
    const runningPart = !row.code ? running : row.code === RUNNING_CLASS ? running : new Decimal(0);
    Object.assign(row.cells, {
      [SPLIT.total]: total,
      [SPLIT.staff]: basicPart.minus(runningPart).toFixed(),
      [SPLIT.running]: runningPart.toFixed(),
      [SPLIT.projects]: projects.toFixed(),
    });
  }
  return disclosure;
}

const split = splitWanli();
const totalRow = rowIndexOf(split, 'income-expenditure-summary', { side: 'expenditure', name: '支出总计' });

ruleTester(rule, {
  valid: [
    {
      // 9 类 + 支出总计 rows; 人员 + 公用 = 支出总表 基本支出 99706020; 项目 = 56505103; 人员/公用 = 基本支出表.
      name: '万里街道 2024 (real figures, split constructed): every row and total agrees',
      input: split,
      comparisons: 14,
    },
    {
      name: '万里街道 2024 (real): the 财务收支预算总表 prints spending unsplit',
      input: wanli2024!,
      notApplicable: true,
    },
    { name: '普陀区财政局 2024 决算 (real): 决算数 only', input: putuoFinal2024!, notApplicable: true },
    { name: 'seed 002 (real text): a 预算数 column only', input: seed002!, notApplicable: true },
  ],
  invalid: [
    {
      name: '万里 split, 208 人员经费 edited 13368164 → 13368146: its row no longer adds',
      input: () =>
        withAmount(split, 'income-expenditure-summary', { side: 'expenditure', code: '208' }, SPLIT.staff, '13368146'),
      findings: [
        {
          messageId: 'mismatch',
          severity: 'error',
          data: { compared: '人员经费、公用经费、项目支出之和' },
          location: {
            ...rowIndexOf(split, 'income-expenditure-summary', { side: 'expenditure', code: '208' }),
            column: SPLIT.total,
          },
          expected: '19604046',
          actual: '19604064',
          difference: '18',
        },
      ],
    },
    {
      name: '万里 split, 支出总计 人员经费 and 项目支出 both off by 1000 (row still adds): the totals disagree',
      input: () =>
        withAmount(
          withAmount(
            split,
            'income-expenditure-summary',
            { side: 'expenditure', name: '支出总计' },
            SPLIT.staff,
            '88538451',
          ),
          'income-expenditure-summary',
          { side: 'expenditure', name: '支出总计' },
          SPLIT.projects,
          '56504103',
        ),
      findings: [
        { messageId: 'mismatch', location: { table: 2 }, expected: '99707020', actual: '99706020' },
        {
          messageId: 'mismatch',
          location: { ...totalRow, column: SPLIT.projects },
          expected: '56505103',
          actual: '56504103',
        },
        {
          messageId: 'mismatch',
          location: { ...totalRow, column: SPLIT.staff },
          expected: '88537451',
          actual: '88538451',
        },
      ],
    },
  ],
});
