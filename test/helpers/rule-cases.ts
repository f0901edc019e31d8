// Running one rule in tests: on a clean document (no finding, some comparisons) or a mutated one.

import { expect } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import type { CellLocation, Finding } from '../../src/lib/model/finding';
import type { Rule } from '../../src/lib/rules/rule';
import { withAmount } from './mutate';

export type Check = Rule['check'];

export const runOn = (check: Check, disclosure: Disclosure) => check({ disclosure, figures: [] });

/** Each document gives no finding and at least `minComparisons` comparisons. */
export function expectClean(check: Check, disclosures: Disclosure[], minComparisons: number) {
  for (const disclosure of disclosures) {
    const outcome = runOn(check, disclosure);
    expect(outcome.findings).toEqual([]);
    expect(outcome.applicable).toBe(true);
    expect(outcome.comparisons).toBeGreaterThanOrEqual(minComparisons);
  }
}

/** The one finding the rule reports on the document. */
export function onlyFinding(check: Check, disclosure: Disclosure): Finding {
  const { findings } = runOn(check, disclosure);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

export function cellOf(finding: Finding): CellLocation {
  expect(finding.location.type).toBe('cell');
  return finding.location as CellLocation;
}

/** The one finding the rule reports once one amount of `clean` is changed (see withAmount). */
export function findingAfter(
  check: Check,
  clean: Disclosure,
  ...change: Parameters<typeof withAmount> extends [Disclosure, ...infer Rest] ? Rest : never
): Finding {
  return onlyFinding(check, withAmount(clean, ...change));
}
