// Cross-document findings are worded like rule findings: a check's template filled from `data`.

import type { CrossDocumentFinding, FindingData, FindingType, OtherDocumentLocation, Severity } from '../model/finding';
import type { Unit } from '../model/disclosure';
import type { RuleMeta } from '../rules/rule';
import { fillTemplate } from '../rules/support/messages';

export interface CrossFindingSpec {
  messageId: string;
  notes?: string[];
  data: FindingData;
  type: FindingType;
  severity: Severity;
  location: OtherDocumentLocation;
  related: OtherDocumentLocation[];
  expected: string;
  actual: string;
  difference: string;
  unit: Unit;
}

export function crossFinding(meta: RuleMeta, spec: CrossFindingSpec): CrossDocumentFinding {
  const sentence = (id: string) => {
    const template = meta.messages[id];
    if (template === undefined) throw new Error(`check ${meta.id} has no message ${id}`);
    return fillTemplate(template, spec.data);
  };
  return {
    ruleId: meta.id,
    messageId: spec.messageId,
    type: spec.type,
    severity: spec.severity,
    message: [spec.messageId, ...(spec.notes ?? [])].map(sentence).join(''),
    data: spec.data,
    location: spec.location,
    related: spec.related,
    expected: spec.expected,
    actual: spec.actual,
    difference: spec.difference,
    unit: spec.unit,
  };
}
