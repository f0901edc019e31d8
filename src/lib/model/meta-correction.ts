// A user's own 机构, 年度, 预算/决算 and 部门/单位 for a file, set on its card where the document does
// not print them (a tables-only file) or where they were read wrong. The report keeps the meta as
// read and the correction beside it (`metaCorrection`); the comparison and the checks across
// documents see the corrected meta.

import type { DisclosureMeta, MetaCorrection } from './disclosure';
import type { DocumentReport } from './report';

export type { MetaCorrection } from './disclosure';

export type CorrectableField = keyof MetaCorrection;

export const CORRECTABLE_FIELDS: readonly CorrectableField[] = ['orgName', 'year', 'kind', 'scope'];

/** Years a correction may give: a typo such as 202 or 20244 is refused, not kept. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

/** The meta as the user sees it: the correction's fields over the ones read. */
export function correctedMeta(report: DocumentReport): DisclosureMeta {
  return { ...report.meta, ...report.metaCorrection };
}

/** The report as the comparison and the cross-document checks see it: its meta corrected. */
export function withCorrectedMeta(report: DocumentReport): DocumentReport {
  return report.metaCorrection ? { ...report, meta: correctedMeta(report) } : report;
}

/**
 * The report with `correction` as its user's meta. A field equal to the one read, or blank, is no
 * correction and is left out; with nothing left, the report has no `metaCorrection` at all.
 */
export function withMetaCorrection(report: DocumentReport, correction: MetaCorrection): DocumentReport {
  const kept: MetaCorrection = {};
  const orgName = correction.orgName?.trim();
  if (orgName && orgName !== report.meta.orgName) kept.orgName = orgName;
  if (correction.year !== undefined && isValidYear(correction.year) && correction.year !== report.meta.year)
    kept.year = correction.year;
  if (correction.kind && correction.kind !== report.meta.kind) kept.kind = correction.kind;
  if (correction.scope && correction.scope !== report.meta.scope) kept.scope = correction.scope;
  const revised: DocumentReport = { ...report, metaCorrection: kept };
  if (Object.keys(kept).length === 0) delete revised.metaCorrection;
  return revised;
}
