// The “三公” table adds up: 小计 = 因公出国（境） + 公务用车购置及运维 + 公务接待; 因公出国 = its two
// 其中 rows; 公务用车 = 购置 + 运行维护; 合计 = 小计 + 会议费 + 培训费 where printed; and the 合计
// column = Σ fund columns. Where the table is one row with the parts as columns (Jiangsu, Shanghai)
// the same identities hold across its columns (support/column-sums reads them from the headers).

import type { StandardTable } from '../model/disclosure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { checkColumnSums } from './support/column-sums';
import { tablesOf, type TableRef } from './support/locate';
import { bareName } from '../model/table-vocabulary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'three-public-parts',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '“三公”经费分项之和', en: '“Three public” expenses add up' },
  severity: 'error',
  messages: AMOUNT_MESSAGES,
};

const ROWS = {
  grand: /^(合计|总计)$/,
  subtotal: /三公.*(小计|合计)$/,
  abroad: /^因公出国\(境\)费(用)?$/,
  abroadPart: /因公出国\(境\)费(用)?$/,
  vehicle: /^公务用车购置及运(行维护|维|行)费$/,
  vehiclePurchase: /^公务用车购置费$/,
  vehicleOperation: /^公务用车运行(维护)?费$/,
  reception: /^公务接待费$/,
  meeting: /^会议费$/,
  training: /^培训费$/,
};

type RowRole = keyof typeof ROWS;

function rowsOf(table: StandardTable): Partial<Record<RowRole, number[]>> {
  const roles: Partial<Record<RowRole, number[]>> = {};
  table.rows.forEach((row, index) => {
    const name = bareName(row.name);
    const role = (Object.keys(ROWS) as RowRole[]).find(
      (key) => ROWS[key].test(name) && !(key === 'abroadPart' && ROWS.abroad.test(name)),
    );
    if (role) (roles[role] ??= []).push(index);
  });
  return roles;
}

function checkRows(tally: Tally, ref: TableRef): boolean {
  const roles = rowsOf(ref.table);
  const one = (role: RowRole) => (roles[role]?.length === 1 ? roles[role]![0]! : null);
  const all = (...list: RowRole[]) => list.flatMap((role) => (roles[role]?.length === 1 ? roles[role]! : []));
  const identities: Array<[number | null, number[], string]> = [
    [
      one('subtotal'),
      all('abroad', 'vehicle', 'reception'),
      '因公出国（境）费、公务用车购置及运行维护费、公务接待费之和',
    ],
    [one('abroad'), roles.abroadPart ?? [], '其中各项之和'],
    [one('vehicle'), all('vehiclePurchase', 'vehicleOperation'), '公务用车购置费、公务用车运行维护费之和'],
    one('subtotal') !== null
      ? [one('grand'), [one('subtotal')!, ...all('meeting', 'training')], '“三公”经费小计、会议费、培训费之和']
      : [one('grand'), all('abroad', 'vehicle', 'reception', 'meeting', 'training'), '各项经费之和'],
  ];
  let checked = false;
  for (const column of ref.table.columns) {
    for (const [total, parts, what] of identities) {
      if (total === null || parts.length === 0) continue;
      checked = true;
      tally.sumOfRows(ref, column, total, parts, what);
    }
  }
  return checked;
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let applicable = false;
  for (const ref of tablesOf(disclosure, 'three-public-expenditure')) {
    if (ref.table.empty) continue;
    const byRows = checkRows(tally, ref);
    const byColumns = checkColumnSums(tally, ref);
    applicable ||= byRows || byColumns;
  }
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
