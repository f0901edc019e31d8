// A 部门 document adds up its units (本级 and the 单位 below it): a figure of one 单位's own document
// cannot exceed the same figure of its 部门's document of the same year and kind.

import { Decimal } from '../model/amount';
import type { Unit } from '../model/disclosure';
import type { CrossDocumentFinding } from '../model/finding';
import { DISCLOSURES_ONLY, type RuleMeta } from '../rules/rule';
import { printedPlaces } from '../rules/support/amounts';
import { formatAmount } from '../rules/support/describe';
import { at, inUnit, toleranceOf, valuesByKey } from './figures';
import type { DocumentPair } from './pairs';
import { crossFinding } from './report-finding';

export const meta: RuleMeta = {
  id: 'department-and-unit',
  title: { zh: '单位数不超过所属部门数', en: 'A unit’s figures stay within its department’s' },
  severity: 'error',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    /** Why the check compared nothing: the documents it pairs are not open together. */
    notApplicable: '没有同一年度的部门文件与其单位文件',
    unitExceedsDepartment:
      '{unitDocument}印的{label}为 {unitAmount} {unit}，超过{departmentDocument}印的部门数 {departmentAmount} {unit}（超出 {difference} {unit}）：部门数包含其所属单位，不应小于单位数。',
    rounding: '超出额在两个印刷数字的舍入范围（{tolerance} {unit}）以内，可能只是舍入。',
  },
};

export function check({ current: unitDocument, previous: department }: DocumentPair): {
  comparisons: number;
  findings: CrossDocumentFinding[];
} {
  const departmentValues = valuesByKey(department);
  const findings: CrossDocumentFinding[] = [];
  let comparisons = 0;
  for (const [key, figures] of valuesByKey(unitDocument)) {
    const candidates = departmentValues.get(key);
    if (!candidates) continue;
    const figure = figures[0]!;
    const unit = figure.unit as Unit;
    // The department's largest figure of the subject: the bound the unit's must stay within.
    const largest = inUnit(candidates, unit).reduce((best, next) =>
      next.amount.greaterThan(best.amount) ? next : best,
    );
    comparisons += 1;
    const excess = new Decimal(figure.amount).minus(largest.amount);
    if (!excess.greaterThan(0)) continue;
    const tolerance = toleranceOf([figure.amount, largest.figure.amount]);
    const withinRounding = excess.lessThanOrEqualTo(tolerance);
    const places = Math.max(printedPlaces(figure.amount), printedPlaces(largest.figure.amount));
    findings.push(
      crossFinding(meta, {
        messageId: 'unitExceedsDepartment',
        notes: withinRounding ? ['rounding'] : [],
        severity: withinRounding ? 'info' : 'error',
        type: withinRounding ? 'rounding' : 'cross-document',
        data: {
          unitDocument: `《${unitDocument.source.name}》`,
          departmentDocument: `《${department.source.name}》`,
          label: figure.label,
          unitAmount: figure.amount,
          departmentAmount: largest.figure.amount,
          difference: formatAmount(excess, places),
          tolerance: formatAmount(tolerance, places),
          unit,
        },
        location: at(unitDocument, figure),
        related: [at(department, largest.figure)],
        expected: formatAmount(largest.amount, places),
        actual: figure.amount,
        difference: formatAmount(excess, places),
        unit,
      }),
    );
  }
  return { comparisons, findings };
}
