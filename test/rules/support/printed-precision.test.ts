// Claims against the precision their inputs are printed with; cases from real disclosures in
// ../shared/real, as the 2017–2019 Jiangsu texts print them.

import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  claimAgreement,
  differenceOf,
  percentageOf,
  printedRange,
  roundedRange,
  shareOfSum,
  sumOfRanges,
  surelyConsistent,
} from '../../../src/lib/rules/support/printed-precision';
import { seededRandom } from '../../helpers/seeded-random';

const growth = (current: string, previous: string) =>
  percentageOf(differenceOf(printedRange(current), printedRange(previous)), printedRange(previous))!;
const share = (part: string, whole: string) => percentageOf(printedRange(part), printedRange(whole))!;

describe('printedRange', () => {
  it('covers rounding down to half a unit below and truncation up to a unit above', () => {
    const range = printedRange('9.1');
    expect([range.low.toFixed(), range.high.toFixed()]).toEqual(['9.05', '9.2']);
  });

  it('mirrors truncation for negative figures', () => {
    const range = printedRange('-184.96');
    expect([range.low.toFixed(), range.high.toFixed()]).toEqual(['-184.97', '-184.955']);
  });
});

describe('claimAgreement', () => {
  it('accepts a percentage truncated instead of rounded (2018年省检察院: 184.96 / 2021.18 = 9.151%, printed 9.1%)', () => {
    const change = percentageOf(printedRange('184.96'), printedRange('2021.18'))!;
    expect(claimAgreement('9.1', change)).toBe('consistent');
    expect(claimAgreement('9.2', change)).toBe('consistent');
  });

  it('accepts truncated growth rates (2017年省检察院 公共安全 2.31%; 2018 行政运行 36.58%)', () => {
    expect(claimAgreement('2.31', growth('13656.34', '13347.31'))).toBe('consistent');
    expect(claimAgreement('36.58', growth('10883.36', '7968.14'))).toBe('consistent');
  });

  it('accepts a small share truncated (2018年省检察院: 其他资金 14.39 of 21955.35 = 0.0655%, printed 0.06%)', () => {
    expect(claimAgreement('0.06', share('14.39', '21955.35'))).toBe('consistent');
  });

  it('widens with inputs printed with fewer decimals (a change of 28.1 over a base of 1000)', () => {
    const rate = percentageOf(printedRange('28.1'), printedRange('1000'))!;
    expect(claimAgreement('2.81', rate)).toBe('consistent');
    expect(claimAgreement('2.82', rate)).toBe('consistent');
    expect(claimAgreement('2.83', rate)).toBe('last-place');
    expect(claimAgreement('2.85', rate)).toBe('inconsistent');
  });

  it('calls a share balanced to 100% off by one last place (2018年省检察院: 21940.96 of 21955.35 = 99.934%, printed 99.94%)', () => {
    expect(claimAgreement('99.94', share('21940.96', '21955.35'))).toBe('last-place');
    // 2018年省检察院: 基本支出 13994.31 of 21955.35 = 63.7397%, printed 63.75%.
    expect(claimAgreement('63.75', share('13994.31', '21955.35'))).toBe('last-place');
  });

  it('lets a part printed with one decimal stand for what it may (省法院2017: 304.4 of 670.12, printed 45.43%)', () => {
    expect(claimAgreement('45.43', share('304.4', '670.12'))).toBe('consistent');
  });

  it('rejects digit slips (a share of 0.60% printed as 0.06%; 6.60% as 0.66%)', () => {
    expect(claimAgreement('0.06', share('60', '10000'))).toBe('inconsistent');
    expect(claimAgreement('0.66', share('660', '10000'))).toBe('inconsistent');
    expect(claimAgreement('129.97', share('12929', '10000'))).toBe('inconsistent');
  });

  it('sums ranges of rounded parts', () => {
    const total = sumOfRanges(['84.65', '160.75', '80.38', '0.94'].map(printedRange));
    expect(claimAgreement('326.71', total)).toBe('consistent');
  });
});

describe('roundedRange', () => {
  it('reads an amount as rounded half-up, never truncated', () => {
    const range = roundedRange('317.80');
    expect([range.low.toFixed(), range.high.toFixed()]).toEqual(['317.795', '317.805']);
  });
});

describe('shareOfSum', () => {
  const rounded = (parts: string[]) => sumOfRanges(parts.map(roundedRange));

  it('moves the whole with the part (江苏省委办公厅2018: 411.20 of 70 + 411.20 + 27 printed 80.92% is one last place off)', () => {
    expect(claimAgreement('80.92', shareOfSum(roundedRange('411.20'), rounded(['70.00', '27.00']))!)).toBe(
      'last-place',
    );
  });

  it('keeps shares no rounding reaches (2017年省检察院: 110 of 110 + 317.8 + 156.55 printed 18.85%, is 18.82%)', () => {
    expect(claimAgreement('18.85', shareOfSum(roundedRange('110.00'), rounded(['317.80', '156.55']))!)).toBe(
      'inconsistent',
    );
  });
});

describe('percentageOf', () => {
  it('is undefined over a whole that may be zero', () => {
    expect(percentageOf(printedRange('25'), printedRange('0.00'))).toBeNull();
  });

  it('spans every value part / whole may take, for parts of either sign and wholes of either sign', () => {
    const range = (low: string, high: string) => ({ low: new Decimal(low), high: new Decimal(high) });
    const span = (part: ReturnType<typeof range>, whole: ReturnType<typeof range>) => {
      const found = percentageOf(part, whole)!;
      return [found.low.toFixed(), found.high.toFixed()];
    };
    expect(span(range('1', '3'), range('2', '4'))).toEqual(['25', '150']);
    expect(span(range('-5', '3'), range('2', '4'))).toEqual(['-250', '150']);
    expect(span(range('-3', '-1'), range('2', '4'))).toEqual(['-150', '-25']);
    expect(span(range('1', '3'), range('-4', '-2'))).toEqual(['-150', '-25']);
    expect(span(range('-3', '-1'), range('-4', '-2'))).toEqual(['25', '150']);
  });
});

describe('surelyConsistent', () => {
  it('answers for a claim its estimate lies well inside, and not near the edges of what it prints', () => {
    // 2018年省检察院 行政运行: 10883.36 against 7968.14, printed 增长 36.58% (36.586…%).
    const estimate = ((10883.36 - 7968.14) / 7968.14) * 100;
    expect(surelyConsistent('36.58', estimate)).toBe(true);
    expect(surelyConsistent('36.59', estimate)).toBe(true);
    expect(surelyConsistent('36.57', estimate)).toBe(false);
    expect(surelyConsistent('36.60', estimate)).toBe(false);
    // Right at the edges of 9.1 ([9.05, 9.2]), where doubles cannot tell: left to decimals.
    expect(surelyConsistent('9.1', 9.05)).toBe(false);
    expect(surelyConsistent('9.1', 9.2)).toBe(false);
    expect(surelyConsistent('9.1', 9.0500001)).toBe(true);
  });

  it('reads a negative claim as printedRange does, truncated downwards', () => {
    expect(surelyConsistent('-3.5', -3.59)).toBe(true);
    expect(surelyConsistent('-3.5', -3.46)).toBe(true);
    expect(surelyConsistent('-3.5', -3.44)).toBe(false);
    expect(surelyConsistent('-0.00', 0.007)).toBe(false);
  });

  it('never calls consistent a growth rate the decimals do not (generated rates, claims nudged off by a few last places)', () => {
    const random = seededRandom(20241203);
    const amount = (digits: number) => (Math.floor(random() * 10 ** digits) / 100).toFixed(2);
    let rounded = 0;
    let roundedAnswered = 0;
    for (let i = 0; i < 4000; i++) {
      const previous = amount(2 + Math.floor(random() * 8));
      const current = amount(2 + Math.floor(random() * 8));
      if (new Decimal(previous).isZero()) continue;
      const change = new Decimal(current).minus(previous);
      // As text-arithmetic works a rate out: the printed values' ranges, and the estimate from the values.
      const computed = percentageOf(
        differenceOf(roundedRange(current), roundedRange(previous)),
        roundedRange(previous),
      );
      const estimate = (change.toNumber() / new Decimal(previous).toNumber()) * 100;
      const places = Math.floor(random() * 3);
      const nudge = Math.floor(random() * 5) - 2;
      const claim = new Decimal(estimate)
        .toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
        .plus(new Decimal(nudge).times(new Decimal(10).pow(-places)))
        .toFixed(places);
      const answered = surelyConsistent(claim, estimate);
      if (nudge === 0) rounded++;
      if (nudge === 0 && answered) roundedAnswered++;
      if (!answered) continue;
      expect(computed && claimAgreement(claim, computed), `${claim}% for ${current} against ${previous}`).toBe(
        'consistent',
      );
    }
    // It spares the decimals for nearly every claim rounded as usual.
    expect(roundedAnswered).toBeGreaterThan(rounded * 0.9);
  });
});
