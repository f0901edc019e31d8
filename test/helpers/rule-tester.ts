// ESLint-style rule tests: valid documents give no finding, invalid ones give the findings listed,
// asserted by messageId and the figures (data, amounts, location), never by the Chinese wording,
// which lives in the rule's meta.messages and is covered by the golden reports.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import type { Finding, FindingData, FindingType, Severity } from '../../src/lib/model/finding';
import { readFigures } from '../../src/lib/narrative/read-figures';
import type { Rule, RuleInput, RuleOutcome } from '../../src/lib/rules/rule';

/** A document, or what the rule reads; a function is called inside the test (documents read lazily). */
export type CaseInput = Disclosure | RuleInput | (() => Disclosure | RuleInput | Promise<Disclosure | RuleInput>);

export interface ValidCase {
  name: string;
  input: CaseInput;
  /** Read the text's figures too (rules about the explanation text). */
  withFigures?: boolean;
  /** At least this many comparisons (a clean document shows what was verified); 1 unless given. */
  minComparisons?: number;
  /** Exactly this many comparisons. */
  comparisons?: number;
  /** The document has nothing the rule checks. */
  notApplicable?: boolean;
}

/** What a finding must show: its messageId, and whichever figures the case pins down. */
export interface ExpectedFinding {
  messageId: string;
  type?: FindingType;
  severity?: Severity;
  data?: FindingData;
  location?: Record<string, unknown>;
  /** How many related locations, or what the first ones are. */
  related?: number | Record<string, unknown>[];
  expected?: string | null;
  actual?: string | null;
  difference?: string | null;
  unit?: string | null;
  /** null: no tolerance was applied. */
  tolerance?: string | null;
}

export interface InvalidCase {
  name: string;
  input: CaseInput;
  withFigures?: boolean;
  findings: ExpectedFinding[];
  /** Compare only the findings this selects (a real document with findings of its own). */
  only?: (finding: Finding) => boolean;
}

export async function ruleInput(input: CaseInput, withFigures = false): Promise<RuleInput> {
  const value = typeof input === 'function' ? await input() : input;
  if ('disclosure' in value) return value;
  return { disclosure: value, figures: withFigures ? readFigures(value) : [] };
}

/** Runs the rule on the case's input. */
export async function runCase(rule: Rule, input: CaseInput, withFigures = false): Promise<RuleOutcome> {
  return rule.check(await ruleInput(input, withFigures));
}

/** The findings match the expected ones in order, each with a messageId the rule declares. */
export function expectFindings(rule: Rule, findings: Finding[], expected: ExpectedFinding[]): void {
  expect(findings.map((finding) => finding.messageId)).toEqual(expected.map((finding) => finding.messageId));
  findings.forEach((finding, index) => {
    expect(Object.keys(rule.meta.messages)).toContain(finding.messageId);
    expect(finding.ruleId).toBe(rule.meta.id);
    const { related, data, tolerance, ...fields } = expected[index]!;
    expect(finding).toMatchObject(fields);
    if (tolerance === null) expect(finding.tolerance).toBeUndefined();
    else if (tolerance !== undefined) expect(finding.tolerance).toBe(tolerance);
    if (data) expect(finding.data).toMatchObject(data);
    if (typeof related === 'number') expect(finding.related).toHaveLength(related);
    else if (related) expect(finding.related.slice(0, related.length)).toMatchObject(related);
  });
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id} (rule tester)`, () => {
    for (const valid of cases.valid) {
      it(`valid: ${valid.name}`, async () => {
        const outcome = await runCase(rule, valid.input, valid.withFigures);
        expect(outcome.findings).toEqual([]);
        if (valid.notApplicable) {
          expect(outcome.applicable).toBe(false);
          return;
        }
        expect(outcome.applicable).toBe(true);
        if (valid.comparisons !== undefined) expect(outcome.comparisons).toBe(valid.comparisons);
        else expect(outcome.comparisons).toBeGreaterThanOrEqual(valid.minComparisons ?? 1);
      });
    }
    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name}`, async () => {
        const { findings } = await runCase(rule, invalid.input, invalid.withFigures);
        expectFindings(rule, invalid.only ? findings.filter(invalid.only) : findings, invalid.findings);
      });
    }
  });
}
