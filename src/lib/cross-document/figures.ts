// The explanation-text figures two documents share: keyed by what they are about, alike across
// documents, with where each stands for a finding that points into both files.

import { convertAmount, Decimal } from '../model/amount';
import type { Unit } from '../model/disclosure';
import type { OtherDocumentLocation } from '../model/finding';
import type { NarrativeFigure } from '../model/narrative-figure';
import type { DocumentReport } from '../model/report';
import { printedPlaces, roundingTolerance } from '../rules/support/amounts';

/**
 * What a figure is about, alike across documents: the subject, or for other amounts the words with
 * the year, spaces and a trailing 预算数/预算支出/支出 left out («江苏省高级人民法院2018年度…会议费预算支出»).
 */
export function subjectKey(figure: NarrativeFigure): string {
  if (figure.subject !== 'other') return `${figure.subject}${figure.fiscal ? ':fiscal' : ''}`;
  const words = figure.label
    .replace(/\s/g, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/(年初预算数?|预算数|预算支出|决算数|决算支出|支出|预算|决算)$/, '');
  return `other:${words}`;
}

/** A document's own-year amounts of one basis (the outturn or the printed budget), by subject. */
export function valuesByKey(
  report: DocumentReport,
  basis: NarrativeFigure['basis'] = undefined,
): Map<string, NarrativeFigure[]> {
  const byKey = new Map<string, NarrativeFigure[]>();
  for (const figure of report.figures) {
    if (figure.relation !== 'value' || figure.unit === '%' || figure.basis !== basis) continue;
    if (figure.year !== null && figure.year !== report.meta.year) continue;
    const key = subjectKey(figure);
    if (key === 'other:') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), figure]);
  }
  return byKey;
}

/** Half a unit of the last printed place of each figure: what their rounding can open. */
export const toleranceOf = (amounts: string[]) =>
  amounts.reduce((total, amount) => total.plus(roundingTolerance(1, printedPlaces(amount))), new Decimal(0));

export const at = (report: DocumentReport, figure: NarrativeFigure): OtherDocumentLocation => ({
  type: 'other-document',
  document: report.source.name,
  location: figure.location,
});

/** A figure with its amount in the unit a comparison is made in. */
export interface InUnit {
  figure: NarrativeFigure;
  amount: Decimal;
}

/** The figures' amounts in `unit`, each beside its figure. */
export const inUnit = (figures: NarrativeFigure[], unit: Unit): InUnit[] =>
  figures.map((figure) => ({ figure, amount: convertAmount(figure.amount, figure.unit as Unit, unit) }));

/** Of several figures (at least one), the one whose amount is nearest `value`. */
export const nearestTo = (value: Decimal.Value, candidates: InUnit[]): InUnit =>
  candidates.reduce((best, next) =>
    next.amount.minus(value).abs().lessThan(best.amount.minus(value).abs()) ? next : best,
  );
