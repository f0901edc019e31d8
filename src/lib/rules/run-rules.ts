// Runs every rule on a disclosure: the findings, and a check list of what each rule verified.

import type { Disclosure } from '../model/disclosure';
import type { CheckResult, Finding } from '../model/finding';
import type { NarrativeFigure } from '../model/narrative-figure';
import { RULES } from './index';
import type { Rule } from './rule';

export interface Reconciliation {
  findings: Finding[];
  checks: CheckResult[];
}

export function runRules(disclosure: Disclosure, figures: NarrativeFigure[], rules: Rule[] = RULES): Reconciliation {
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];
  for (const rule of rules) {
    const outcome = rule.check({ disclosure, figures });
    findings.push(...outcome.findings);
    checks.push({
      ruleId: rule.meta.id,
      title: rule.meta.title,
      severity: rule.meta.severity,
      status: !outcome.applicable ? 'not-applicable' : outcome.findings.length > 0 ? 'failed' : 'passed',
      comparisons: outcome.comparisons,
      findings: outcome.findings.length,
    });
  }
  return { findings, checks };
}
