// What a printed figure can stand for, and whether a claim computed from printed figures can be
// right: a document prints every amount and percentage rounded (or, often in percentages,
// truncated) at the places it shows, so a claim is consistent when some value its printed inputs
// may stand for, put through the claim's arithmetic, prints as the claim does.
//
// NOTE: ranges are closed at both ends. A half-open range would be exact, but a claim that lands
// precisely on a rounding boundary is consistent either way a publisher rounds it.

import { Decimal } from '../../model/amount';
import { amountValue, halfLastPlaceUnit, lastPlaceUnit, printedPlaces } from './amounts';

/** Every exact value in [low, high]. */
export interface ValueRange {
  low: Decimal;
  high: Decimal;
}

const unitOfLastPlace = (printed: string) => lastPlaceUnit(printedPlaces(printed));

/**
 * The exact values that print as `printed`, rounded half-up or truncated at its places: for
 * 9.1, [9.05, 9.2] — rounding reaches down to 9.05, truncation up to just below 9.2.
 */
export function printedRange(printed: string): ValueRange {
  const value = amountValue(printed);
  const places = printedPlaces(printed);
  const unit = lastPlaceUnit(places);
  const half = halfLastPlaceUnit(places);
  // Truncation moves toward zero, so a negative figure may stand for a value further below it.
  return value.isNegative()
    ? { low: value.minus(unit), high: value.plus(half) }
    : { low: value.minus(half), high: value.plus(unit) };
}

/**
 * The exact values that print as the amount `printed` rounded half-up at its places: for 317.80,
 * [317.795, 317.805]. Amounts are rounded (from 元, cell by cell); truncation is a habit of
 * percentages only.
 */
export function roundedRange(printed: string): ValueRange {
  return roundedRangeAt(printed, printedPlaces(printed));
}

/** As roundedRange, at `places` decimals where the text dropped trailing zeros (110 beside 156.55). */
export function roundedRangeAt(printed: string, places: number): ValueRange {
  const value = amountValue(printed);
  const half = halfLastPlaceUnit(places);
  return { low: value.minus(half), high: value.plus(half) };
}

/** An exact value as a range of one point. */
export const exactly = (value: Decimal.Value): ValueRange => ({ low: new Decimal(value), high: new Decimal(value) });

export function differenceOf(a: ValueRange, b: ValueRange): ValueRange {
  return { low: a.low.minus(b.high), high: a.high.minus(b.low) };
}

export function sumOfRanges(ranges: readonly ValueRange[]): ValueRange {
  return ranges.reduce(
    (total, range) => ({ low: total.low.plus(range.low), high: total.high.plus(range.high) }),
    exactly(0),
  );
}

/** `part / whole × 100` (a module function: a closure made per call costs a naming call under tsx). */
const percentOf = (part: Decimal, whole: Decimal) => part.dividedBy(whole).times(100);

/**
 * `part / whole × 100`, over every value the two may stand for; null when the whole may be zero
 * or change sign (no percentage is defined there).
 */
export function percentageOf(part: ValueRange, whole: ValueRange): ValueRange | null {
  if (!whole.low.isPositive() && !whole.high.isNegative()) return null;
  if (whole.low.greaterThan(0)) {
    // The usual case, a positive whole: the percentage rises with the part, and a smaller whole
    // magnifies it (up for a positive part, down for a negative one). So two of the four corners
    // are the extremes, and two divisions are spared.
    return {
      low: percentOf(part.low, part.low.isNegative() ? whole.low : whole.high),
      high: percentOf(part.high, part.high.isNegative() ? whole.high : whole.low),
    };
  }
  const corners = [part.low, part.high].flatMap((p) => [whole.low, whole.high].map((w) => percentOf(p, w)));
  return { low: Decimal.min(...corners), high: Decimal.max(...corners) };
}

/**
 * `part / (part + rest) × 100` where the whole is the part and the rest added up: the part moves
 * both, so the share is lowest with the part low and the rest high. Null unless both are positive.
 */
export function shareOfSum(part: ValueRange, rest: ValueRange): ValueRange | null {
  if (!part.low.isPositive() || rest.low.isNegative()) return null;
  return {
    low: percentOf(part.low, part.low.plus(rest.high)),
    high: percentOf(part.high, part.high.plus(rest.low)),
  };
}

const overlaps = (a: ValueRange, b: ValueRange) => a.low.lessThanOrEqualTo(b.high) && b.low.lessThanOrEqualTo(a.high);

export type ClaimAgreement =
  /** Some rounding or truncation of the inputs reproduces the claim as printed. */
  | 'consistent'
  /**
   * Off by one unit of the claim's last printed place and no more: what a document does when it
   * adjusts shares so that they add up to 100%, or rounds a rounded figure again.
   */
  | 'last-place'
  | 'inconsistent';

/** Whether a claim printed as `claimed` can be the result `computed` ranges over. */
export function claimAgreement(claimed: string, computed: ValueRange): ClaimAgreement {
  const claim = printedRange(claimed);
  if (overlaps(claim, computed)) return 'consistent';
  const unit = unitOfLastPlace(claimed);
  return overlaps({ low: claim.low.minus(unit), high: claim.high.plus(unit) }, computed)
    ? 'last-place'
    : 'inconsistent';
}

/**
 * Whether a claim printed as `claimed` surely agrees with `estimate`: the claim's arithmetic worked
 * out in doubles on the printed values of its inputs (each the middle of its range), within a few
 * units of 2^-53 of the exact result. Lying inside the claim's range by far more than that, the
 * exact result does too, and it is a value the inputs' ranges reach, so claimAgreement would find
 * the claim consistent. Nearly every claim of a text is: this spares the ranges in decimals (a
 * dozen decimal.js operations each); false when unsure, and the claim is worked out in decimals.
 */
export function surelyConsistent(claimed: string, estimate: number): boolean {
  const printed = Number(claimed);
  const unit = 10 ** -printedPlaces(claimed);
  // As printedRange (`-0` counts as negative there too).
  const negative = claimed.startsWith('-');
  const low = printed - (negative ? unit : unit / 2);
  const high = printed + (negative ? unit / 2 : unit);
  // Thousands of times what rounding in doubles (or decimals' 20 digits) could move either side.
  const slack = 1e-12 * (Math.abs(estimate) + Math.abs(printed) + 100);
  return low + slack < estimate && estimate < high - slack;
}
