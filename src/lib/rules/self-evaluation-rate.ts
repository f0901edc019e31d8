// 决算 绩效自评表: each 资金情况 row's 执行率 = 全年执行数 (B) ÷ 全年预算数 (A), at the decimals the
// rate is printed with (`20 | 18.86 | 94.30%`).

import Decimal from 'decimal.js';
import type { StandardTable } from '../model/disclosure';
import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { printedPlaces } from './support/amounts';
import { cellName } from './support/describe';
import { cellAt, tablesOf } from './support/locate';
import { normalName } from '../model/table-vocabulary';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'self-evaluation-rate',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '绩效自评表执行率', en: 'Self-evaluation execution rates' },
  severity: 'error',
  messages: {
    rateMismatch:
      '{row} 执行率印为 {printed}，而全年执行数 {actual} ÷ 全年预算数 {budget} = {expected}%，相差 {gap} 个百分点',
  },
};

const RATE = /^(\d+(?:\.\d+)?)[%％]$/;

interface RateColumns {
  header: number;
  budget: string;
  actual: string;
  rate: string;
}

/** The header row naming 全年预算数（A）, 全年执行数（B） and 执行率 columns, if the table has one. */
export function rateColumns(table: StandardTable): RateColumns | null {
  for (const [header, row] of table.rows.entries()) {
    if (!row.texts) continue;
    const labels = Object.entries(row.texts).map(([column, text]) => [column, normalName(text)] as const);
    const find = (pattern: RegExp) => labels.find(([, text]) => pattern.test(text))?.[0];
    const budget = find(/预算数/);
    const actual = find(/执行数/);
    const rate = find(/执行率/);
    if (budget && actual && rate) return { header, budget, actual, rate };
  }
  return null;
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let comparisons = 0;
  let applicable = false;
  for (const ref of tablesOf(disclosure, 'project-performance')) {
    const columns = rateColumns(ref.table);
    if (!columns) continue;
    applicable = true;
    ref.table.rows.forEach((row, index) => {
      if (index <= columns.header) return;
      const a = row.cells[columns.budget];
      const b = row.cells[columns.actual];
      const printed = (row.texts?.[columns.rate] ?? row.cells[columns.rate])?.replace(/\s/g, '');
      const match = printed?.match(RATE);
      if (a === undefined || b === undefined || !match || new Decimal(a).isZero()) return;
      comparisons += 1;
      const places = printedPlaces(match[1]!);
      const expected = new Decimal(b).times(100).dividedBy(a).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      const actual = new Decimal(match[1]!);
      if (expected.equals(actual)) return;
      const difference = actual.minus(expected);
      tally.report({
        messageId: 'rateMismatch',
        data: {
          row: cellName(ref, index, null),
          printed: printed!,
          actual: b,
          budget: a,
          expected: expected.toFixed(places),
          gap: difference.abs().toFixed(places),
        },
        type: 'mismatch',
        location: cellAt(ref, index, columns.rate),
        related: [cellAt(ref, index, columns.budget), cellAt(ref, index, columns.actual)],
        expected: expected.toFixed(places),
        actual: actual.toFixed(places),
        difference: difference.toFixed(places),
      });
    });
  }
  return { ...tally.outcome(applicable), comparisons };
}

export const rule: Rule = { meta, check };
