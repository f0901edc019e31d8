// Which of several open documents are the same organisation's consecutive years: the pairs the
// cross-year checks compare. Organisations are told apart as on #/compare (orgKey).

import type { DocumentReport } from '../model/report';
import { orgKey } from '../summary/compare';

export interface YearPair {
  /** The document of year N, whose 上年 figures are checked. */
  current: DocumentReport;
  /** The same organisation's document of the same kind and scope for year N − 1. */
  previous: DocumentReport;
}

const sameSeries = (a: DocumentReport, b: DocumentReport) =>
  orgKey(a) === orgKey(b) && a.meta.kind === b.meta.kind && a.meta.scope === b.meta.scope;

/** Every (year N, year N − 1) pair among readable disclosures; the first document of a year wins. */
export function previousYearPairs(reports: readonly DocumentReport[]): YearPair[] {
  const readable = reports.filter(
    (r) => !r.error && r.meta.year !== null && r.meta.documentType !== 'government-report',
  );
  return readable.flatMap((current) => {
    const previous = readable.find((other) => sameSeries(current, other) && other.meta.year === current.meta.year! - 1);
    return previous ? [{ current, previous }] : [];
  });
}
