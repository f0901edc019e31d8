// The sentences of findings about printed amounts, shared by every rule that compares them
// through the tally, and filling a template's {placeholders} from a finding's data.

import type { FindingData } from '../../model/finding';

/** Spread into the `messages` of a rule that uses the tally's sum / equal / atMost. */
export const AMOUNT_MESSAGES = {
  mismatch: '{checked} {printed}，与{compared} {expected}不符，相差 {gap}',
  exceeds: '{checked} {printed}，超过{compared} {expected}，多出 {gap}',
  /** Appended when the gap is exactly ×10000. */
  unitSlip: '；恰好相差一万倍，单位可能写错（元/万元）',
  /** Appended when a sum is off by no more than its parts' rounding. */
  rounding: '；差额未超出 {parts} 项各自四舍五入可能造成的 {rounding}，疑为舍入所致，但印出的数字应当相加一致',
  /** Appended when a figure differs from one printed as the sum of rounded parts by no more than their rounding. */
  partsRounding: '；差额未超出后者所含 {parts} 项各自四舍五入可能造成的 {rounding}，疑为舍入所致',
  /** Appended when two figures in different units were compared with a tolerance. */
  unitTolerance: '（两表单位不同，已按 {tolerance} 的舍入误差比较）',
};

/** The template with each `{name}` replaced by `data.name`; a placeholder without data is a bug. */
export function fillTemplate(template: string, data: FindingData): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`finding data lacks {${name}} for “${template}”`);
    return String(value);
  });
}
