// Which of several open documents are compared with each other: the same organisation's
// consecutive years, its 预算 and 决算 of one year, its 部门 and 单位 versions of one year.
// Organisations are told apart as on #/compare (orgKey).

import type { DocumentReport } from '../model/report';
import { orgKey } from '../summary/compare';

/** Two documents a cross-document check compares: `current` is the one whose figures are checked. */
export interface DocumentPair {
  current: DocumentReport;
  previous: DocumentReport;
}

/** Year N's document and the same organisation's document of the same kind and scope for year N − 1. */
export type YearPair = DocumentPair;

const readable = (reports: readonly DocumentReport[]) =>
  reports.filter((r) => !r.error && r.meta.year !== null && r.meta.documentType !== 'government-report');

const sameOrg = (a: DocumentReport, b: DocumentReport) => orgKey(a) === orgKey(b);

/** Every (year N, year N − 1) pair among readable disclosures; the first document of a year wins. */
export function previousYearPairs(reports: readonly DocumentReport[]): YearPair[] {
  const documents = readable(reports);
  return documents.flatMap((current) => {
    const previous = documents.find(
      (other) =>
        sameOrg(current, other) &&
        current.meta.kind === other.meta.kind &&
        current.meta.scope === other.meta.scope &&
        other.meta.year === current.meta.year! - 1,
    );
    return previous ? [{ current, previous }] : [];
  });
}

/** An organisation's 决算 (`current`, whose 年初预算 figures are checked) and its 预算 of the same year. */
export function budgetOutturnPairs(reports: readonly DocumentReport[]): DocumentPair[] {
  const documents = readable(reports);
  return documents.flatMap((current) => {
    if (current.meta.kind !== '决算') return [];
    const budget = documents.find(
      (other) =>
        sameOrg(current, other) &&
        other.meta.kind === '预算' &&
        other.meta.scope === current.meta.scope &&
        other.meta.year === current.meta.year,
    );
    return budget ? [{ current, previous: budget }] : [];
  });
}

/** A body's 单位 version (`current`) and its 部门 version of the same year and kind. */
export function departmentUnitPairs(reports: readonly DocumentReport[]): DocumentPair[] {
  const documents = readable(reports);
  return documents.flatMap((current) => {
    if (current.meta.scope !== '单位') return [];
    const department = documents.find(
      (other) =>
        sameOrg(current, other) &&
        other.meta.scope === '部门' &&
        other.meta.kind === current.meta.kind &&
        other.meta.year === current.meta.year,
    );
    return department ? [{ current, previous: department }] : [];
  });
}
