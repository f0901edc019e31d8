// Exact comparison of amounts across units, with a stated tolerance only where rounding makes
// exactness impossible, and the ×10000 unit slip told apart from a plain mismatch.

import { Decimal, unitFactor } from '../../model/amount';

export { fromYuan, inYuan } from '../../model/amount';

const TEN_THOUSAND = unitFactor('万元');

const ZERO = new Decimal(0);

/** Texts parsed so far; cleared when full, so a long batch of files does not keep every amount. */
const parsedAmounts = new Map<string, Decimal>();
const PARSED_AMOUNTS_LIMIT = 10_000;

/**
 * A printed amount as an exact value (blank → 0). Many rules read the same cells, each as a total
 * and as a part, and decimal.js values are immutable: each distinct text is parsed once.
 */
export function amountValue(amount: string | undefined): Decimal {
  if (amount === undefined) return ZERO;
  let value = parsedAmounts.get(amount);
  if (value === undefined) {
    if (parsedAmounts.size >= PARSED_AMOUNTS_LIMIT) parsedAmounts.clear();
    value = new Decimal(amount);
    parsedAmounts.set(amount, value);
  }
  return value;
}

/** Most decimals an amount may print to be added as a whole number of their units (below). */
const WHOLE_UNIT_PLACES = 4;
const PLAIN_DECIMAL = /^-?\d+(?:\.\d{1,4})?$/;
/** Texts read as whole ten-thousandths so far (null: not a plain amount that fits); cleared like parsedAmounts. */
const wholeUnitAmounts = new Map<string, number | null>();

/**
 * A printed amount as a whole number of ten-thousandths (`6570.38` → 65703800), exact as a double;
 * null when it prints more decimals or more digits than that allows.
 */
function wholeUnits(amount: string): number | null {
  let units = wholeUnitAmounts.get(amount);
  if (units === undefined) {
    if (wholeUnitAmounts.size >= PARSED_AMOUNTS_LIMIT) wholeUnitAmounts.clear();
    units = null;
    if (PLAIN_DECIMAL.test(amount)) {
      const point = amount.indexOf('.');
      const places = point < 0 ? 0 : amount.length - point - 1;
      const digits = Number(point < 0 ? amount : amount.slice(0, point) + amount.slice(point + 1));
      const scaled = digits * 10 ** (WHOLE_UNIT_PLACES - places);
      if (Number.isSafeInteger(scaled)) units = scaled;
    }
    wholeUnitAmounts.set(amount, units);
  }
  return units;
}

/**
 * How printed parts stand against a printed total (blanks → 0): all blank or zero, adding up
 * exactly, or not; null when some amount does not fit whole-number arithmetic. Nearly every sum a
 * table prints holds, and adding whole numbers is many times cheaper than decimal.js; a sum that
 * fails is then worked out in decimals. `amountOf` reads a part's amount: a figure's, or a cell's
 * text read in place, so a sum that holds makes no figure at all.
 */
export function exactSum<Part>(
  total: string | undefined,
  parts: readonly Part[],
  amountOf: (part: Part) => string | undefined,
): 'blank' | 'holds' | 'fails' | null {
  let remaining = total === undefined ? 0 : wholeUnits(total);
  if (remaining === null) return null;
  let blank = remaining === 0;
  for (const part of parts) {
    const amount = amountOf(part);
    if (amount === undefined) continue;
    const units = wholeUnits(amount);
    if (units === null) return null;
    blank &&= units === 0;
    remaining -= units;
    // Past the doubles' exact integers a difference could round: decided in decimals instead.
    if (!Number.isSafeInteger(remaining)) return null;
  }
  return blank ? 'blank' : remaining === 0 ? 'holds' : 'fails';
}

/** Sum of decimal texts (blank → 0). */
export function sumOf(amounts: Array<string | undefined>): Decimal {
  return amounts.reduce(
    (total: Decimal, amount) => (amount === undefined ? total : total.plus(amountValue(amount))),
    ZERO,
  );
}

/** Units of the last place by places (10^-places): few occur, and decimal.js computes pow slowly. */
const lastPlaceUnits = new Map<number, Decimal>();
/** Their halves, by places: a division each time otherwise. */
const halfLastPlaceUnits = new Map<number, Decimal>();

/** One unit of the last of `places` decimals: 2 → 0.01, 0 → 1. */
export function lastPlaceUnit(places: number): Decimal {
  let unit = lastPlaceUnits.get(places);
  if (unit === undefined) {
    unit = new Decimal(10).pow(-places);
    lastPlaceUnits.set(places, unit);
  }
  return unit;
}

/** Half a unit of the last of `places` decimals, how far rounding reaches: 2 → 0.005. */
export function halfLastPlaceUnit(places: number): Decimal {
  let half = halfLastPlaceUnits.get(places);
  if (half === undefined) {
    half = lastPlaceUnit(places).dividedBy(2);
    halfLastPlaceUnits.set(places, half);
  }
  return half;
}

/** Decimal places printed: `6570.38` → 2, `17780` → 0. */
export function printedPlaces(amount: string): number {
  // Counted in place: splitting every amount read made arrays and strings by the thousand.
  const point = amount.indexOf('.');
  if (point < 0) return 0;
  const next = amount.indexOf('.', point + 1);
  return (next < 0 ? amount.length : next) - point - 1;
}

/**
 * The largest gap rounding can open between n parts each rounded to `places` decimals and their
 * separately rounded total: n × half a unit of the last place (0 when the parts are exact).
 */
export function roundingTolerance(partCount: number, places: number): Decimal {
  return new Decimal(partCount).times(lastPlaceUnit(places)).dividedBy(2);
}

export type Comparison =
  | { kind: 'equal' }
  | { kind: 'within-tolerance'; difference: Decimal }
  | { kind: 'unit-slip'; difference: Decimal }
  | { kind: 'mismatch'; difference: Decimal };

/**
 * Compares a printed figure with what it should be. `tolerance` (in the same unit) is for sums of
 * rounded parts only. A figure off by exactly ×10000 (or ÷10000) is a unit slip: 元 written for 万元.
 */
export function compareAmounts(expected: Decimal, actual: Decimal, tolerance: Decimal = ZERO): Comparison {
  // Most figures agree: compared without computing (and allocating) a difference.
  if (actual.equals(expected)) return { kind: 'equal' };
  const difference = actual.minus(expected);
  if (difference.abs().lessThanOrEqualTo(tolerance)) return { kind: 'within-tolerance', difference };
  if (
    !expected.isZero() &&
    (actual.equals(expected.times(TEN_THOUSAND)) || actual.times(TEN_THOUSAND).equals(expected))
  ) {
    return { kind: 'unit-slip', difference };
  }
  return { kind: 'mismatch', difference };
}
