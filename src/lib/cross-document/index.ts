// Checks across several documents opened together: one file per check, each run over the pairs it
// applies to. Pure: the page's session and the CLI both call this with every report they hold.

import type { CheckResult, CrossDocumentFinding, CrossDocumentResult } from '../model/finding';
import type { DocumentReport } from '../model/report';
import type { RuleMeta } from '../rules/rule';
import { previousYearPairs, type YearPair } from './pairs';
import * as previousYearChanges from './previous-year-changes';

interface CrossYearCheck {
  meta: RuleMeta;
  check(pair: YearPair): { comparisons: number; findings: CrossDocumentFinding[] };
}

export const CROSS_YEAR_CHECKS: readonly CrossYearCheck[] = [previousYearChanges];

export function checkAcrossDocuments(reports: readonly DocumentReport[]): CrossDocumentResult {
  const pairs = previousYearPairs(reports);
  const findings: CrossDocumentFinding[] = [];
  const checks: CheckResult[] = CROSS_YEAR_CHECKS.map(({ meta, check }) => {
    const base = { ruleId: meta.id, title: meta.title, severity: meta.severity };
    if (pairs.length === 0) return { ...base, status: 'not-applicable', comparisons: 0, findings: 0 };
    try {
      const outcomes = pairs.map(check);
      const found = outcomes.flatMap((outcome) => outcome.findings);
      findings.push(...found);
      const comparisons = outcomes.reduce((total, outcome) => total + outcome.comparisons, 0);
      return { ...base, status: found.length ? 'failed' : 'passed', comparisons, findings: found.length };
    } catch (error) {
      return { ...base, status: 'crashed', comparisons: 0, findings: 0, error: String(error) };
    }
  });
  return { findings, checks };
}

/**
 * What the checks above read of a report (source, meta, narrative figures and the paragraphs they
 * quote), and nothing else: a batch of a thousand files keeps this instead of whole reports.
 * Paragraphs no figure points at are emptied, not removed, so that figures' indexes still hold.
 */
export function crossDocumentPart(report: DocumentReport): DocumentReport {
  const quoted = new Set(report.figures.map((figure) => figure.location.paragraph));
  return {
    source: report.source,
    meta: report.meta,
    tables: [],
    paragraphs: report.paragraphs.map((paragraph, k) => (quoted.has(k) ? paragraph : { text: '', page: null })),
    warnings: [],
    figures: report.figures,
    findings: [],
    checks: [],
    ...(report.error ? { error: report.error } : {}),
  };
}
