// The findings panel's order: findings grouped by what kind of problem they are (数字不符, 缺表/缺项…),
// most severe first within a group, each with its review key and mark; rounding-sized findings
// folded per table, since a table with many 舍入差异 would otherwise bury the real ones.

import type { Finding, FindingType, Severity } from '../model/finding';
import { FINDING_TYPE_NAMES } from '../model/finding-labels';
import type { DocumentReport } from '../model/report';
import { findingKeys, type FindingReview } from '../model/review';

export interface ListedFinding {
  finding: Finding;
  /** Index in `report.findings`: the finding's number is this plus one. */
  index: number;
  /** Its review key (`findingKeys`). */
  key: string;
  review: FindingReview | null;
}

/** The 舍入差异 of one table (or of the text), shown as one line until opened. */
export interface RoundingFold {
  place: string;
  findings: ListedFinding[];
}

export interface TypeGroup {
  /** `数字不符`, `格式`…; `其他` for findings of reports exported before findings had a type. */
  name: string;
  findings: ListedFinding[];
  /** Set for 舍入差异 only: its findings by table, in place of a flat list. */
  folds: RoundingFold[] | null;
}

/** Defects first; rounding, which is seldom one, last. */
const TYPE_ORDER: FindingType[] = [
  'mismatch',
  'unit-slip',
  'exceeds',
  'text-vs-table',
  'cross-document',
  'missing',
  'duplicate',
  'malformed',
  'order',
  'rounding',
];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const UNTYPED = '其他';

function foldPlace(finding: Finding): string {
  switch (finding.location.type) {
    case 'cell':
      return finding.location.tableTitle;
    case 'text':
      return '说明文字';
    case 'document':
      return finding.location.what;
  }
}

function foldByPlace(findings: ListedFinding[]): RoundingFold[] {
  const folds = new Map<string, ListedFinding[]>();
  for (const listed of findings) {
    const place = foldPlace(listed.finding);
    folds.set(place, [...(folds.get(place) ?? []), listed]);
  }
  return [...folds].map(([place, inPlace]) => ({ place, findings: inPlace }));
}

export function groupFindingsByType(report: DocumentReport): TypeGroup[] {
  const keys = findingKeys(report);
  const reviews = report.reviews ?? {};
  const listed = report.findings
    .map((finding, index): ListedFinding => ({
      finding,
      index,
      key: keys[index]!,
      review: reviews[keys[index]!] ?? null,
    }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index);
  const names = [...new Set([...TYPE_ORDER.map((type) => FINDING_TYPE_NAMES[type]), UNTYPED])];
  const nameOf = (finding: Finding) => (finding.type ? FINDING_TYPE_NAMES[finding.type] : UNTYPED);
  return names.flatMap((name): TypeGroup[] => {
    const findings = listed.filter((entry) => nameOf(entry.finding) === name);
    if (findings.length === 0) return [];
    return [{ name, findings, folds: name === FINDING_TYPE_NAMES.rounding ? foldByPlace(findings) : null }];
  });
}

/** How much the difference weighs: as a percentage of the amount it should be (findings about amounts only). */
export function describeMateriality(finding: Finding): string | null {
  return finding.materiality ? `${finding.materiality.percentOfAmount}%` : null;
}
