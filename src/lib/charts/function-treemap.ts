// 功能分类 类 → 款 → 项 treemap from the 支出总表 (or the 一般公共预算财政拨款支出表): the 合计
// column, or split into 基本支出 and 项目支出 with each part's own 类 → 款 → 项 below it.

import type { EChartsOption } from 'echarts';
import { Decimal, formatShare } from '../model/amount';
import type { StandardTable } from '../model/disclosure';
import type { DocumentReport } from '../model/report';
import { columnEnding, findTable } from '../model/table-vocabulary';
import { buildCodeTree, type AmountNode } from './amounts';
import { toTreemapOption } from './treemap';

export type FunctionTreemapView = 'total' | 'split';

const PARTS = ['基本支出', '项目支出'] as const;

/** The tables a 功能分类 tree can come from, best first. */
function expenditureTables(report: DocumentReport): StandardTable[] {
  return (['expenditure-summary', 'general-budget-expenditure'] as const)
    .map((kind) => findTable(report, [kind]))
    .filter((table) => table !== null);
}

/** 基本支出 and 项目支出 as the two top nodes (null unless both have a positive 科目 row). */
function splitNodes(report: DocumentReport, table: StandardTable, unit: '元' | '万元'): AmountNode[] | null {
  const parts = PARTS.flatMap((part) => {
    const column = columnEnding(table, part);
    const tree = column === null ? null : buildCodeTree(report, table, unit, column, `${part}/`);
    return tree && tree.total.gt(0) ? [{ part, tree }] : [];
  });
  if (parts.length < 2) return null;
  const whole = parts.reduce((sum, p) => sum.plus(p.tree.total), new Decimal(0));
  return parts.map(({ part, tree }) => ({
    id: part,
    name: part,
    code: '',
    value: tree.total.toNumber(),
    amount: tree.total.toString(),
    unit,
    share: formatShare(tree.total, whole),
    shareOf: '合计',
    children: tree.nodes,
  }));
}

export function toFunctionTreemapOption(
  report: DocumentReport,
  unit: '元' | '万元',
  view: FunctionTreemapView = 'total',
): EChartsOption | null {
  // NOTE: a 支出总表 may print only its 合计 row (省法院 2017); the next table then has the 科目.
  for (const table of expenditureTables(report)) {
    if (view === 'split') {
      const nodes = splitNodes(report, table, unit);
      if (nodes) return toTreemapOption('支出功能分类：基本支出与项目支出', nodes, unit);
    } else {
      const tree = buildCodeTree(report, table, unit);
      if (tree) return toTreemapOption('支出功能分类', tree.nodes, unit);
    }
  }
  return null;
}
