// A 决算 quotes the year's 年初预算 («年初预算为 2993.92 万元，支出决算为 2940.05 万元»): it must be what
// the same organisation's 预算 of that year published for the same thing. And a “三公” outturn above
// that budget is worth a look.

import { Decimal } from '../model/amount';
import type { Unit } from '../model/disclosure';
import type { CrossDocumentFinding } from '../model/finding';
import { THREE_PUBLIC_PARTS } from '../model/narrative-figure';
import { DISCLOSURES_ONLY, type RuleMeta } from '../rules/rule';
import { printedPlaces } from '../rules/support/amounts';
import { formatAmount } from '../rules/support/describe';
import { at, inUnit, nearestTo, toleranceOf, valuesByKey } from './figures';
import type { DocumentPair } from './pairs';
import { crossFinding } from './report-finding';

export const meta: RuleMeta = {
  id: 'budget-and-outturn',
  title: { zh: '决算所引年初预算与同年预算文件一致', en: 'The budget a final account quotes is the year’s budget' },
  severity: 'warning',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    /** Why the check compared nothing: the documents it pairs are not open together. */
    notApplicable: '没有同一机构同一年度的预算与决算',
    budgetMismatch:
      '{outturnDocument}称{label}{year}年年初预算为 {quoted} {unit}，而{budgetDocument}印的{year}年预算为 {published} {unit}，相差 {difference} {unit}。',
    rounding: '差额在两个印刷数字的舍入范围（{tolerance} {unit}）以内，可能只是舍入。',
    overBudget:
      '{label}{year}年决算 {outturn} {unit}，超过{budgetDocument}印的年初预算 {published} {unit}（超出 {difference} {unit}），请看说明是否交代了原因。',
  },
};

const THREE_PUBLIC_KEYS = new Set(['three-public', ...THREE_PUBLIC_PARTS]);

export function check({ current: outturn, previous: budget }: DocumentPair): {
  comparisons: number;
  findings: CrossDocumentFinding[];
} {
  const published = valuesByKey(budget);
  const findings: CrossDocumentFinding[] = [];
  let comparisons = 0;
  const names = { outturnDocument: `《${outturn.source.name}》`, budgetDocument: `《${budget.source.name}》` };

  for (const [key, quotes] of valuesByKey(outturn, 'budget')) {
    const candidates = published.get(key);
    if (!candidates) continue;
    for (const quoted of quotes) {
      comparisons += 1;
      const match = nearestTo(quoted.amount, inUnit(candidates, quoted.unit as Unit));
      const unit = quoted.unit as Unit;
      const places = Math.max(printedPlaces(quoted.amount), printedPlaces(match.figure.amount));
      const difference = match.amount.minus(quoted.amount);
      if (difference.isZero()) continue;
      const tolerance = toleranceOf([quoted.amount, match.figure.amount]);
      const withinRounding = difference.abs().lessThanOrEqualTo(tolerance);
      findings.push(
        crossFinding(meta, {
          messageId: 'budgetMismatch',
          notes: withinRounding ? ['rounding'] : [],
          severity: withinRounding ? 'info' : 'warning',
          type: withinRounding ? 'rounding' : 'cross-document',
          data: {
            ...names,
            label: quoted.label,
            year: outturn.meta.year!,
            quoted: quoted.amount,
            published: match.figure.amount,
            difference: formatAmount(difference.abs(), places),
            tolerance: formatAmount(tolerance, places),
            unit,
          },
          location: at(outturn, quoted),
          related: [at(budget, match.figure)],
          expected: formatAmount(match.amount, places),
          actual: quoted.amount,
          difference: formatAmount(difference.negated(), places),
          unit,
        }),
      );
    }
  }

  for (const [key, spent] of valuesByKey(outturn)) {
    if (!THREE_PUBLIC_KEYS.has(key.replace(/:fiscal$/, ''))) continue;
    const candidates = published.get(key);
    if (!candidates) continue;
    const value = spent[0]!;
    comparisons += 1;
    const match = nearestTo(value.amount, inUnit(candidates, value.unit as Unit));
    const excess = new Decimal(value.amount).minus(match.amount);
    if (!excess.greaterThan(0)) continue;
    const unit = value.unit as Unit;
    const places = Math.max(printedPlaces(value.amount), printedPlaces(match.figure.amount));
    findings.push(
      crossFinding(meta, {
        messageId: 'overBudget',
        severity: 'info',
        type: 'exceeds',
        data: {
          ...names,
          label: value.label,
          year: outturn.meta.year!,
          outturn: value.amount,
          published: match.figure.amount,
          difference: formatAmount(excess, places),
          unit,
        },
        location: at(outturn, value),
        related: [at(budget, match.figure)],
        expected: formatAmount(match.amount, places),
        actual: value.amount,
        difference: formatAmount(excess, places),
        unit,
      }),
    );
  }
  return { comparisons, findings };
}
