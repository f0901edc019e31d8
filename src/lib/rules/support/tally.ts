// Counting the comparisons a rule makes and turning the failed ones into findings, so every table
// rule words its findings alike: the checked figure, what it should be, the difference, the unit.
//
// NOTE: exactness. Figures printed in one table add exactly: a publisher who prints parts to 0.01
// can (and usually does) make their printed total the sum of the printed parts, so a total off by
// a cent is a finding. When the gap is no larger than the parts' rounding could open (n × half a
// unit of the last printed place) it is still reported, as a warning that says so, without a
// tolerance. A tolerance is applied only where exactness is impossible: comparing a figure with one
// printed in another unit (元 against 万元 rounded to 0.01), and then it is stated in the finding.

import Decimal from 'decimal.js';
import type { Unit } from '../../model/disclosure';
import type { CellLocation, Finding, Severity } from '../../model/finding';
import type { RuleMeta, RuleOutcome } from '../rule';
import { compareAmounts, fromYuan, inYuan, printedPlaces, roundingTolerance, sumOf } from './amounts';
import { cellName, formatAmount, placesOf } from './describe';
import { cellAt, type TableRef } from './locate';

/** A printed figure: a cell of a table, its amount as printed (undefined when blank) and its unit. */
export interface Figure {
  ref: TableRef;
  row: number;
  column: string | null;
  amount: string | undefined;
  unit: Unit | null;
  /** How the figure reads in a message when the cell's own name would mislead (`收支总表 本年支出合计`). */
  label?: string;
}

export function figureAt(ref: TableRef, row: number, column: string | null): Figure {
  const amount = column === null ? undefined : ref.table.rows[row]?.cells[column];
  return { ref, row, column, amount, unit: ref.table.unit };
}

/** The same figure read under another name in messages. */
export function labelled(figure: Figure, label: string): Figure {
  return { ...figure, label };
}

const nameOf = (figure: Figure) => figure.label ?? cellName(figure.ref, figure.row, figure.column);

export function locationOf(figure: Figure): CellLocation {
  return cellAt(figure.ref, figure.row, figure.column);
}

const isBlank = (figure: Figure) => figure.amount === undefined || new Decimal(figure.amount).isZero();

export interface CheckOptions {
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
  /** Appended to the message (why this identity may legitimately differ, and so on). */
  remark?: string;
}

export interface Tally {
  /** Checks a printed total against the sum of printed parts of the same table: exact. */
  sum(total: Figure, parts: Figure[], what: string, options?: CheckOptions): boolean;
  /** Checks a printed figure against another (maybe in another table and unit). */
  equal(checked: Figure, other: Figure, what?: string, options?: CheckOptions): boolean;
  /** Checks that a printed figure does not exceed a limit printed elsewhere. */
  atMost(checked: Figure, limit: Figure, what?: string, options?: CheckOptions): boolean;
  /** Records a finding that is not about an amount (a malformed code…). */
  note(at: CellLocation, message: string, severity?: Severity): void;
  outcome(applicable: boolean): RuleOutcome;
}

const spaced = (unit: Unit | null) => (unit ? ` ${unit}` : '');
const shown = (figure: Figure) => (figure.amount === undefined ? '空白' : `${figure.amount}${spaced(figure.unit)}`);

/**
 * `other` in the unit of `checked`, with the tolerance its rounding needs when the units differ:
 * half a unit of the last place printed in the coarser unit.
 */
function converted(checked: Figure, other: Figure): { value: Decimal; tolerance: Decimal | null } {
  const value = new Decimal(other.amount ?? 0);
  if (!checked.unit || !other.unit || checked.unit === other.unit) return { value, tolerance: null };
  const coarser = checked.unit === '万元' ? checked : other;
  const coarseTolerance = roundingTolerance(1, printedPlaces(coarser.amount ?? '0'));
  const toleranceYuan = inYuan(coarseTolerance, '万元');
  return { value: fromYuan(inYuan(value, other.unit), checked.unit), tolerance: fromYuan(toleranceYuan, checked.unit) };
}

export function createTally(meta: RuleMeta): Tally {
  let comparisons = 0;
  const findings: Finding[] = [];

  function report(
    checked: Figure,
    related: Figure[],
    expected: Decimal,
    places: number,
    message: string,
    severity: Severity,
    tolerance: Decimal | null,
  ) {
    const actual = new Decimal(checked.amount ?? 0);
    const finding: Finding = {
      ruleId: meta.id,
      severity,
      message,
      location: locationOf(checked),
      related: related.map(locationOf),
      expected: formatAmount(expected, places),
      actual: checked.amount ?? '0',
      difference: formatAmount(actual.minus(expected), places),
      unit: checked.unit,
    };
    if (tolerance) finding.tolerance = formatAmount(tolerance, printedPlaces(tolerance.toString()));
    findings.push(finding);
  }

  /** `compared` names what the figure was compared with, and its value. */
  function mismatchText(checked: Figure, compared: string, difference: Decimal, places: number): string {
    return `${nameOf(checked)} ${shown(checked)}，与${compared}不符，相差 ${formatAmount(
      difference.abs(),
      places,
    )}${spaced(checked.unit)}`;
  }

  const withRemark = (text: string, options?: CheckOptions) => (options?.remark ? `${text}；${options.remark}` : text);

  return {
    sum(total, parts, what, options) {
      if (isBlank(total) && parts.every(isBlank)) return true;
      comparisons += 1;
      const expected = sumOf(parts.map((part) => part.amount));
      const actual = new Decimal(total.amount ?? 0);
      const comparison = compareAmounts(expected, actual);
      if (comparison.kind === 'equal') return true;
      const places = placesOf([total.amount, ...parts.map((part) => part.amount)]);
      const expectedText = `${formatAmount(expected, places)}${spaced(total.unit)}`;
      let message = mismatchText(total, `${what} ${expectedText}`, comparison.difference, places);
      let severity = options?.severity ?? meta.severity;
      const printed = parts.filter((part) => part.amount !== undefined);
      const rounding = roundingTolerance(printed.length, places);
      if (comparison.kind === 'unit-slip') {
        message += '；恰好相差一万倍，单位可能写错（元/万元）';
      } else if (places > 0 && comparison.difference.abs().lessThanOrEqualTo(rounding)) {
        message += `；差额未超出 ${printed.length} 项各自四舍五入可能造成的 ${rounding.toString()}${spaced(total.unit)}，疑为舍入所致，但印出的数字应当相加一致`;
        if (!options?.severity) severity = 'warning';
      }
      report(total, parts, expected, places, withRemark(message, options), severity, null);
      return false;
    },

    equal(checked, other, what, options) {
      if (isBlank(checked) && isBlank(other)) return true;
      comparisons += 1;
      const { value, tolerance } = converted(checked, other);
      const actual = new Decimal(checked.amount ?? 0);
      const comparison = compareAmounts(value, actual, tolerance ?? undefined);
      if (comparison.kind === 'equal' || comparison.kind === 'within-tolerance') return true;
      const places = placesOf([checked.amount, other.amount && checked.unit === other.unit ? other.amount : undefined]);
      const compared = `${what ?? nameOf(other)} ${shown(other)}`;
      let message = mismatchText(checked, compared, comparison.difference, places);
      if (comparison.kind === 'unit-slip') message += '；恰好相差一万倍，单位可能写错（元/万元）';
      if (tolerance)
        message += `（两表单位不同，已按 ${formatAmount(tolerance, printedPlaces(tolerance.toString()))}${spaced(checked.unit)} 的舍入误差比较）`;
      report(
        checked,
        [other],
        value,
        places,
        withRemark(message, options),
        options?.severity ?? meta.severity,
        tolerance,
      );
      return false;
    },

    atMost(checked, limit, what, options) {
      if (isBlank(checked)) return true;
      comparisons += 1;
      const { value, tolerance } = converted(checked, limit);
      const actual = new Decimal(checked.amount ?? 0);
      const excess = actual.minus(value);
      if (excess.lessThanOrEqualTo(tolerance ?? 0)) return true;
      const places = placesOf([checked.amount, limit.unit === checked.unit ? limit.amount : undefined]);
      const limitText = `${what ?? nameOf(limit)} ${shown(limit)}`;
      let message = `${nameOf(checked)} ${shown(checked)}，超过${limitText}，多出 ${formatAmount(excess, places)}${spaced(checked.unit)}`;
      if (compareAmounts(value, actual).kind === 'unit-slip') message += '；恰好相差一万倍，单位可能写错（元/万元）';
      if (tolerance)
        message += `（两表单位不同，已按 ${formatAmount(tolerance, printedPlaces(tolerance.toString()))}${spaced(checked.unit)} 的舍入误差比较）`;
      report(
        checked,
        [limit],
        value,
        places,
        withRemark(message, options),
        options?.severity ?? meta.severity,
        tolerance,
      );
      return false;
    },

    note(at, message, severity) {
      findings.push({
        ruleId: meta.id,
        severity: severity ?? meta.severity,
        message,
        location: at,
        related: [],
        expected: null,
        actual: null,
        difference: null,
        unit: null,
      });
    },

    outcome(applicable) {
      return { applicable, comparisons, findings };
    },
  };
}
