// The triage: every error and warning the real files and seeds give, each checked on the printed
// page and recorded with the quote that shows the defect (triage.json beside this file).

import { readFileSync } from 'node:fs';
import type { Finding, Location, Severity } from '../../src/lib/model/finding';

export interface TriagedFinding {
  ruleId: string;
  messageId: string;
  severity: Exclude<Severity, 'info'>;
  /** Where the finding points, as `where()` writes it. */
  where: string;
  expected: string | null;
  actual: string | null;
  /** Printed page (PDF) or null; the quote is from there. */
  page: number | null;
  /** The printed words that show the defect, and why they are wrong. */
  quote: string;
}

const TRIAGE: Record<string, TriagedFinding[]> = JSON.parse(
  readFileSync(new URL('./triage.json', import.meta.url), 'utf8'),
).files;

/** Files whose errors and warnings are triaged (those with none are listed with an empty list). */
export const TRIAGED_FILES: ReadonlySet<string> = new Set(Object.keys(TRIAGE));

export const triagedFindings = (file: string): TriagedFinding[] => TRIAGE[file] ?? [];

export function where(location: Location): string {
  switch (location.type) {
    case 'cell':
      return `${location.tableTitle} · ${location.rowLabel} · ${location.column ?? ''}`;
    case 'text':
      return `¶${location.paragraph} ${location.quote}`;
    case 'document':
      return location.what;
  }
}

const key = (entry: Omit<TriagedFinding, 'page' | 'quote'>) =>
  JSON.stringify([entry.ruleId, entry.messageId, entry.severity, entry.where, entry.expected, entry.actual]);

/** What identifies a raised finding in the triage: rule, message, severity, place and figures. */
export const findingKey = (finding: Finding): string =>
  key({
    ruleId: finding.ruleId,
    messageId: finding.messageId ?? '',
    severity: finding.severity as TriagedFinding['severity'],
    where: where(finding.location),
    expected: finding.expected,
    actual: finding.actual,
  });

export const triagedKey = (entry: TriagedFinding): string => key(entry);
