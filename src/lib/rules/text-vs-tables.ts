// The explanation text against the tables: every figure the text states for this year that a
// standard table also prints (totals, 基本/项目支出, 人员/公用经费, the “三公” total and parts,
// 机关运行经费, 固定资产, 政府采购) equals it, compared in 元 at the precision the text printed
// (`2万` against 2.00) and reported in the text's unit; a figure off by exactly ×10000 is a unit slip.

import type { Disclosure, StandardTable, Unit } from '../model/disclosure';
import type { Severity } from '../model/finding';
import type { NarrativeFigure } from '../model/narrative-figure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { amountValue, compareAmounts, inYuan, printedPlaces } from './support/amounts';
import { atPrintedPrecision, nameOf, quoteFigure } from './support/figures';
import { cellAt, tableOf, type TableRef } from './support/locate';
import { fullWidthBareName, fullWidthName, isMeasureLevel, totalRowIndex } from '../model/table-vocabulary';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'text-vs-tables',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '说明文字与表格一致', en: 'Explanation text agrees with the tables' },
  severity: 'error',
  messages: {
    differs: '说明中{subject}为 {stated}，{table}为 {printed}，相差 {gap}',
    unitSlip: '说明中{subject}为 {stated}，{table}为 {printed}，相差一万倍，疑为单位错写',
  },
};

/** A table cell a text figure should equal. */
export interface Counterpart {
  ref: TableRef;
  row: number;
  column: string;
  /** Decimal text as printed; a blank cell of a printed row reads 0. */
  amount: string;
  unit: Unit;
  /** 机关运行经费 is only normally the 公用经费 of the basic-spending table. */
  severity?: Severity;
}

function cell(ref: TableRef, row: number, column: string, severity?: Severity): Counterpart | null {
  const table = ref.table;
  if (!table.unit || row < 0 || !table.rows[row]) return null;
  const amount = table.rows[row]!.cells[column] ?? (table.columns.includes(column) ? '0' : null);
  if (amount === null) return null;
  const found: Counterpart = { ref, row, column, amount, unit: table.unit };
  if (severity) found.severity = severity;
  return found;
}

/** The row that sums a table: its 合计/总计 row, or the only row of a one-row table (Jiangsu 支出总表). */
function summaryRow(table: StandardTable): number {
  const total = totalRowIndex(table);
  if (total >= 0) return total;
  return table.rows.length === 1 ? 0 : -1;
}

/** The amount columns to read for the figure: in a 决算, the 决算数 (or 预算数 for a budget figure) half. */
function columnsFor(table: StandardTable, figure: NarrativeFigure, isFinal: boolean): string[] {
  if (!isFinal) return table.columns;
  // A 决算 table prints outturns; only columns headed 预算数 hold the budget a figure may quote, the
  // 全年 (adjusted) budget apart from the 年初 one.
  const adjusted = /全年预算|调整(?:后)?预算/;
  return table.columns.filter((column) => {
    if (!figure.basis) return !/预算数/.test(column);
    if (figure.basis === 'adjusted-budget') return adjusted.test(column);
    return /预算数/.test(column) && !adjusted.test(column);
  });
}

function columnNamed(columns: string[], pattern: RegExp): string | null {
  return (
    columns.find((column) =>
      pattern.test(
        fullWidthName(
          column
            .split('/')
            .filter((level) => !isMeasureLevel(level))
            .at(-1) ?? '',
        ),
      ),
    ) ?? null
  );
}

/** The first amount column of a table (合计 / 金额 / 本年支出合计), for a one-figure row. */
function firstColumn(table: StandardTable, columns: string[]): string | null {
  return columnNamed(columns, /^(合计|金额|本年支出合计|本年收入合计|决算数|预算数|小计)$/) ?? columns[0] ?? null;
}

/** Row names as the text would print them, by table: read for every figure a summary may hold. */
const fullWidthNamesByTable = new WeakMap<StandardTable, string[]>();

function fullWidthRowNames(table: StandardTable): string[] {
  let names = fullWidthNamesByTable.get(table);
  if (names === undefined) {
    names = table.rows.map((row) => fullWidthName(row.name));
    fullWidthNamesByTable.set(table, names);
  }
  return names;
}

function summaryCells(
  disclosure: Disclosure,
  figure: NarrativeFigure,
  kind: StandardTable['kind'],
  side: 'income' | 'expenditure' | null,
  names: RegExp,
): Counterpart[] {
  const ref = tableOf(disclosure, kind);
  if (!ref || ref.table.empty) return [];
  // A budget figure of a 决算 (`年初预算为…`) has no counterpart in a table of outturns only.
  const allowed = columnsFor(ref.table, figure, disclosure.meta.kind === '决算');
  const found: Counterpart[] = [];
  // 总计 rows first when the words say 总计/总额, 本年 rows first otherwise.
  const wantsTotal = /总计|总额|总预算/.test(figure.label);
  const order = (name: string) => (/总计/.test(name) === wantsTotal ? 0 : 1);
  const rowNames = fullWidthRowNames(ref.table);
  const rows = ref.table.rows
    .map((row, index) => ({ row, index, name: rowNames[index]! }))
    .filter(({ row, name }) => (!side || row.side === side) && names.test(name))
    .sort((a, b) => order(a.name) - order(b.name));
  rows.forEach(({ row, index }) => {
    const column = Object.keys(row.cells)
      .filter((path) => allowed.includes(path))
      .find((path) =>
        side
          ? path.startsWith(side === 'income' ? '收入' : '支出') ||
            path.startsWith(side === 'income' ? '本年收入' : '本年支出') ||
            path.startsWith(side === 'income' ? '财政拨款收入' : '财政拨款支出')
          : true,
      );
    const counterpart = column ? cell(ref, index, column) : null;
    if (counterpart) found.push(counterpart);
  });
  return found;
}

const INCOME_TOTALS = /^(本年收入合计|当年收入小计|收入合计|收入总计|总计)$/;
const EXPENDITURE_TOTALS = /^(本年支出合计|当年支出小计|支出合计|支出总计|总计)$/;

function columnCell(
  disclosure: Disclosure,
  kind: StandardTable['kind'],
  pattern: RegExp,
  figure: NarrativeFigure,
  severity?: Severity,
): Counterpart[] {
  const ref = tableOf(disclosure, kind);
  if (!ref || ref.table.empty) return [];
  const row = summaryRow(ref.table);
  const column = columnNamed(columnsFor(ref.table, figure, disclosure.meta.kind === '决算'), pattern);
  const found = column ? cell(ref, row, column, severity) : null;
  return found ? [found] : [];
}

function firstColumnCell(disclosure: Disclosure, ref: TableRef | null, figure: NarrativeFigure): Counterpart[] {
  if (!ref || ref.table.empty) return [];
  const column = firstColumn(ref.table, columnsFor(ref.table, figure, disclosure.meta.kind === '决算'));
  const found = column ? cell(ref, summaryRow(ref.table), column) : null;
  return found ? [found] : [];
}

const THREE_PUBLIC: Partial<Record<NarrativeFigure['subject'], { row: RegExp; column: RegExp; group?: RegExp }>> = {
  'three-public': { row: /^三公经费(小计|合计)$/, column: /^(小计|合计)$/, group: /三公/ },
  'three-public-abroad': { row: /^因公出国（境）费用?$/, column: /^因公出国（境）费用?$/ },
  'three-public-vehicle': {
    row: /^公务用车购置及运(行维护|维|行)费$/,
    column: /^(小计|公务用车购置及运(行维护|维|行)费)$/,
    group: /公务用车购置及运/,
  },
  'three-public-vehicle-purchase': { row: /^公务用车购置费$/, column: /^(公务用车)?购置费$/ },
  'three-public-vehicle-operation': { row: /^公务用车运行(维护)?费$/, column: /^(公务用车)?运行(维护)?费$/ },
  'three-public-reception': { row: /^公务接待费$/, column: /^公务接待费$/ },
};

/** The “三公” figure in rows (合计 column) or, for one-row tables, in its own column. */
function threePublicCells(disclosure: Disclosure, figure: NarrativeFigure): Counterpart[] {
  const spec = THREE_PUBLIC[figure.subject];
  const ref = tableOf(disclosure, 'three-public-expenditure');
  if (!spec || !ref) return [];
  const table = ref.table;
  if (table.empty) return [];
  const columns = columnsFor(table, figure, disclosure.meta.kind === '决算');
  const byRow = table.rows.findIndex((row) => spec.row.test(fullWidthBareName(row.name)));
  if (byRow >= 0) {
    const column = columnNamed(columns, /^合计$/) ?? columns[0];
    const found = column ? cell(ref, byRow, column) : null;
    return found ? [found] : [];
  }
  if (table.rows.length !== 1) return [];
  const column = columns.find((path) => {
    const levels = fullWidthName(path)
      .split('/')
      .filter((level) => !isMeasureLevel(level));
    const leaf = levels.at(-1) ?? '';
    if (!spec.column.test(leaf)) return false;
    // 小计/合计 belong to the group they stand under (“三公”经费/小计, …/公务用车购置及运行维护费/小计).
    if (/^(小计|合计)$/.test(leaf))
      return spec.group
        ? spec.group.test(levels.at(-2) ?? levels.slice(0, -1).join('/')) &&
            (figure.subject !== 'three-public' || !/公务用车/.test(levels.at(-2) ?? ''))
        : false;
    return true;
  });
  const found = column ? cell(ref, 0, column) : null;
  return found ? [found] : [];
}

function operatingCells(disclosure: Disclosure, figure: NarrativeFigure): Counterpart[] {
  const own = disclosure.tables.findIndex(
    (table) => table.kind === 'other' && /机关运行经费/.test(table.title) && !table.empty,
  );
  if (own >= 0) return firstColumnCell(disclosure, { index: own, table: disclosure.tables[own]! }, figure);
  const threePublic = columnCell(disclosure, 'three-public-expenditure', /机关运行经费/, figure);
  if (threePublic.length > 0) return threePublic;
  return columnCell(disclosure, 'general-budget-basic-expenditure', /^公用经费$/, figure, 'warning');
}

/** The cells a text figure should equal (any one of them), best first. */
export function counterparts(disclosure: Disclosure, figure: NarrativeFigure): Counterpart[] {
  switch (figure.subject) {
    case 'income-total': {
      const summary = summaryCells(disclosure, figure, 'income-expenditure-summary', 'income', INCOME_TOTALS);
      return summary.length > 0 ? summary : firstColumnCell(disclosure, tableOf(disclosure, 'income-summary'), figure);
    }
    case 'expenditure-total': {
      const summary = summaryCells(disclosure, figure, 'income-expenditure-summary', 'expenditure', EXPENDITURE_TOTALS);
      return summary.length > 0
        ? summary
        : firstColumnCell(disclosure, tableOf(disclosure, 'expenditure-summary'), figure);
    }
    case 'income-expenditure-total':
      return [
        ...summaryCells(disclosure, figure, 'income-expenditure-summary', 'income', INCOME_TOTALS),
        ...summaryCells(disclosure, figure, 'income-expenditure-summary', 'expenditure', EXPENDITURE_TOTALS),
      ];
    case 'fiscal-grant-total': {
      // 财政拨款收入 … / 财政拨款支出 … / 财政拨款收支总计: the side the words name, or both.
      const label = figure.label;
      const income = /收入(?!支出)/.test(label) && !/支出/.test(label);
      const expenditure = /支出/.test(label) && !/收/.test(label);
      const wantsTotal = /总计|总预算/.test(label);
      const totals = (names: RegExp) => (wantsTotal ? names : new RegExp(names.source.replace('|总计', '')));
      return [
        ...(expenditure
          ? []
          : summaryCells(disclosure, figure, 'fiscal-grant-summary', 'income', totals(INCOME_TOTALS))),
        ...(income
          ? []
          : summaryCells(disclosure, figure, 'fiscal-grant-summary', 'expenditure', totals(EXPENDITURE_TOTALS))),
      ];
    }
    case 'general-budget-grant':
      return [
        ...firstColumnCell(disclosure, tableOf(disclosure, 'general-budget-expenditure'), figure),
        ...summaryCells(disclosure, figure, 'income-expenditure-summary', 'income', /一般公共预算/),
        ...summaryCells(disclosure, figure, 'fiscal-grant-summary', 'income', /一般公共预算/),
      ];
    case 'basic':
    case 'project': {
      const column = figure.subject === 'basic' ? /^基本支出$/ : /^项目支出$/;
      const fiscal = [
        ...columnCell(disclosure, 'general-budget-expenditure', column, figure),
        ...(figure.subject === 'basic'
          ? firstColumnCell(disclosure, tableOf(disclosure, 'general-budget-basic-expenditure'), figure)
          : []),
      ];
      const whole = columnCell(disclosure, 'expenditure-summary', column, figure);
      return figure.fiscal ? fiscal : whole.length > 0 ? whole : fiscal;
    }
    case 'personnel':
      return columnCell(disclosure, 'general-budget-basic-expenditure', /^人员经费$/, figure);
    case 'public-use':
      return columnCell(disclosure, 'general-budget-basic-expenditure', /^公用经费$/, figure);
    case 'operating-costs':
      return operatingCells(disclosure, figure);
    case 'fixed-assets': {
      const ref = tableOf(disclosure, 'assets');
      if (!ref || ref.table.empty) return [];
      const row = fullWidthRowNames(ref.table).findIndex((name) => /资产总额|固定资产|合计|总计/.test(name));
      const column = ref.table.columns.find((path) => /价值|金额|账面|原值/.test(path)) ?? null;
      const found = column ? cell(ref, row, column) : null;
      return found ? [found] : [];
    }
    case 'procurement': {
      const ref = tableOf(disclosure, 'procurement');
      if (!ref) return [];
      const column =
        columnNamed(ref.table.columns, /^总计$/) ??
        ref.table.columns.find((path) => /金额.*合计$|^合计$/.test(fullWidthName(path))) ??
        null;
      if (!column || !ref.table.unit) return [];
      const row = summaryRow(ref.table);
      // An empty procurement table (无政府采购预算，空表列示) states 0.
      if (ref.table.empty) return [{ ref, row: Math.max(row, 0), column, amount: '0', unit: ref.table.unit }];
      const found = cell(ref, row, column);
      return found ? [found] : [];
    }
    default:
      return THREE_PUBLIC[figure.subject] ? threePublicCells(disclosure, figure) : [];
  }
}

export function check({ disclosure, figures }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let comparisons = 0;
  const year = disclosure.meta.year;

  for (const figure of figures) {
    if (figure.relation !== 'value' || figure.unit === '%' || figure.subject === 'other') continue;
    // 固定资产 is the stock at the end of the year before (`上年末固定资产金额`), as its table prints it.
    const years = figure.subject === 'fixed-assets' && year !== null ? [year, year - 1] : [year];
    if (year !== null && figure.year !== null && !years.includes(figure.year)) continue;
    const cells = counterparts(disclosure, figure);
    if (cells.length === 0) continue;
    comparisons++;
    const actual = amountValue(figure.amount);
    const expectedOf = (c: Counterpart) => atPrintedPrecision(inYuan(amountValue(c.amount), c.unit), figure);
    if (cells.some((c) => expectedOf(c).equals(actual))) continue;

    const counterpart = cells[0]!;
    const expected = expectedOf(counterpart);
    const outcome = compareAmounts(expected, actual);
    const unit = figure.unit;
    const places = printedPlaces(figure.amount);
    const where = `${counterpart.ref.table.title}${counterpart.ref.table.rows[counterpart.row]?.name ? `“${counterpart.ref.table.rows[counterpart.row]!.name}”` : ''}`;
    const printed = `${counterpart.amount} ${counterpart.unit}`;
    const inTextUnit = counterpart.unit === unit ? printed : `${printed}，即 ${expected.toFixed(places)} ${unit}`;
    const slip = outcome.kind === 'unit-slip';
    tally.report({
      messageId: slip ? 'unitSlip' : 'differs',
      data: {
        subject: nameOf(figure),
        stated: quoteFigure(figure),
        table: where,
        printed: inTextUnit,
        ...(slip ? {} : { gap: `${actual.minus(expected).abs().toFixed(places)} ${unit}` }),
      },
      type: slip ? 'unit-slip' : 'text-vs-table',
      severity: counterpart.severity,
      location: figure.location,
      related: cells.map((c) => cellAt(c.ref, c.row, c.column)),
      expected: expected.toFixed(places),
      actual: figure.amount,
      difference: actual.minus(expected).toFixed(places),
      unit,
    });
  }

  return { ...tally.outcome(comparisons > 0), comparisons };
}

export const rule: Rule = { meta, check };
