// A reviewer's verdict on a finding — 已核实 (a real defect) or 不是问题 (dismissed) — kept in the
// report under a key that names the finding by what it says and where, not by its position in the
// list, so that a mark still finds its finding when the report is exported, restored or re-read.

import type { Finding, FindingReview, FindingReviews, Location, ReviewVerdict } from './finding';
import type { DocumentReport } from './report';

export type { FindingReview, FindingReviews, ReviewVerdict } from './finding';

export const REVIEW_VERDICT_NAMES: Record<ReviewVerdict, string> = { confirmed: '已核实', dismissed: '不是问题' };

/** Labels rather than indexes where there are labels: a table's index shifts when extraction improves. */
function describePlace(location: Location): string {
  switch (location.type) {
    case 'cell':
      return [
        'cell',
        location.tableKind,
        location.tableTitle,
        location.rowLabel,
        location.side ?? '',
        location.column ?? '',
      ].join('|');
    case 'text':
      return ['text', location.quote, location.start].join('|');
    case 'document':
      return ['document', location.what].join('|');
  }
}

/** cyrb53: a short, well-spread 53-bit string hash; not for security, only to name a finding. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function baseKey(finding: Finding): string {
  const what = finding.messageId ?? finding.message;
  const parts = [finding.ruleId, what, describePlace(finding.location), finding.expected ?? '', finding.actual ?? ''];
  return `${finding.ruleId}:${hash53(parts.join('\u0000'))}`;
}

/**
 * Each finding's key, in `report.findings` order. Two findings that say the same thing of the same
 * place get `…~2`, `…~3` in order, so every key of a report is unique.
 */
export function findingKeys(report: DocumentReport): string[] {
  const seen = new Map<string, number>();
  return report.findings.map((finding) => {
    const key = baseKey(finding);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}~${count}`;
  });
}

/** The report with `review` recorded for the finding `key` (or its review taken away when null). */
export function withReview(report: DocumentReport, key: string, review: FindingReview | null): DocumentReport {
  const reviews: FindingReviews = { ...report.reviews };
  if (review === null) delete reviews[key];
  else reviews[key] = review;
  const revised: DocumentReport = { ...report, reviews };
  // No empty `reviews` field: a report nobody marked is exactly what the rules wrote.
  if (Object.keys(reviews).length === 0) delete revised.reviews;
  return revised;
}

/** Each finding's review in `report.findings` order, null where it has none. */
export function reviewsInOrder(report: DocumentReport): Array<FindingReview | null> {
  const reviews = report.reviews ?? {};
  return findingKeys(report).map((key) => reviews[key] ?? null);
}

/** Findings a reviewer did not dismiss, with their index in `report.findings`. */
export function openFindings(report: DocumentReport): Array<{ finding: Finding; index: number }> {
  const reviews = reviewsInOrder(report);
  return report.findings.flatMap((finding, index) =>
    reviews[index]?.verdict === 'dismissed' ? [] : [{ finding, index }],
  );
}

/** `不是问题（备注）`: the verdict and the reviewer's note, for the text export and the panel. */
export function describeReview(review: FindingReview): string {
  return `${REVIEW_VERDICT_NAMES[review.verdict]}${review.note ? `（${review.note}）` : ''}`;
}
