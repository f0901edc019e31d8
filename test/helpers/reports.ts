// A read report of 香河 2024 with nothing in it, for tests of what shows or carries reports.

import type { DocumentReport } from '../../src/lib/model/report';

export function readReport(overrides: Partial<DocumentReport> = {}): DocumentReport {
  return {
    source: { name: '002.docx', format: 'docx', bytes: 48_128, pages: null },
    meta: {
      documentType: 'disclosure',
      orgCode: '320',
      orgName: '香河县医疗保障局',
      year: 2024,
      kind: '预算',
      scope: '部门',
    },
    tables: [],
    paragraphs: [],
    warnings: [],
    figures: [],
    findings: [],
    checks: [],
    ...overrides,
  };
}

/**
 * The report with only the findings of these rules: for tests written about particular findings of
 * a real report, which must not change when another rule starts finding something in it too.
 */
export function withFindingsOf(report: DocumentReport, ruleIds: readonly string[]): DocumentReport {
  return { ...report, findings: report.findings.filter((finding) => ruleIds.includes(finding.ruleId)) };
}
