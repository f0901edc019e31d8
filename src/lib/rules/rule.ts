// The shape of one reconciliation rule (ESLint style): an id, titles, a default severity, and a
// pure check from the disclosure to findings plus the number of comparisons it made.

import type { Disclosure, DocumentType } from '../model/disclosure';
import type { Finding, Severity } from '../model/finding';
import type { NarrativeFigure } from '../model/narrative-figure';

export interface RuleMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  title: { zh: string; en: string };
  severity: Severity;
  /**
   * Every sentence the rule's findings are made of, by messageId (ESLint style): Chinese templates
   * whose `{placeholders}` are filled from the finding's `data`. Sentences appended as notes are
   * declared here too.
   */
  messages: Record<string, string>;
  /**
   * The kinds of document the rule judges. Completeness and the narrative rules only mean something
   * for a department's disclosure; the arithmetic of a table holds in any table. For other kinds the
   * rule is recorded as not applicable and not run.
   */
  documentTypes: readonly DocumentType[];
}

/** Arithmetic within the printed tables: holds whoever printed them. */
export const EVERY_DOCUMENT: readonly DocumentType[] = ['disclosure', 'government-report', 'other'];
/** What a department's or unit's disclosure owes: its tables, its explanation, their agreement. */
export const DISCLOSURES_ONLY: readonly DocumentType[] = ['disclosure'];

/** What every rule may read: the disclosure, and the figures the narrative reader found in its text. */
export interface RuleInput {
  disclosure: Disclosure;
  figures: NarrativeFigure[];
}

export interface RuleOutcome {
  /** False when the document has nothing this rule can check (a 预算 rule on a 决算, no such table). */
  applicable: boolean;
  comparisons: number;
  findings: Finding[];
}

export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): RuleOutcome;
}
