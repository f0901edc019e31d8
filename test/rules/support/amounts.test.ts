// The whole-number pass over a table sum (support/amounts exactSum): it must agree with decimal
// arithmetic wherever it answers, and leave to decimal.js what doubles cannot hold exactly.

import { describe, expect, it } from 'vitest';
import { exactSum, printedPlaces } from '../../../src/lib/rules/support/amounts';

const parts = (...amounts: Array<string | undefined>) => amounts.map((amount) => ({ amount }));
const amountOf = (part: { amount: string | undefined }) => part.amount;

describe('exactSum', () => {
  it('tells a sum that holds from one off by a cent', () => {
    expect(exactSum('6570.38', parts('6000.00', '570.38'), amountOf)).toBe('holds');
    expect(exactSum('6570.38', parts('6000', '570.37', undefined), amountOf)).toBe('fails');
  });

  it('calls blank only a sum with nothing but zeros and blanks printed', () => {
    expect(exactSum(undefined, parts('0.00', undefined, '0'), amountOf)).toBe('blank');
    expect(exactSum('0', parts('1.5', '-1.5'), amountOf)).toBe('holds');
    expect(exactSum(undefined, parts('0.01'), amountOf)).toBe('fails');
  });

  it('leaves to decimals what needs more than four places or more digits than a double holds', () => {
    expect(exactSum('0.12345', parts('0.12345'), amountOf)).toBeNull();
    expect(exactSum('9007199254740.993', parts('9007199254740.993'), amountOf)).toBeNull();
    expect(exactSum('1e3', parts('1000'), amountOf)).toBeNull();
  });

  it('stops where the running difference leaves the exact integers of a double', () => {
    expect(exactSum('500000000000', parts('500000000000', '500000000000', '-500000000000'), amountOf)).toBe('holds');
    expect(exactSum('-500000000000', parts('500000000000'), amountOf)).toBeNull();
  });
});

describe('printedPlaces', () => {
  it('counts the decimals printed after the point', () => {
    expect([printedPlaces('6570.38'), printedPlaces('17780'), printedPlaces('0.5'), printedPlaces('1.50')]).toEqual([
      2, 0, 1, 2,
    ]);
  });
});
