// Besides the standard “三公” table, some files print a comparison table of their own under the
// text (`财政拨款“三公”经费预算情况及增减变化原因`: rows 因公出国经费 … 合计, columns 2020年度预算 |
// 2021年度预算 | 增减金额). Its current-year column must agree with the standard table row by row,
// and its previous-year column with the previous-year figures the text states. Seed 000 prints
// 2.50 in the standard table but 16.50 (with 14 万元 of 公务用车购置) in its own, and 4.00 in the
// text for 2020 but 19.00 in the table. A warning: the two could differ in scope (funds counted),
// but then the file should say so.

import Decimal from 'decimal.js';
import type { Disclosure, StandardTable } from '../model/disclosure';
import type { FigureSubject, NarrativeFigure } from '../model/narrative-figure';
import { bareName, columnEnding } from '../model/table-vocabulary';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { cellName } from './support/describe';
import { quoteFigure } from './support/figures';
import { tableOf, type TableRef } from './support/locate';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally, figureAt, locationOf, type Figure } from './support/tally';

export const meta: RuleMeta = {
  id: 'three-public-comparison',
  title: { zh: '“三公”经费增减对比表与“三公”经费表、说明', en: 'The “three public” comparison table' },
  severity: 'warning',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    ...AMOUNT_MESSAGES,
    sameScope: '；两表都列“三公”经费，口径不同时应在表中注明',
    previousYearText: '{checked} {printed}，与说明中上年{subject} {stated}不符，相差 {gap}',
  },
};

interface Item {
  subject: FigureSubject;
  /** The row in the comparison table (bare name). */
  row: RegExp;
  /** The row in the standard table, when it is named otherwise. */
  standardRows?: RegExp[];
}

const ITEMS: Item[] = [
  { subject: 'three-public-abroad', row: /^因公出国/ },
  { subject: 'three-public-vehicle', row: /^公务用车购置及运/ },
  { subject: 'three-public-vehicle-purchase', row: /^公务用车购置(经?费)?(支出)?$/ },
  { subject: 'three-public-vehicle-operation', row: /^公务用车运行(维护)?(经?费)?(支出)?$/ },
  { subject: 'three-public-reception', row: /^公务接待(经?费)?(支出)?$/ },
  // The standard table's 合计 may include 会议费 and 培训费; its “三公” 小计 is the same total.
  { subject: 'three-public', row: /^(合计|总计)$/, standardRows: [/三公.*(小计|合计)/, /^(合计|总计)$/] },
];

const MEETINGS = /^(会议费|培训费)/;

/** A table's row names without ordinals, read once: every item looks through them. */
const bareNames = (table: StandardTable) => table.rows.map((row) => bareName(row.name));

function rowOf(names: string[], patterns: RegExp[]): number {
  for (const pattern of patterns) {
    const row = names.findIndex((name) => pattern.test(name));
    if (row >= 0) return row;
  }
  return -1;
}

/** The one column whose last level starts with one of the year's names (`2021年度预算`, `本年`). */
function yearColumn(table: StandardTable, names: string[]): string | null {
  const columns = table.columns.filter((path) => {
    const last = bareName(path.split('/').at(-1) ?? '');
    return names.some((name) => last.startsWith(name));
  });
  return columns.length === 1 ? columns[0]! : null;
}

interface Comparison {
  ref: TableRef;
  names: string[];
  current: string;
  previous: string;
}

/** A table outside the standard kinds with 三公 rows and a column for this year and for the last. */
function comparisonTables(disclosure: Disclosure, year: number): Comparison[] {
  return disclosure.tables.flatMap((table, index) => {
    if (table.kind !== 'other') return [];
    const names = bareNames(table);
    const items = ITEMS.filter((item) => item.subject !== 'three-public' && rowOf(names, [item.row]) >= 0);
    if (items.length < 2) return [];
    const current = yearColumn(table, [`${year}年`, '本年']);
    const previous = yearColumn(table, [`${year - 1}年`, '上年']);
    return current && previous ? [{ ref: { index, table }, names, current, previous }] : [];
  });
}

/** The standard table's figure for an item: its 合计 (or only) column. */
function standardFigure(ref: TableRef, names: string[], item: Item): Figure | null {
  const row = rowOf(names, item.standardRows ?? [item.row]);
  const column = columnEnding(ref.table, '合计') ?? (ref.table.columns.length === 1 ? ref.table.columns[0]! : null);
  return row >= 0 && column ? figureAt(ref, row, column) : null;
}

/** The previous-year value the text states for a subject, when it states exactly one. */
function previousYearText(figures: NarrativeFigure[], subject: FigureSubject, year: number): NarrativeFigure | null {
  const stated = figures.filter(
    (figure) => figure.subject === subject && figure.relation === 'value' && figure.year === year - 1,
  );
  return stated.length === 1 ? stated[0]! : null;
}

function checkPreviousYear(tally: Tally, figure: Figure, stated: NarrativeFigure, item: Item): boolean {
  // Compared only in one unit: the comparison tables and texts seen print both in 万元.
  if (figure.amount === undefined || stated.unit !== figure.unit) return false;
  const difference = new Decimal(figure.amount).minus(stated.amount);
  if (difference.isZero()) return true;
  const places = Math.max(...[figure.amount, stated.amount].map((amount) => amount.split('.')[1]?.length ?? 0));
  tally.report({
    messageId: 'previousYearText',
    data: {
      checked: cellName(figure.ref, figure.row, figure.column),
      printed: `${figure.amount} ${figure.unit}`,
      subject: item.subject === 'three-public' ? '“三公”经费' : bareName(figure.ref.table.rows[figure.row]!.name),
      stated: quoteFigure(stated),
      gap: `${difference.abs().toFixed(places)} ${figure.unit}`,
    },
    type: 'text-vs-table',
    location: locationOf(figure),
    related: [stated.location],
    expected: stated.amount,
    actual: figure.amount,
    difference: difference.toFixed(places),
    unit: figure.unit,
  });
  return false;
}

export function check({ disclosure, figures }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const year = disclosure.meta.year;
  if (disclosure.meta.documentType !== 'disclosure' || year === null) return tally.outcome(false);
  const comparisons = comparisonTables(disclosure, year);
  const standard = tableOf(disclosure, 'three-public-expenditure');
  const standardNames = standard && !standard.table.empty ? bareNames(standard.table) : [];
  let textComparisons = 0;
  for (const { ref, names, current, previous } of comparisons) {
    const withMeetings = names.some((name) => MEETINGS.test(name));
    for (const item of ITEMS) {
      const row = rowOf(names, [item.row]);
      if (row < 0 || (item.subject === 'three-public' && withMeetings)) continue;
      const printed = standard && !standard.table.empty ? standardFigure(standard, standardNames, item) : null;
      if (printed) tally.equal(figureAt(ref, row, current), printed, undefined, { remark: 'sameScope' });
      const stated = previousYearText(figures, item.subject, year);
      if (stated) {
        textComparisons += 1;
        checkPreviousYear(tally, figureAt(ref, row, previous), stated, item);
      }
    }
  }
  const outcome = tally.outcome(comparisons.length > 0);
  return { ...outcome, comparisons: outcome.comparisons + textComparisons };
}

export const rule: Rule = { meta, check };
