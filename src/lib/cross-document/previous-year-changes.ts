// This year's document says how a figure changed on last year («与上年相比增加 1808.29 万元»); the
// figure it implies for last year must be what last year's document printed for the same thing.

import { convertAmount } from '../model/amount';
import type { Unit } from '../model/disclosure';
import type { CrossDocumentFinding } from '../model/finding';
import type { NarrativeFigure } from '../model/narrative-figure';
import type { DocumentReport } from '../model/report';
import { DISCLOSURES_ONLY, type RuleMeta } from '../rules/rule';
import { printedPlaces } from '../rules/support/amounts';
import { formatAmount } from '../rules/support/describe';
import { at, inUnit, nearestTo, subjectKey, toleranceOf, valuesByKey } from './figures';
import type { YearPair } from './pairs';
import { crossFinding } from './report-finding';

export const meta: RuleMeta = {
  id: 'previous-year-changes',
  title: { zh: '与上年比较的增减额与上年文件一致', en: 'Stated changes on last year agree with last year’s document' },
  severity: 'error',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    /** Why the check compared nothing: the documents it pairs are not open together. */
    notApplicable: '没有同一机构相邻年度的文件',
    mismatch:
      '{label}{year}年为 {value} {unit}，说明称比上年{direction} {change} {unit}，推算上年为 {implied} {unit}；而{previousDocument}印的{previousYear}年为 {printed} {unit}，相差 {difference} {unit}。',
    rounding: '差额在三个印刷数字的舍入范围（{tolerance} {unit}）以内，可能只是舍入。',
    scope: '句中只说“上年”，未说是上年预算：若按上年调整后预算或执行数比较，口径不同也会不一致。',
  },
};

/** A change in amount (not a rate) with the value it is about. */
const isAmountChange = (figure: NarrativeFigure) =>
  (figure.relation === 'increase' || figure.relation === 'decrease') && figure.unit !== '%' && figure.of !== undefined;

/** True when the words just before the change name 上年预算 (what a 预算 should compare with). */
function saysLastYearsBudget(report: DocumentReport, change: NarrativeFigure): boolean {
  const text = report.paragraphs[change.location.paragraph]?.text ?? '';
  return /上年预算/.test(text.slice(Math.max(0, change.location.start - 20), change.location.start));
}

export function check({ current, previous }: YearPair): { comparisons: number; findings: CrossDocumentFinding[] } {
  const lastYear = valuesByKey(previous);
  const findings: CrossDocumentFinding[] = [];
  let comparisons = 0;
  for (const change of current.figures.filter(isAmountChange)) {
    const value = current.figures[change.of!]!;
    if (value.unit === '%' || value.year !== current.meta.year) continue;
    const candidates = lastYear.get(subjectKey(value)) ?? [];
    if (candidates.length === 0) continue;
    const unit = change.unit as Unit;
    const valueAmount = convertAmount(value.amount, value.unit, unit);
    const implied = change.relation === 'increase' ? valueAmount.minus(change.amount) : valueAmount.plus(change.amount);
    const printed = inUnit(candidates, unit);
    comparisons += 1;
    if (printed.some(({ amount }) => amount.equals(implied))) continue;
    const nearest = nearestTo(implied, printed);
    const difference = implied.minus(nearest.amount);
    const tolerance = toleranceOf([value.amount, change.amount, nearest.figure.amount]);
    const places = Math.max(...[value.amount, change.amount, nearest.figure.amount].map(printedPlaces));
    const withinRounding = difference.abs().lessThanOrEqualTo(tolerance);
    const explicit = saysLastYearsBudget(current, change);
    const impliedText = formatAmount(implied, places);
    findings.push(
      crossFinding(meta, {
        messageId: 'mismatch',
        notes: withinRounding ? ['rounding'] : explicit ? [] : ['scope'],
        severity: !withinRounding && explicit ? 'error' : 'warning',
        type: 'cross-document',
        data: {
          label: value.label,
          year: current.meta.year!,
          value: value.amount,
          direction: change.relation === 'increase' ? '增加' : '减少',
          change: change.amount,
          implied: impliedText,
          previousDocument: `《${previous.source.name}》`,
          previousYear: previous.meta.year!,
          printed: nearest.figure.amount,
          difference: formatAmount(difference.abs(), places),
          tolerance: formatAmount(tolerance, places),
          unit,
        },
        location: at(current, change),
        related: [at(current, value), at(previous, nearest.figure)],
        expected: formatAmount(nearest.amount, places),
        actual: impliedText,
        difference: formatAmount(difference, places),
        unit,
      }),
    );
  }
  return { comparisons, findings };
}
