// A 决算's explanation text against its own figures: 人员经费 and 公用经费 stated for the basic
// spending against the 人员经费合计 / 公用经费合计 rows of a 基本支出决算表 printed as two halves
// (text-vs-tables reads 人员经费 / 公用经费 columns, which that table does not have); and each
// «年初预算为A万元，支出决算为B万元，完成年初预算的X%。决算数小于预算数的主要原因…»: X = B ÷ A (no
// percentage exists when A is 0), and 大于/小于 as B and A are printed.

import Decimal from 'decimal.js';
import type { TextParagraph, Unit } from '../model/disclosure';
import type { TextLocation } from '../model/finding';
import type { NarrativeFigure } from '../model/narrative-figure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { inYuan, printedPlaces } from './support/amounts';
import { atPrintedPrecision, nameOf, quoteFigure } from './support/figures';
import { cellAt, tablesOf, type TableRef } from './support/locate';
import { claimAgreement, percentageOf, printedRange } from './support/printed-precision';
import { normalName } from '../model/table-vocabulary';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'final-narrative',
  title: { zh: '决算说明与预算数、基本支出决算表一致', en: 'Final-accounts text agrees with its budgets and tables' },
  severity: 'error',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    staffCostDiffers: '说明中{subject}为 {stated}，{table}“{row}”为 {printed}，相差 {gap}',
    rateMismatch: '说明中完成年初预算的 {rate}%，但支出决算 {outturn} ÷ 年初预算 {budget} = {computed}%',
    rateUndefined: '说明中完成年初预算的 {rate}%，但年初预算为 {budget}：预算为零时没有完成比例可言',
    directionWrong: '说明称决算数{claimed}预算数，但支出决算 {outturn}{actual}年初预算 {budget}',
    roundingNote: '；差额只在最后一位，可能是舍入所致',
  },
};

const TOTAL_ROWS: Partial<Record<NarrativeFigure['subject'], string>> = {
  personnel: '人员经费合计',
  'public-use': '公用经费合计',
};

/** The 人员经费合计 / 公用经费合计 row of a 基本支出表 without 人员经费 / 公用经费 columns, and its amount column. */
function totalRowCell(ref: TableRef, rowName: string): { row: number; column: string } | null {
  const table = ref.table;
  if (table.columns.some((column) => /人员经费|公用经费/.test(column))) return null;
  const row = table.rows.findIndex((candidate) => !candidate.code && normalName(candidate.name) === rowName);
  const column = row < 0 ? undefined : table.columns.find((path) => table.rows[row]!.cells[path] !== undefined);
  return column === undefined ? null : { row, column };
}

function checkStaffCosts(refs: TableRef[], figures: NarrativeFigure[], year: number | null, tally: Tally): number {
  let comparisons = 0;
  for (const figure of figures) {
    const rowName = TOTAL_ROWS[figure.subject];
    // The 基本支出决算表 is the 一般公共预算财政拨款 one: only a figure said of that money compares.
    if (!rowName || figure.relation !== 'value' || figure.unit === '%' || !figure.fiscal) continue;
    if (year !== null && figure.year !== null && figure.year !== year) continue;
    const ref = refs.find((candidate) => totalRowCell(candidate, rowName) && candidate.table.unit);
    if (!ref) continue;
    const { row, column } = totalRowCell(ref, rowName)!;
    const printed = ref.table.rows[row]!.cells[column]!;
    const expected = atPrintedPrecision(inYuan(printed, ref.table.unit!), figure);
    const actual = new Decimal(figure.amount);
    const places = printedPlaces(figure.amount);
    comparisons++;
    if (expected.equals(actual)) continue;
    tally.report({
      messageId: 'staffCostDiffers',
      data: {
        subject: nameOf(figure),
        stated: quoteFigure(figure),
        table: ref.table.title,
        row: rowName,
        printed: `${printed} ${ref.table.unit}`,
        gap: `${actual.minus(expected).abs().toFixed(places)} ${figure.unit}`,
      },
      type: 'text-vs-table',
      location: figure.location,
      related: [cellAt(ref, row, column)],
      expected: expected.toFixed(places),
      actual: figure.amount,
      difference: actual.minus(expected).toFixed(places),
      unit: figure.unit,
    });
  }
  return comparisons;
}

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)`;
/** «年初预算为A万元，支出决算为B万元»: the budget and the outturn of one line, in one clause. */
const BUDGET_AND_OUTTURN = new RegExp(
  String.raw`年初预算(?:数)?(?:为|是)?\s*${AMOUNT}[，,、]?\s*(?:支出)?决算(?:数)?(?:为|是)?\s*${AMOUNT}`,
  'g',
);
/** «，完成年初预算的98.20%» right after the pair. */
const COMPLETION = /^\s*[，,]?\s*完成(?:年初)?预算的\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** «决算数小于预算数» anywhere before the next pair (after a «其中» list of parts, too). */
const DIRECTION = /决算数?(大于|高于|超过|多于|小于|低于|少于)(?:年初)?预算数?/;
const MORE = new Set(['大于', '高于', '超过', '多于']);

interface PrintedAmount {
  /** As printed, without thousands separators. */
  amount: string;
  unit: Unit;
  yuan: Decimal;
}

interface BudgetLine {
  budget: PrintedAmount;
  outturn: PrintedAmount;
}

function printedAmount(text: string, unit: Unit): PrintedAmount {
  const amount = text.replaceAll(',', '');
  return { amount, unit, yuan: inYuan(amount, unit) };
}

const quoted = (printed: PrintedAmount) => `${printed.amount} ${printed.unit}`;

/** In 元, every value the printed amount may stand for. */
function yuanRange(printed: PrintedAmount) {
  const range = printedRange(printed.amount);
  return { low: inYuan(range.low, printed.unit), high: inYuan(range.high, printed.unit) };
}

function textAt(paragraphs: TextParagraph[], paragraph: number, start: number, quote: string): TextLocation {
  return { type: 'text', paragraph, start, end: start + quote.length, quote, page: paragraphs[paragraph]!.page };
}

function checkCompletion(line: BudgetLine, rate: string, at: TextLocation, tally: Tally): void {
  const data = { rate, budget: quoted(line.budget), outturn: quoted(line.outturn) };
  if (line.budget.yuan.isZero()) {
    tally.report({ messageId: 'rateUndefined', data, type: 'mismatch', location: at, actual: rate, unit: null });
    return;
  }
  const computed = percentageOf(yuanRange(line.outturn), yuanRange(line.budget));
  if (!computed) return;
  const agreement = claimAgreement(rate, computed);
  if (agreement === 'consistent') return;
  const places = printedPlaces(rate);
  const value = line.outturn.yuan.times(100).dividedBy(line.budget.yuan).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  tally.report({
    messageId: 'rateMismatch',
    notes: agreement === 'last-place' ? ['roundingNote'] : [],
    data: { ...data, computed: value.toFixed(places) },
    type: agreement === 'last-place' ? 'rounding' : 'mismatch',
    severity: agreement === 'last-place' ? 'warning' : 'error',
    location: at,
    expected: value.toFixed(places),
    actual: rate,
    difference: new Decimal(rate).minus(value).toFixed(places),
    unit: null,
  });
}

function checkDirection(line: BudgetLine, claimed: string, at: TextLocation, tally: Tally): void {
  const more = MORE.has(claimed);
  const comparison = line.outturn.yuan.comparedTo(line.budget.yuan);
  if (comparison === (more ? 1 : -1)) return;
  tally.report({
    messageId: 'directionWrong',
    notes: comparison === 0 ? ['roundingNote'] : [],
    data: {
      claimed,
      outturn: quoted(line.outturn),
      budget: quoted(line.budget),
      actual: comparison === 0 ? '等于' : comparison > 0 ? '大于' : '小于',
    },
    type: 'text-vs-table',
    // Printed equal, the two may still differ below the last printed place.
    severity: comparison === 0 ? 'warning' : 'error',
    location: at,
    unit: null,
  });
}

function checkBudgetLines(paragraphs: TextParagraph[], tally: Tally): number {
  let comparisons = 0;
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const pairs = [...text.matchAll(BUDGET_AND_OUTTURN)];
    pairs.forEach((pair, pairIndex) => {
      const [, budget, budgetUnit, outturn, outturnUnit] = pair as unknown as [string, string, Unit, string, Unit];
      const line: BudgetLine = {
        budget: printedAmount(budget, budgetUnit),
        outturn: printedAmount(outturn, outturnUnit),
      };
      const end = pair.index + pair[0].length;
      const windowEnd = pairs[pairIndex + 1]?.index ?? text.length;
      const completion = COMPLETION.exec(text.slice(end, windowEnd));
      if (completion) {
        comparisons++;
        const rateText = completion[0].slice(completion[0].indexOf('完成'));
        checkCompletion(
          line,
          completion[1]!,
          textAt(paragraphs, index, end + completion[0].length - rateText.length, rateText),
          tally,
        );
      }
      const direction = DIRECTION.exec(text.slice(end, windowEnd));
      if (direction) {
        comparisons++;
        checkDirection(line, direction[1]!, textAt(paragraphs, index, end + direction.index, direction[0]), tally);
      }
    });
  });
  return comparisons;
}

export function check({ disclosure, figures }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  if (disclosure.meta.kind !== '决算') return tally.outcome(false);
  const basic = tablesOf(disclosure, 'general-budget-basic-expenditure').filter((ref) => !ref.table.empty);
  const comparisons =
    checkStaffCosts(basic, figures, disclosure.meta.year, tally) + checkBudgetLines(disclosure.paragraphs, tally);
  return { ...tally.outcome(comparisons > 0), comparisons };
}

export const rule: Rule = { meta, check };
