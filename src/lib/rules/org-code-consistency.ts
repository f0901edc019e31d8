// One organisation has one code: the header lines above the tables (`450003怀来县医疗保险中心`)
// must not print the same name with two codes of the same length. Codes of different lengths are
// different levels (部门 450, its 本级 unit 450001) and may share a name.

import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableName } from './support/describe';
import { cellAt, type TableRef } from './support/locate';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'org-code-consistency',
  title: { zh: '各表表头的单位编码一致', en: 'One organisation code across the tables' },
  severity: 'warning',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    otherCode: '{table}表头单位“{name}”编码为 {code}，而其他 {count} 张表为 {usual}',
  },
};

type Headed = TableRef & { table: { org: { code: string; name: string } } };

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const headed = disclosure.tables.flatMap((table, index) => (table.org ? [{ index, table } as Headed] : []));
  const groups = new Map<string, Headed[]>();
  for (const ref of headed) {
    const key = `${ref.table.org.name}/${ref.table.org.code.length}`;
    groups.set(key, [...(groups.get(key) ?? []), ref]);
  }
  let comparisons = 0;
  for (const refs of groups.values()) {
    if (refs.length < 2) continue;
    comparisons += refs.length - 1;
    const counts = new Map<string, number>();
    for (const ref of refs) counts.set(ref.table.org.code, (counts.get(ref.table.org.code) ?? 0) + 1);
    // The code most tables print is taken as the unit's own; ties keep the first printed.
    const usual = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    for (const ref of refs) {
      if (ref.table.org.code === usual[0]) continue;
      tally.report({
        messageId: 'otherCode',
        data: {
          table: tableName(ref.table),
          name: ref.table.org.name,
          code: ref.table.org.code,
          count: usual[1],
          usual: usual[0],
        },
        type: 'mismatch',
        location: cellAt(ref, 0, null),
        related: refs.filter((other) => other.table.org.code === usual[0]).map((other) => cellAt(other, 0, null)),
      });
    }
  }
  return { ...tally.outcome(comparisons > 0), comparisons };
}

export const rule: Rule = { meta, check };
