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
