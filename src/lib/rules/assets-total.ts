// 固定资产占用情况表: 资产总额 (固定资产总额) = Σ its numbered parts (1、房屋 … 4、其他固定资产),
// `其中：` rows excluded, in every amount column. A table listing unnumbered parts under the total
// (通用设备, 家具、用具…) sums those. 数量 adds only where the total and every part print one (a
// 房屋 area in 平方米 beside vehicles in 辆 is not a count to add, so a part left blank or printed —
// means the column is not a sum).

import { EVERY_DOCUMENT, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { sumText } from './support/describe';
import { tablesOf } from './support/locate';
import { normalName } from '../model/table-vocabulary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally, figureAt } from './support/tally';

export const meta: RuleMeta = {
  id: 'assets-total',
  documentTypes: EVERY_DOCUMENT,
  title: { zh: '资产总额等于各项之和', en: 'Asset total equals its parts' },
  severity: 'error',
  messages: AMOUNT_MESSAGES,
};

const TOTAL = /^(固定)?资产总额$|^(合计|总计)$/;
const NUMBERED = /^\d+[、.．]/;
const ASIDE = /^其中/;
const COUNT = /数量/;

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let applicable = false;
  for (const ref of tablesOf(disclosure, 'assets')) {
    const { table } = ref;
    if (table.empty) continue;
    const total = table.rows.findIndex((row) => TOTAL.test(normalName(row.name)));
    if (total < 0) continue;
    const after = table.rows
      .map((row, index) => ({ row, index }))
      .filter(({ index, row }) => index > total && !ASIDE.test(normalName(row.name)));
    const numbered = after.filter(({ row }) => NUMBERED.test(normalName(row.name)));
    const parts = (numbered.length > 0 ? numbered : after).map(({ index }) => index);
    if (parts.length === 0) continue;
    applicable = true;
    for (const column of table.columns) {
      const printed = (index: number) => table.rows[index]!.cells[column] !== undefined;
      if (COUNT.test(column) && !(printed(total) && parts.every(printed))) continue;
      // A count is not in the table's money unit.
      const at = (index: number) =>
        COUNT.test(column) ? { ...figureAt(ref, index, column), unit: null } : figureAt(ref, index, column);
      tally.sum(
        at(total),
        parts.map(at),
        sumText(parts.map((index) => normalName(table.rows[index]!.name).replace(/[（(].*$/, ''))),
      );
    }
  }
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
