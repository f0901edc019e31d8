// Checks across several documents opened together: one file per check, each run over the pairs of
// documents it applies to (consecutive years, 预算 and 决算 of a year, 部门 and 单位). Pure: the page's
// session and the CLI both call this with every report they hold.

import type { CheckResult, CrossDocumentFinding, CrossDocumentResult } from '../model/finding';
import { withCorrectedMeta } from '../model/meta-correction';
import type { DocumentReport } from '../model/report';
import type { RuleMeta } from '../rules/rule';
import * as budgetAndOutturn from './budget-and-outturn';
import * as departmentAndUnit from './department-and-unit';
import { budgetOutturnPairs, departmentUnitPairs, previousYearPairs, type DocumentPair } from './pairs';
import * as previousYearChanges from './previous-year-changes';

interface CrossDocumentCheck {
  meta: RuleMeta;
  /** The pairs of open documents the check compares. */
  pairsOf(reports: readonly DocumentReport[]): DocumentPair[];
  check(pair: DocumentPair): { comparisons: number; findings: CrossDocumentFinding[] };
}

export const CROSS_DOCUMENT_CHECKS: readonly CrossDocumentCheck[] = [
  { ...previousYearChanges, pairsOf: previousYearPairs },
  { ...budgetAndOutturn, pairsOf: budgetOutturnPairs },
  { ...departmentAndUnit, pairsOf: departmentUnitPairs },
];

/** Each document is taken with the meta its user corrected (its year, organisation, kind). */
export function checkAcrossDocuments(reports: readonly DocumentReport[]): CrossDocumentResult {
  const corrected = reports.map(withCorrectedMeta);
  const findings: CrossDocumentFinding[] = [];
  const checks: CheckResult[] = CROSS_DOCUMENT_CHECKS.map(({ meta, pairsOf, check }) => {
    const base = { ruleId: meta.id, title: meta.title, severity: meta.severity };
    const pairs = pairsOf(corrected);
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

/** Why a check across documents compared nothing, in its own words. */
export function notApplicableReason(ruleId: string): string {
  return (
    CROSS_DOCUMENT_CHECKS.find(({ meta }) => meta.id === ruleId)?.meta.messages['notApplicable'] ?? '没有可对照的文件'
  );
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
    ...(report.metaCorrection ? { metaCorrection: report.metaCorrection } : {}),
  };
}
