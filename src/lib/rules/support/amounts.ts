// Exact comparison of amounts across units, with a stated tolerance only where rounding makes
// exactness impossible, and the ×10000 unit slip told apart from a plain mismatch.

import { Decimal, unitFactor } from '../../model/amount';

export { fromYuan, inYuan } from '../../model/amount';

const TEN_THOUSAND = unitFactor('万元');

/** Sum of decimal texts (blank → 0). */
export function sumOf(amounts: Array<string | undefined>): Decimal {
  return amounts.reduce((total: Decimal, amount) => total.plus(amount ?? 0), new Decimal(0));
}

/** Decimal places printed: `6570.38` → 2, `17780` → 0. */
export function printedPlaces(amount: string): number {
  return amount.split('.')[1]?.length ?? 0;
}

/**
 * The largest gap rounding can open between n parts each rounded to `places` decimals and their
 * separately rounded total: n × half a unit of the last place (0 when the parts are exact).
 */
export function roundingTolerance(partCount: number, places: number): Decimal {
  return new Decimal(partCount).times(new Decimal(10).pow(-places)).dividedBy(2);
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
export function compareAmounts(expected: Decimal, actual: Decimal, tolerance: Decimal = new Decimal(0)): Comparison {
  const difference = actual.minus(expected);
  if (difference.isZero()) return { kind: 'equal' };
  if (difference.abs().lessThanOrEqualTo(tolerance)) return { kind: 'within-tolerance', difference };
  if (
    !expected.isZero() &&
    (actual.equals(expected.times(TEN_THOUSAND)) || actual.times(TEN_THOUSAND).equals(expected))
  ) {
    return { kind: 'unit-slip', difference };
  }
  return { kind: 'mismatch', difference };
}
