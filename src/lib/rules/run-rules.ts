// Runs every rule on a disclosure: the findings, and a check list of what each rule verified.
// A rule meant for other kinds of document (completeness of a government report) is not run: its
// check is recorded as not applicable.
// A rule that throws is a bug of that rule alone: its check is recorded as crashed, with the error,
// and every other rule still runs.

import type { Disclosure } from '../model/disclosure';
import type { CheckResult, Finding } from '../model/finding';
import type { NarrativeFigure } from '../model/narrative-figure';
import { RULES } from './index';
import type { Rule, RuleOutcome } from './rule';

export interface Reconciliation {
  findings: Finding[];
  checks: CheckResult[];
}

export function runRules(disclosure: Disclosure, figures: NarrativeFigure[], rules: Rule[] = RULES): Reconciliation {
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];
  // Unknown only for a file that could not be read; judged as a disclosure, the strictest reading.
  const documentType = disclosure.meta.documentType ?? 'disclosure';
  for (const rule of rules) {
    const check = { ruleId: rule.meta.id, title: rule.meta.title, severity: rule.meta.severity };
    if (!rule.meta.documentTypes.includes(documentType)) {
      checks.push({ ...check, status: 'not-applicable', comparisons: 0, findings: 0 });
      continue;
    }
    let outcome: RuleOutcome;
    try {
      outcome = rule.check({ disclosure, figures });
    } catch (error) {
      checks.push({ ...check, status: 'crashed', comparisons: 0, findings: 0, error: String(error) });
      continue;
    }
    findings.push(...outcome.findings);
    checks.push({
      ...check,
      status: !outcome.applicable ? 'not-applicable' : outcome.findings.length > 0 ? 'failed' : 'passed',
      comparisons: outcome.comparisons,
      findings: outcome.findings.length,
    });
  }
  return { findings, checks };
}
