// 经济分类 (301 工资福利支出 → 30101 …) treemap from the 一般公共预算财政拨款基本支出表.

import type { EChartsOption } from 'echarts';
import type { DocumentReport } from '../model/report';
import { findTable } from '../model/table-vocabulary';
import { buildCodeTree } from './amounts';
import { toTreemapOption } from './treemap';

export function toEconomicTreemapOption(report: DocumentReport, unit: '元' | '万元'): EChartsOption | null {
  const table = findTable(report, ['general-budget-basic-expenditure']);
  const tree = table && buildCodeTree(report, table, unit);
  return tree ? toTreemapOption('基本支出经济分类', tree.nodes, unit) : null;
}
