// The per-report chart builders on real seeds and a real PDF: income by source (three table
// layouts), the 基本/项目 split treemap, the treemap path behind 「返回上一级」, the data tables and
// the PNG file names.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AmountNode } from '../../src/lib/charts/amounts';
import { toSeriesTable } from '../../src/lib/charts/chart-table';
import { reportChartFileName, toChartFileName } from '../../src/lib/export/file-names';
import { toBudgetSplitOption } from '../../src/lib/charts/budget-split';
import { toFunctionTreemapOption } from '../../src/lib/charts/function-treemap';
import { readIncomeSources, toIncomeSourcesOption } from '../../src/lib/charts/income-sources';
import { findTreemapPath, readTreemapNodes, treemapTopId } from '../../src/lib/charts/treemap';
import { inspectFile } from '../../src/lib/inspect';
import { Decimal } from '../../src/lib/model/amount';
import type { DocumentReport } from '../../src/lib/model/report';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_DIR, seedPath, SEED_FILES } from '../helpers/shared-files';

let seed000: DocumentReport;
let seed002: DocumentReport;
let seed003: DocumentReport;
let court2017: DocumentReport;
beforeAll(async () => {
  const inspectSeed = (id: '000' | '002' | '003') =>
    inspectFile(SEED_FILES[id], new Uint8Array(readFileSync(seedPath(id))));
  [seed000, seed002, seed003] = await Promise.all([inspectSeed('000'), inspectSeed('002'), inspectSeed('003')]);
  const name = '省法院2017年度部门预算公开.pdf';
  court2017 = await inspectFile(name, new Uint8Array(readFileSync(`${REAL_DIR}${name}`)), {
    pdfAssets: nodePdfAssets(),
  });
}, 120_000);

function sources(report: DocumentReport, unit: '元' | '万元' = '万元'): string[][] | null {
  return readIncomeSources(report, unit)?.map((s) => [s.name, s.amount.toString()]) ?? null;
}

function without(report: DocumentReport, kind: string): DocumentReport {
  return { ...report, tables: report.tables.filter((t) => t.kind !== kind) };
}

describe('income by source', () => {
  it('reads the 收入总表 合计 row by column, leaving out 合计 and 小计', () => {
    expect(sources(seed002)).toEqual([['财政拨款收入', '6570.38']]);
    // 馆陶 prints 元: converted exactly, either way.
    expect(sources(seed003, '元')).toEqual([['财政拨款收入', '48993200']]);
    expect(sources(seed003, '万元')).toEqual([['财政拨款收入', '4899.32']]);
  });

  it('reads a 收入总表 with sources as rows (Jiangsu), parts before their 小计', () => {
    expect(sources(court2017)).toEqual([['公共财政拨款(补助)资金', '28849.38']]);
  });

  it('falls back to the income side of the 收支总表: numbered heads only, not their 1./2. parts', () => {
    expect(sources(without(seed000, 'income-summary'))).toEqual([['一般公共预算拨款收入', '4616.58']]);
    expect(sources(without(court2017, 'income-summary'))).toEqual([['财政拨款', '28849.38']]);
  });

  it('reads several sources and 上年结转 from an edited 收入总表 row', () => {
    const tables = seed002.tables.map((t) =>
      t.kind !== 'income-summary'
        ? t
        : {
            ...t,
            rows: t.rows.map((r, index) =>
              index === 0
                ? {
                    ...r,
                    cells: { ...r.cells, '本年收入/事业收入': '12.5', 上年结转: '0.05', '本年收入/其他收入': '0.00' },
                  }
                : r,
            ),
          },
    );
    expect(sources({ ...seed002, tables })).toEqual([
      ['财政拨款收入', '6570.38'],
      ['事业收入', '12.5'],
      ['上年结转', '0.05'],
    ]);
  });

  it('draws bars with exact amounts and shares, and is null without an income table', () => {
    const option = toIncomeSourcesOption(seed002, '元')!;
    expect(toSeriesTable(option)).toEqual({
      columns: ['项目', '金额（元）', '占比'],
      rows: [['财政拨款收入', '65703800', '100.00%']],
    });
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    // The tooltip groups a 元 amount's digits for reading; the table keeps the printed figure.
    expect(tooltip({ data: (option.series as Array<{ data: unknown[] }>)[0]!.data[0] })).toBe(
      '财政拨款收入<br/>65,703,800 元<br/>占收入合计 100.00%',
    );
    expect(
      toIncomeSourcesOption(without(without(seed002, 'income-summary'), 'income-expenditure-summary'), '万元'),
    ).toBeNull();
  });
});

describe('功能分类 treemap, split into 基本支出 and 项目支出', () => {
  it('puts 基本支出 and 项目支出 on top with each part’s own 类 → 款 → 项', () => {
    const nodes = readTreemapNodes(toFunctionTreemapOption(seed002, '万元', 'split')!);
    expect(nodes.map((n) => [n.id, n.amount, n.share])).toEqual([
      ['基本支出', '1136.05', '17.29%'],
      ['项目支出', '5434.33', '82.71%'],
    ]);
    const basicHealth = nodes[0]!.children!.find((n) => n.code === '210')!;
    expect(basicHealth).toMatchObject({ id: '基本支出/210', shareOf: '基本支出' });
    const projectHealth = nodes[1]!.children!.find((n) => n.code === '210')!;
    expect(projectHealth.id).toBe('项目支出/210');
    // The two parts of 210 add up to its 合计.
    expect(new Decimal(basicHealth.amount).plus(projectHealth.amount).toString()).toBe('6371.23');
  });

  it('falls back past a 支出总表 that prints only its 合计 row (省法院 2017)', () => {
    const nodes = readTreemapNodes(toFunctionTreemapOption(court2017, '万元')!);
    expect(nodes.map((n) => [n.code, n.amount])).toEqual([
      ['204', '23513.11'],
      ['208', '2347.13'],
      ['221', '2989.14'],
    ]);
    expect(toFunctionTreemapOption(court2017, '万元', 'split')).toBeNull();
  });

  it('reads a 支出总表 whose 合计 column is 本年支出合计 (涞水 2021)', () => {
    expect(readTreemapNodes(toFunctionTreemapOption(seed000, '万元')!).map((n) => n.amount)).toEqual([
      '28.83',
      '4577.81',
      '9.94',
    ]);
  });
});

describe('treemap navigation', () => {
  it('finds the path to a node, so 「返回上一级」 knows the parent', () => {
    const option = toFunctionTreemapOption(seed002, '万元')!;
    const nodes: AmountNode[] = readTreemapNodes(option);
    expect(findTreemapPath(nodes, '2101202').map((n) => n.id)).toEqual(['210', '21012', '2101202']);
    expect(findTreemapPath(nodes, '210').map((n) => n.id)).toEqual(['210']);
    expect(findTreemapPath(nodes, null)).toEqual([]);
    expect(findTreemapPath(nodes, '支出功能分类')).toEqual([]);
    expect(treemapTopId(option)).toBe('支出功能分类');
  });
});

describe('chart tables and file names', () => {
  it('reads 基本 and 项目 from a 支出总表 whose 合计 row lost its name (省法院 2017)', () => {
    expect(toSeriesTable(toBudgetSplitOption(court2017, '万元')!).rows).toEqual([
      ['基本支出', '17123.19', '59.73%'],
      ['项目支出', '11543.27', '40.27%'],
    ]);
  });

  it('lists a pie’s parts with exact amounts', () => {
    expect(toSeriesTable(toBudgetSplitOption(seed002, '万元')!).rows).toEqual([
      ['基本支出', '1136.05', '17.29%'],
      ['项目支出', '5434.33', '82.71%'],
    ]);
  });

  it('names a report’s PNG after the organisation, year, kind and chart, safely', () => {
    expect(reportChartFileName(seed002.meta, '支出功能分类')).toBe('香河县医疗保障局-2024年-预算-支出功能分类.png');
    expect(toChartFileName(['a/b: c', null, '', 2019])).toBe('a_b_c-2019.png');
    expect(toChartFileName([null])).toBe('图表.png');
  });
});
