// 功能分类 类 → 款 → 项 treemap from the 支出总表 (or the 一般公共预算财政拨款支出表).

import type { EChartsOption } from 'echarts';
import type { DocumentReport } from '../model/report';
import { buildCodeTree, findTable } from './amounts';
import { toTreemapOption } from './treemap';

export function toFunctionTreemapOption(report: DocumentReport, unit: '元' | '万元'): EChartsOption | null {
  const table = findTable(report, ['expenditure-summary', 'general-budget-expenditure']);
  if (!table) return null;
  const nodes = buildCodeTree(report, table, unit);
  return nodes ? toTreemapOption('支出功能分类', nodes, unit) : null;
}
