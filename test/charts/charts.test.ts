// Chart option builders on real seeds: tree structure, exact amounts in the chosen unit, 基本/项目.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBudgetSplitOption } from '../../src/lib/charts/budget-split';
import { toEconomicTreemapOption } from '../../src/lib/charts/economic-treemap';
import { toFunctionTreemapOption } from '../../src/lib/charts/function-treemap';
import { fitTreemapLabel, formatAmountTooltip } from '../../src/lib/charts/treemap';
import type { AmountNode } from '../../src/lib/charts/amounts';
import { convertAmount } from '../../src/lib/model/amount';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { seedPath, SEED_FILES } from '../helpers/shared-files';

let seed002: DocumentReport;
beforeAll(async () => {
  seed002 = await inspectFile(SEED_FILES['002'], new Uint8Array(readFileSync(seedPath('002'))));
});

function nodesOf(option: unknown): AmountNode[] {
  return (option as { series: [{ data: AmountNode[] }] }).series[0].data;
}

describe('function treemap', () => {
  it('nests 类 → 款 → 项 by code with exact 万元 amounts', () => {
    const option = toFunctionTreemapOption(seed002, '万元');
    const roots = nodesOf(option);
    expect(roots.map((n) => n.code)).toEqual(['208', '210', '221']);
    const health = roots.find((n) => n.code === '210')!;
    expect(health.amount).toBe('6371.23');
    expect(health.value).toBe(6371.23);
    expect(health.children!.map((n) => n.code)).toEqual(['21011', '21012', '21013', '21015']);
    expect(health.children![0]!.children!.map((n) => [n.code, n.amount])).toEqual([
      ['2101101', '7.72'],
      ['2101102', '24.44'],
    ]);
    expect(health.share).toBe('96.97%');
    const series = (option as { series: [Record<string, unknown>] }).series[0];
    expect(series).toMatchObject({ type: 'treemap', nodeClick: 'zoomToNode', breadcrumb: { show: true } });
  });

  it('converts to 元 exactly', () => {
    const health = nodesOf(toFunctionTreemapOption(seed002, '元')).find((n) => n.code === '210')!;
    expect(health.amount).toBe('63712300');
    expect(health.value).toBe(63712300);
    expect(health.unit).toBe('元');
    expect(convertAmount('63712300', '元', '万元').toString()).toBe('6371.23');
    expect(convertAmount('0.01', '元', '万元').toString()).toBe('0.000001');
  });

  it('tooltip shows amount and share', () => {
    const option = toFunctionTreemapOption(seed002, '万元') as { tooltip: { formatter: (p: unknown) => string } };
    const health = nodesOf(option).find((n) => n.code === '210')!;
    const text = option.tooltip.formatter({ name: health.name, data: health });
    expect(text).toContain('6371.23 万元');
    expect(text).toContain('96.97%');
  });

  it('is null without an expenditure table', () => {
    expect(toFunctionTreemapOption({ ...seed002, tables: [] }, '万元')).toBeNull();
  });

  it('falls back to the 一般公共预算财政拨款支出表', () => {
    const tables = seed002.tables.filter((t) => t.kind !== 'expenditure-summary');
    expect(nodesOf(toFunctionTreemapOption({ ...seed002, tables }, '万元')).map((n) => n.code)).toEqual([
      '208',
      '210',
      '221',
    ]);
  });
});

describe('economic treemap', () => {
  it('nests 301/302 … with their 款', () => {
    const roots = nodesOf(toEconomicTreemapOption(seed002, '万元'));
    expect(roots.map((n) => n.code).slice(0, 2)).toEqual(['301', '302']);
    expect(roots[0]!.amount).toBe('953.27');
    expect(roots[0]!.children![0]).toMatchObject({ code: '30101', amount: '273.18' });
    expect(roots[1]!.children!.map((n) => n.code)).toContain('30226');
    expect(nodesOf(toEconomicTreemapOption(seed002, '元'))[0]!.amount).toBe('9532700');
  });
});

describe('budget split', () => {
  it('reads 基本 and 项目 from the 支出总表 合计 row', () => {
    const option = toBudgetSplitOption(seed002, '万元') as {
      series: [{ data: Array<{ name: string; amount: string }> }];
    };
    expect(option.series[0].data.map((d) => [d.name, d.amount])).toEqual([
      ['基本支出', '1136.05'],
      ['项目支出', '5434.33'],
    ]);
    const yuan = toBudgetSplitOption(seed002, '元') as { series: [{ data: Array<{ amount: string }> }] };
    expect(yuan.series[0].data[1]!.amount).toBe('54343300');
  });
});

describe('treemap labels', () => {
  it('hides the label of a tile too small for it and keeps the rest (issue 13: labels spilled over small tiles)', () => {
    const option = toFunctionTreemapOption(seed002, '万元')!;
    const series = (option.series as Array<{ labelLayout: typeof fitTreemapLabel }>)[0]!;
    expect(series.labelLayout).toBe(fitTreemapLabel);
    const tile = (width: number, height: number) => fitTreemapLabel({ rect: { x: 0, y: 0, width, height } });
    expect(tile(300, 200)).toEqual({});
    expect(tile(40, 18)).toEqual({});
    expect(tile(20, 200)).toEqual({ fontSize: 0 });
    expect(tile(300, 12)).toEqual({ fontSize: 0 });
  });

  it('shows 元 amounts with grouped digits in the label’s tooltip, 万元 as printed', () => {
    const yuan = { name: '城乡社区支出', amount: '119385303.00', unit: '元' as const, share: '70.1%', shareOf: '合计' };
    expect(formatAmountTooltip({ data: yuan })).toBe('城乡社区支出<br/>119,385,303.00 元<br/>占合计 70.1%');
    expect(formatAmountTooltip({ data: { ...yuan, unit: '万元' as const } })).toContain('119385303.00 万元');
  });
});
