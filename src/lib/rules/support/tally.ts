// Counting the comparisons a rule makes and turning the failed ones into findings. Every finding
// of every rule is built here (report), from a messageId of the rule's meta.messages and its data,
// so table rules word their findings alike: the checked figure, what it should be, the difference, the unit.
//
// NOTE: exactness. Figures printed in one table add exactly: a publisher who prints parts to 0.01
// can (and usually does) make their printed total the sum of the printed parts, so a total off by
// a cent is a finding. When the gap is no larger than the parts' rounding could open (n × half a
// unit of the last printed place) it is still reported, as a warning that says so, without a
// tolerance. A tolerance is applied only where exactness is impossible: comparing a figure with one
// printed in another unit (元 against 万元 rounded to 0.01), and then it is stated in the finding.

import Decimal from 'decimal.js';
import type { Unit } from '../../model/disclosure';
import type {
  CellLocation,
  Finding,
  FindingData,
  FindingType,
  Location,
  Materiality,
  Severity,
} from '../../model/finding';
import type { RuleMeta, RuleOutcome } from '../rule';
import {
  exactSum,
  amountValue,
  compareAmounts,
  fromYuan,
  inYuan,
  printedPlaces,
  roundingTolerance,
  sumOf,
} from './amounts';
import { cellName, formatAmount, placesOf } from './describe';
import { cellAt, type TableRef } from './locate';
import { fillTemplate } from './messages';

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

const isBlank = (figure: Figure) => amountValue(figure.amount).isZero();

export interface CheckOptions {
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
  /** A messageId of the rule appended to the message (why this identity may legitimately differ…). */
  remark?: string;
  /** Placeholders the remark needs. */
  data?: FindingData;
  /**
   * For `equal`: the other figure is printed as the sum of this many rounded parts (a 类 over its
   * 项), so a gap within their rounding is a warning of type rounding, not a mismatch.
   */
  roundedParts?: number;
}

/** One finding as a rule states it; `report` words it from the rule's messages. */
export interface FindingSpec {
  messageId: string;
  /** Further messageIds whose sentences follow the message (a unit slip, a tolerance…). */
  notes?: string[];
  data: FindingData;
  type: FindingType;
  location: Location;
  related?: Location[];
  /** The rule's severity unless given. */
  severity?: Severity;
  /** Decimal text in `unit`, for findings about an amount. */
  expected?: string | null;
  actual?: string | null;
  difference?: string | null;
  unit?: Unit | null;
  tolerance?: string;
}

const spaced = (unit: Unit | null) => (unit ? ` ${unit}` : '');
const shown = (figure: Figure) => (figure.amount === undefined ? '空白' : `${figure.amount}${spaced(figure.unit)}`);

/**
 * `other` in the unit of `checked`, with the tolerance its rounding needs when the units differ:
 * half a unit of the last place printed in the coarser unit.
 */
function converted(checked: Figure, other: Figure): { value: Decimal; tolerance: Decimal | null } {
  const value = amountValue(other.amount);
  if (!checked.unit || !other.unit || checked.unit === other.unit) return { value, tolerance: null };
  const coarser = checked.unit === '万元' ? checked : other;
  const coarseTolerance = roundingTolerance(1, printedPlaces(coarser.amount ?? '0'));
  const toleranceYuan = inYuan(coarseTolerance, '万元');
  return { value: fromYuan(inYuan(value, other.unit), checked.unit), tolerance: fromYuan(toleranceYuan, checked.unit) };
}

const toleranceText = (tolerance: Decimal) => formatAmount(tolerance, printedPlaces(tolerance.toString()));

/**
 * The difference of a finding about an amount and its share of the amount it should be (else of
 * the amount printed): two significant digits below 1%, two decimals above.
 */
function materialityOf(finding: Finding): Materiality | null {
  if (!finding.unit || finding.difference === null) return null;
  const difference = new Decimal(finding.difference).abs();
  const base = [finding.expected, finding.actual]
    .map((amount) => new Decimal(amount ?? 0).abs())
    .find((amount) => !amount.isZero());
  if (!base || difference.isZero()) return null;
  const percent = difference.dividedBy(base).times(100);
  const shown = percent.greaterThanOrEqualTo(1) ? percent.toDecimalPlaces(2) : percent.toSignificantDigits(2);
  return { difference: difference.toFixed(), percentOfAmount: shown.toFixed() };
}

/** The placeholders of the mismatch and exceeds sentences. */
const amountData = (checked: Figure, compared: string, expected: string, gap: Decimal, places: number) => ({
  checked: nameOf(checked),
  printed: shown(checked),
  compared,
  expected,
  gap: `${formatAmount(gap, places)}${spaced(checked.unit)}`,
});

/** The unit-tolerance sentence and its placeholder, when a tolerance was applied. */
const toleranceNote = (checked: Figure, tolerance: Decimal | null): { notes: string[]; data: FindingData } =>
  tolerance
    ? { notes: ['unitTolerance'], data: { tolerance: `${toleranceText(tolerance)}${spaced(checked.unit)}` } }
    : { notes: [], data: {} };

const amountOfFigure = (figure: Figure) => figure.amount;

/**
 * Builds findings for one rule and counts the comparisons made through it. A class, not closures:
 * every rule makes one per run, and closures made per call cost a naming call each under tsx.
 */
export class Tally {
  private comparisons = 0;
  private readonly findings: Finding[] = [];

  constructor(private readonly meta: RuleMeta) {}

  private sentence(messageId: string, data: FindingData): string {
    const template = this.meta.messages[messageId];
    if (template === undefined) throw new Error(`rule ${this.meta.id} has no message ${messageId}`);
    return fillTemplate(template, data);
  }

  /** Records any finding. */
  report(spec: FindingSpec): void {
    const finding: Finding = {
      ruleId: this.meta.id,
      messageId: spec.messageId,
      type: spec.type,
      severity: spec.severity ?? this.meta.severity,
      message: [spec.messageId, ...(spec.notes ?? [])].map((id) => this.sentence(id, spec.data)).join(''),
      data: spec.data,
      location: spec.location,
      related: spec.related ?? [],
      expected: spec.expected ?? null,
      actual: spec.actual ?? null,
      difference: spec.difference ?? null,
      unit: spec.unit ?? null,
    };
    if (spec.tolerance !== undefined) finding.tolerance = spec.tolerance;
    const materiality = materialityOf(finding);
    if (materiality) finding.materiality = materiality;
    this.findings.push(finding);
  }

  /** A finding about `checked`, an amount compared with `expected`. */
  private reportAmount(
    checked: Figure,
    related: Figure[],
    expected: Decimal,
    places: number,
    spec: Pick<FindingSpec, 'messageId' | 'notes' | 'data' | 'type' | 'severity'>,
    options: CheckOptions | undefined,
    tolerance: Decimal | null,
  ) {
    const actual = amountValue(checked.amount);
    this.report({
      ...spec,
      notes: [...(spec.notes ?? []), ...(options?.remark ? [options.remark] : [])],
      data: { ...spec.data, ...options?.data },
      location: locationOf(checked),
      related: related.map(locationOf),
      expected: formatAmount(expected, places),
      actual: checked.amount ?? '0',
      difference: formatAmount(actual.minus(expected), places),
      unit: checked.unit,
      ...(tolerance ? { tolerance: toleranceText(tolerance) } : {}),
    });
  }

  /** Checks a printed total against the sum of printed parts of the same table: exact. */
  sum(total: Figure, parts: Figure[], what: string, options?: CheckOptions): boolean {
    const exact = exactSum(total.amount, parts, amountOfFigure);
    if (exact === 'blank' || (exact === null && isBlank(total) && parts.every(isBlank))) return true;
    this.comparisons += 1;
    if (exact === 'holds') return true;
    const expected = sumOf(parts.map(amountOfFigure));
    const actual = amountValue(total.amount);
    const comparison = compareAmounts(expected, actual);
    if (comparison.kind === 'equal') return true;
    const places = placesOf([total.amount, ...parts.map(amountOfFigure)]);
    const expectedText = `${formatAmount(expected, places)}${spaced(total.unit)}`;
    const data: FindingData = amountData(total, what, expectedText, comparison.difference.abs(), places);
    let severity = options?.severity ?? this.meta.severity;
    let type: FindingType = 'mismatch';
    const printed = parts.filter((part) => part.amount !== undefined);
    const rounding = roundingTolerance(printed.length, places);
    if (comparison.kind === 'unit-slip') {
      type = 'unit-slip';
    } else if (places > 0 && comparison.difference.abs().lessThanOrEqualTo(rounding)) {
      type = 'rounding';
      data.parts = printed.length;
      data.rounding = `${rounding.toString()}${spaced(total.unit)}`;
      if (!options?.severity) severity = 'warning';
    }
    const notes = type === 'unit-slip' ? ['unitSlip'] : type === 'rounding' ? ['rounding'] : [];
    this.reportAmount(
      total,
      parts,
      expected,
      places,
      { messageId: 'mismatch', notes, data, type, severity },
      options,
      null,
    );
    return false;
  }

  /**
   * `sum` over cells of one column of a table: the total at `totalRow`, the parts at `partRows`.
   * Nearly every such sum holds, and it is settled on the printed text; figures are made only to
   * word a finding.
   */
  sumOfRows(
    ref: TableRef,
    column: string,
    totalRow: number,
    partRows: readonly number[],
    what: string,
    options?: CheckOptions,
  ): boolean {
    const rows = ref.table.rows;
    if (this.settled(exactSum(rows[totalRow]?.cells[column], partRows, (row) => rows[row]?.cells[column]))) return true;
    const parts = partRows.map((row) => figureAt(ref, row, column));
    return this.sum(figureAt(ref, totalRow, column), parts, what, options);
  }

  /** `sum` over cells of one row of a table, as sumOfRows: the total in `totalColumn`, the parts in `partColumns`. */
  sumOfColumns(
    ref: TableRef,
    row: number,
    totalColumn: string,
    partColumns: readonly string[],
    what: string,
    options?: CheckOptions,
  ): boolean {
    const cells = ref.table.rows[row]?.cells;
    if (this.settled(exactSum(cells?.[totalColumn], partColumns, (column) => cells?.[column]))) return true;
    const parts = partColumns.map((column) => figureAt(ref, row, column));
    return this.sum(figureAt(ref, row, totalColumn), parts, what, options);
  }

  /**
   * `sum` over cells that sumOfRows and sumOfColumns do not reach (a summary side's, read through
   * its column paths): `amountOf` reads a cell's text, `figureOf` makes its figure, only to word a
   * finding.
   */
  sumOfCells<Cell>(
    total: Cell,
    parts: readonly Cell[],
    amountOf: (cell: Cell) => string | undefined,
    figureOf: (cell: Cell) => Figure,
    what: string,
    options?: CheckOptions,
  ): boolean {
    if (this.settled(exactSum(amountOf(total), parts, amountOf))) return true;
    return this.sum(figureOf(total), parts.map(figureOf), what, options);
  }

  /** Whether a sum read in place needs no more: blank (not counted), or holding (counted). */
  private settled(exact: ReturnType<typeof exactSum>): boolean {
    if (exact === 'holds') this.comparisons += 1;
    return exact === 'blank' || exact === 'holds';
  }

  /** Checks a printed figure against another (maybe in another table and unit). */
  equal(checked: Figure, other: Figure, what?: string, options?: CheckOptions): boolean {
    if (isBlank(checked) && isBlank(other)) return true;
    this.comparisons += 1;
    const { value, tolerance } = converted(checked, other);
    const actual = amountValue(checked.amount);
    const comparison = compareAmounts(value, actual, tolerance ?? undefined);
    if (comparison.kind === 'equal' || comparison.kind === 'within-tolerance') return true;
    const places = placesOf([checked.amount, other.amount && checked.unit === other.unit ? other.amount : undefined]);
    const slip = comparison.kind === 'unit-slip';
    const withTolerance = toleranceNote(checked, tolerance);
    const partsRounding = roundingTolerance(options?.roundedParts ?? 0, places);
    const rounding = !slip && !tolerance && places > 0 && comparison.difference.abs().lessThanOrEqualTo(partsRounding);
    this.reportAmount(
      checked,
      [other],
      value,
      places,
      {
        messageId: 'mismatch',
        notes: [...(slip ? ['unitSlip'] : []), ...(rounding ? ['partsRounding'] : []), ...withTolerance.notes],
        data: {
          ...amountData(checked, what ?? nameOf(other), shown(other), comparison.difference.abs(), places),
          ...withTolerance.data,
          ...(rounding
            ? { parts: options!.roundedParts!, rounding: `${partsRounding.toString()}${spaced(checked.unit)}` }
            : {}),
        },
        type: slip ? 'unit-slip' : rounding ? 'rounding' : 'mismatch',
        severity: options?.severity ?? (rounding ? 'warning' : undefined),
      },
      options,
      tolerance,
    );
    return false;
  }

  /** Checks that a printed figure does not exceed a limit printed elsewhere. */
  atMost(checked: Figure, limit: Figure, what?: string, options?: CheckOptions): boolean {
    if (isBlank(checked)) return true;
    this.comparisons += 1;
    const { value, tolerance } = converted(checked, limit);
    const actual = amountValue(checked.amount);
    const excess = actual.minus(value);
    if (excess.lessThanOrEqualTo(tolerance ?? 0)) return true;
    const places = placesOf([checked.amount, limit.unit === checked.unit ? limit.amount : undefined]);
    const slip = compareAmounts(value, actual).kind === 'unit-slip';
    const withTolerance = toleranceNote(checked, tolerance);
    this.reportAmount(
      checked,
      [limit],
      value,
      places,
      {
        messageId: 'exceeds',
        notes: [...(slip ? ['unitSlip'] : []), ...withTolerance.notes],
        data: { ...amountData(checked, what ?? nameOf(limit), shown(limit), excess, places), ...withTolerance.data },
        type: slip ? 'unit-slip' : 'exceeds',
        severity: options?.severity,
      },
      options,
      tolerance,
    );
    return false;
  }

  /** Records a finding that is not about an amount (a malformed code…) at a cell. */
  note(at: CellLocation, messageId: string, data: FindingData, type: FindingType, severity?: Severity): void {
    this.report({ messageId, data, type, location: at, severity });
  }

  outcome(applicable: boolean): RuleOutcome {
    return { applicable, comparisons: this.comparisons, findings: this.findings };
  }
}
