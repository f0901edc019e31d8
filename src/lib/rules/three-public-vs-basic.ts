// The basic-spending table cannot hold more 公务接待费 (30217) or 公务用车运行维护费 (30231) than the
// “三公” table grants: the “三公” figures cover basic and project spending, the 基本支出表 only the
// basic part. Compared with the “三公” table's 一般公共预算 column when it has one (the 基本支出表 is
// 一般公共预算), else its 合计; in a 决算 with 预算数/决算数 columns, the 决算数.

import type { StandardTable } from '../model/disclosure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { tableOf, type TableRef } from './support/locate';
import { bareName, columnEnding, isMeasureLevel } from '../model/table-vocabulary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally, figureAt, type Figure } from './support/tally';

export const meta: RuleMeta = {
  id: 'three-public-vs-basic',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '基本支出不超“三公”经费', en: 'Basic spending within the “three public” budget' },
  severity: 'warning',
  messages: {
    ...AMOUNT_MESSAGES,
    projectPartAllowed: '；基本支出中的{item}不应超过“三公”经费表所列数额（“三公”经费可另有项目支出部分）',
  },
};

interface Item {
  code: string;
  name: string;
  /** A “三公” row naming the same expense. */
  pattern: RegExp;
  /** The same as the last level of a column of the one-row layout (`公务用车购置及运行费/运行费`). */
  leaf: RegExp;
}

const ITEMS: Item[] = [
  { code: '30217', name: '公务接待费', pattern: /^公务接待费$/, leaf: /^公务接待费$/ },
  { code: '30231', name: '公务用车运行维护费', pattern: /^公务用车运行(维护)?费$/, leaf: /^(公务用车)?运行(维护)?费$/ },
];

/** The column of the “三公” table to compare with, in the row layout. */
function fundColumn(table: StandardTable): string | null {
  return (
    table.columns.find((column) => /一般公共预算/.test(column.split('/').at(-1) ?? '')) ??
    columnEnding(table, '合计') ??
    (table.columns.length === 1 ? table.columns[0]! : null)
  );
}

/** The “三公” figure for an expense: a row (seeds) or a column of the one-row layout (Jiangsu, Shanghai). */
function threePublicFigure(ref: TableRef, item: Item, final: boolean): Figure | null {
  const table = ref.table;
  const row = table.rows.findIndex((candidate) => item.pattern.test(bareName(candidate.name)));
  const column = fundColumn(table);
  if (row >= 0 && column) return figureAt(ref, row, column);
  // One-row layout: the column named for the expense, under the measure of the document when both are printed.
  const measure = final ? '决算数' : '预算数';
  const columns = table.columns.filter((path) => {
    const levels = path.split('/').map(bareName);
    const measured = isMeasureLevel(levels.at(-1) ?? '');
    if (measured && levels.at(-1) !== measure) return false;
    return item.leaf.test((measured ? levels.at(-2) : levels.at(-1)) ?? '');
  });
  if (columns.length === 1 && table.rows.length === 1) return figureAt(ref, 0, columns[0]!);
  return null;
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const threePublic = tableOf(disclosure, 'three-public-expenditure');
  const basic = tableOf(disclosure, 'general-budget-basic-expenditure');
  if (!threePublic || !basic || threePublic.table.empty || basic.table.empty) return tally.outcome(false);
  const basicColumn =
    columnEnding(basic.table, '合计') ?? (basic.table.columns.length === 1 ? basic.table.columns[0]! : null);
  if (!basicColumn) return tally.outcome(false);
  const final = disclosure.meta.kind === '决算';
  let applicable = false;
  for (const item of ITEMS) {
    const row = basic.table.rows.findIndex((candidate) => candidate.code === item.code);
    const limit = threePublicFigure(threePublic, item, final);
    if (row < 0 || !limit) continue;
    applicable = true;
    tally.atMost(figureAt(basic, row, basicColumn), limit, undefined, {
      remark: 'projectPartAllowed',
      data: { item: item.name },
    });
  }
  return tally.outcome(applicable);
}

export const rule: Rule = { meta, check };
