// A chart's first option in stages (src/lib/charts/option-stages.ts): the stages, given one after
// the other as EChart.svelte gives them, set the same chart as the whole option. Options from the
// real seed 002 (a 部门预算 with every chart), drawn by ECharts' server-side SVG renderer.

import { readFileSync } from 'node:fs';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBudgetSplitOption } from '../../src/lib/charts/budget-split';
import { toFunctionTreemapOption } from '../../src/lib/charts/function-treemap';
import { toIncomeSourcesOption } from '../../src/lib/charts/income-sources';
import { optionStages } from '../../src/lib/charts/option-stages';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { seedPath, SEED_FILES } from '../helpers/shared-files';

let seed002: DocumentReport;
beforeAll(async () => {
  seed002 = await inspectFile(SEED_FILES['002'], new Uint8Array(readFileSync(seedPath('002'))));
});

/** The chart ECharts holds and the SVG it draws after the given setOption calls. */
function draw(stages: EChartsOption[]): { option: unknown; svg: string } {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
  try {
    stages.forEach((stage, index) => chart.setOption(stage, index === 0 ? { notMerge: true } : {}));
    // Without the style classes ECharts numbers per instance and per style it has made so far.
    const svg = chart
      .renderToSVGString()
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/ class="[^"]*"/g, '');
    return { option: chart.getOption(), svg };
  } finally {
    chart.dispose();
  }
}

describe('optionStages', () => {
  it('gives the frame, then the axes, then the series of a bar chart, and a legend last', () => {
    const option = toIncomeSourcesOption(seed002, '万元')!;
    const stages = optionStages({ ...option, animation: false });
    expect(stages.map((stage) => Object.keys(stage).sort())).toEqual([
      ['animation', 'title', 'tooltip'],
      ['grid', 'xAxis', 'yAxis'],
      ['series'],
    ]);
    const pie = optionStages(toBudgetSplitOption(seed002, '万元')!);
    expect(pie.map((stage) => Object.keys(stage).sort())).toEqual([['title', 'tooltip'], ['series'], ['legend']]);
  });

  it.each([
    ['收入来源 (bar)', () => toIncomeSourcesOption(seed002, '万元')],
    ['基本支出与项目支出 (pie)', () => toBudgetSplitOption(seed002, '万元')],
    ['支出功能分类 (treemap)', () => toFunctionTreemapOption(seed002, '万元', 'total')],
  ])('sets the same chart in stages as at once: %s', (_name, build) => {
    const option = { ...build()!, animation: false };
    const staged = draw(optionStages(option));
    const whole = draw([option]);
    expect(staged.option).toEqual(whole.option);
    expect(whole.svg).toContain('<text');
    expect(staged.svg).toBe(whole.svg);
  });

  it('leaves an option without later parts whole', () => {
    const option: EChartsOption = { title: { text: '空' } };
    expect(optionStages(option)).toEqual([option]);
  });
});
