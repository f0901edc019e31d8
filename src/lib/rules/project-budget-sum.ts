// 项目绩效目标表: within each table 预算数 = 财政资金 + 其他资金 (where printed), and over all of
// them Σ 预算数 = 项目支出 of the 支出总表 合计 row — which holds only when every project has a
// table, as the finding says.

import type { StandardTable } from '../model/disclosure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { cellName } from './support/describe';
import { tableOf, tablesOf, type TableRef } from './support/locate';
import { columnEnding, normalName, totalRowIndex } from '../model/table-vocabulary';
import { AMOUNT_MESSAGES } from './support/messages';
import { Tally, figureAt, labelled, type Figure } from './support/tally';

export const meta: RuleMeta = {
  id: 'project-budget-sum',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '项目绩效目标表预算数', en: 'Project performance budgets' },
  severity: 'warning',
  messages: {
    ...AMOUNT_MESSAGES,
    /** The 支出总表 项目支出 compared with the performance tables. */
    projectsMayBeUnlisted:
      '；此项比较假定每个项目支出项目都附有绩效目标表，若部分项目未公开绩效目标表则差额可能并非错误',
  },
};

const BUDGET_ROW = /预算规模|资金规模|项目资金|资金总额|年度资金/;

export interface ProjectBudget {
  row: number;
  total: string | null;
  fiscal: string | null;
  other: string | null;
}

/**
 * The 预算规模 row of a project table: each amount reads as the label printed in the text cell
 * before it (`预算数 | 5.00 | 其中：财政资金 | 5.00 | 其他资金 |`); an unlabelled first amount is the 预算数.
 */
export function projectBudget(table: StandardTable): ProjectBudget | null {
  if (/自评/.test(table.title)) return null;
  const row = table.rows.findIndex(
    (candidate) => BUDGET_ROW.test(normalName(candidate.name)) && Object.keys(candidate.cells).length > 0,
  );
  if (row < 0) return null;
  const { cells, texts = {} } = table.rows[row]!;
  const budget: ProjectBudget = { row, total: null, fiscal: null, other: null };
  let label = '';
  for (const column of table.columns) {
    if (texts[column] !== undefined) label = normalName(texts[column]);
    const amount = cells[column];
    if (amount === undefined) continue;
    if (/财政资金|财政拨款/.test(label)) budget.fiscal ??= column;
    else if (/其他资金/.test(label)) budget.other ??= column;
    else if (budget.total === null && budget.fiscal === null && budget.other === null) budget.total = column;
    label = '';
  }
  return budget.total === null ? null : budget;
}

export function check({ disclosure }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  const projects: Array<{ ref: TableRef; budget: ProjectBudget }> = [];
  for (const ref of tablesOf(disclosure, 'project-performance')) {
    const budget = projectBudget(ref.table);
    if (budget) projects.push({ ref, budget });
  }
  for (const { ref, budget } of projects) {
    const parts = [budget.fiscal, budget.other].filter((column): column is string => column !== null);
    if (parts.length === 0) continue;
    tally.sum(
      figureAt(ref, budget.row, budget.total),
      parts.map((column) => figureAt(ref, budget.row, column)),
      '财政资金与其他资金之和',
    );
  }

  const summary = tableOf(disclosure, 'expenditure-summary');
  const totals: Figure[] = projects.map(({ ref, budget }) =>
    labelled(figureAt(ref, budget.row, budget.total), `${cellName(ref, budget.row, null)}预算数`),
  );
  if (summary && !summary.table.empty && totals.length > 0) {
    const row = totalRowIndex(summary.table);
    const column = columnEnding(summary.table, '项目支出');
    const sameUnit = totals.every((figure) => figure.unit === summary.table.unit);
    if (row >= 0 && column && sameUnit) {
      tally.sum(figureAt(summary, row, column), totals, `${totals.length} 张项目绩效目标表的预算数之和`, {
        remark: 'projectsMayBeUnlisted',
      });
    }
  }
  return tally.outcome(projects.length > 0);
}

export const rule: Rule = { meta, check };
