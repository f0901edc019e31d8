// Exact amounts: decimal.js values from printed decimal text, and unit conversion for comparing.

import Decimal from 'decimal.js';
import type { Unit } from './disclosure';

export { Decimal };

const ONE = new Decimal(1);
const TEN_THOUSAND = new Decimal(10000);

/** Yuan per unit: comparing across tables normalises to 元 and keeps what was printed. */
export function unitFactor(unit: Unit): Decimal {
  return unit === '万元' ? TEN_THOUSAND : ONE;
}

export function inYuan(amount: string | Decimal, unit: Unit): Decimal {
  return new Decimal(amount).times(unitFactor(unit));
}

export function fromYuan(yuan: Decimal, unit: Unit): Decimal {
  return yuan.dividedBy(unitFactor(unit));
}

/** Printed decimal text in one unit as an exact amount in another (万元 → 元 and back, no floats). */
export function convertAmount(printed: string, from: Unit, to: Unit): Decimal {
  // NOTE: decimal.js division is exact here because the divisor is a power of ten.
  return fromYuan(inYuan(printed, from), to);
}

/** A part's share of a whole as percent text to two places (`96.97%`); `—` for a zero whole. */
export function formatShare(part: Decimal, whole: Decimal): string {
  if (whole.isZero()) return '—';
  return `${part.div(whole).times(100).toFixed(2)}%`;
}

/**
 * A printed amount as the page shows it: 元 amounts with their integer digits in groups of three
 * (`371514655.00` → `371,514,655.00`), which a nine-digit figure needs to be read at a glance.
 * Anything that is not a plain decimal, and every amount in other units, is left as printed;
 * exports always keep the printed text.
 */
export function displayAmount(printed: string, unit: Unit | null): string {
  if (unit !== '元') return printed;
  const match = /^(-?)(\d{4,})(\.\d+)?$/.exec(printed);
  if (!match) return printed;
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
}
