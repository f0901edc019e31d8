// final-narrative: a 决算's text against its 人员经费合计/公用经费合计 rows and its own 年初预算/决算 pairs.
// Every case is the real 普陀区财政局 2024 决算 (p21–23), as printed or with one figure edited.

import type { Disclosure } from '../../src/lib/model/disclosure';
import { rule } from '../../src/lib/rules/final-narrative';
import { disclosures } from '../helpers/disclosures';
import { withFigures } from '../helpers/edited-seed';
import { rowIndexOf, withAmount } from '../helpers/mutate';
import { ruleTester } from '../helpers/rule-tester';

const [putuoFinal2024, wanli2024, seed004] = await disclosures('putuoFinal2024', 'wanli2024', '004');

/** The 普陀 决算 with `from` changed to `to` in the one paragraph printing it. */
function editedText(from: string, to: string): { disclosure: Disclosure; paragraph: number } {
  const disclosure = structuredClone(putuoFinal2024!);
  const paragraphs = disclosure.paragraphs.flatMap((paragraph, index) =>
    paragraph.text.includes(from) ? [index] : [],
  );
  if (paragraphs.length !== 1) throw new Error(`${from} is printed in ${paragraphs.length} paragraphs`);
  const paragraph = disclosure.paragraphs[paragraphs[0]!]!;
  paragraph.text = paragraph.text.replace(from, to);
  return { disclosure, paragraph: paragraphs[0]! };
}

const BUDGET_LINE = '年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数';

ruleTester(rule, {
  valid: [
    {
      // 人员经费 2152.26 and 公用经费 184.65 (p23) = the two 合计 rows (p16–17); 2940.05 ÷ 2993.92 = 98.20%;
      // eight «决算数小于预算数» lines with 决算 below 预算; the 三公 «完成预算的0%» of 0.00 ÷ 0.95.
      name: '普陀区财政局 2024 决算 (real): text agrees with its tables and budgets',
      input: putuoFinal2024!,
      withFigures: true,
      comparisons: 14,
    },
    { name: '万里街道 2024 预算 (real): a 预算 has no 决算 text', input: wanli2024!, notApplicable: true },
    {
      name: 'seed 004 决算 (real text): no 年初预算/决算 pairs, no 基本支出决算表',
      input: seed004!,
      notApplicable: true,
    },
  ],
  invalid: [
    {
      name: '普陀 决算, text edited: 人员经费 2125.26 against 人员经费合计 2152.26',
      input: () => withFigures(editedText('人员经费2152.26万元', '人员经费2125.26万元').disclosure),
      findings: [
        {
          messageId: 'staffCostDiffers',
          type: 'text-vs-table',
          severity: 'error',
          data: { row: '人员经费合计', printed: '2152.26 万元', gap: '27.00 万元' },
          location: { type: 'text', paragraph: editedText('人员经费2152.26万元', '').paragraph },
          related: [
            {
              ...rowIndexOf(putuoFinal2024!, 'general-budget-basic-expenditure', { name: '人员经费合计' }),
              column: '决算数',
            },
          ],
          expected: '2152.26',
          actual: '2125.26',
          difference: '-27.00',
          unit: '万元',
        },
      ],
    },
    {
      name: '普陀 决算, table edited: 公用经费合计 184.56 against the text’s 公用经费 184.65',
      input: () =>
        withFigures(
          withAmount(putuoFinal2024!, 'general-budget-basic-expenditure', { name: '公用经费合计' }, '决算数', '184.56'),
        ),
      findings: [{ messageId: 'staffCostDiffers', expected: '184.56', actual: '184.65', difference: '0.09' }],
    },
    {
      name: '普陀 决算, text edited: «决算数大于预算数» although 2940.05 < 2993.92',
      input: () => editedText(BUDGET_LINE, BUDGET_LINE.replace('小于', '大于')).disclosure,
      findings: [
        {
          messageId: 'directionWrong',
          severity: 'error',
          data: { claimed: '大于', actual: '小于', outturn: '2940.05 万元', budget: '2993.92 万元' },
          location: { type: 'text', quote: '决算数大于预算数', page: 21 },
        },
      ],
    },
    {
      name: '普陀 决算, text edited: 完成年初预算的 98.02% (digits swapped), an error',
      input: () => editedText(BUDGET_LINE, BUDGET_LINE.replace('98.20%', '98.02%')).disclosure,
      findings: [
        {
          messageId: 'rateMismatch',
          type: 'mismatch',
          severity: 'error',
          data: { computed: '98.20' },
          location: { type: 'text', quote: '完成年初预算的98.02%' },
          expected: '98.20',
          actual: '98.02',
          difference: '-0.18',
        },
      ],
    },
    {
      name: '普陀 决算, text edited: 完成年初预算的 98.21%, off in the last place only: a warning',
      input: () => editedText(BUDGET_LINE, BUDGET_LINE.replace('98.20%', '98.21%')).disclosure,
      findings: [{ messageId: 'rateMismatch', type: 'rounding', severity: 'warning', difference: '0.01' }],
    },
    {
      name: '普陀 决算, text edited: a 年初预算 of 0.00 completed «100%»: no percentage exists',
      input: () =>
        editedText(
          '年初预算为0.94万元，支出决算为0.94万元。',
          '年初预算为0.00万元，支出决算为0.94万元，完成年初预算的100%。',
        ).disclosure,
      findings: [
        {
          messageId: 'rateUndefined',
          severity: 'error',
          data: { rate: '100', budget: '0.00 万元' },
          location: { type: 'text', quote: '完成年初预算的100%' },
        },
      ],
    },
  ],
});
