// A chart's first option, given to ECharts in stages, each in a task of its own: the first chart of
// the page also compiles the library's code and looks up the fonts for its text, and one setOption
// of a whole option took 46–79 ms of CPU there (issue 13: no main-thread task over 50 ms).

import type { EChartsOption } from 'echarts';

/**
 * The parts given after the rest (title, tooltip, aria), in this order: the coordinate system (its
 * axis labels are measured), the series, then the legend (its items are the series' names).
 */
const LATER: ReadonlyArray<ReadonlyArray<keyof EChartsOption>> = [['grid', 'xAxis', 'yAxis'], ['series'], ['legend']];

/**
 * The option cut into stages: the first is given with `notMerge`, each later one merged into it,
 * which together set the same chart as the whole option. Stages with nothing in them are left out.
 */
export function optionStages(option: EChartsOption): EChartsOption[] {
  const first: EChartsOption = { ...option };
  const later: EChartsOption[] = [];
  for (const keys of LATER) {
    const stage: EChartsOption = {};
    for (const key of keys) {
      if (first[key] === undefined) continue;
      Object.assign(stage, { [key]: first[key] });
      delete first[key];
    }
    if (Object.keys(stage).length > 0) later.push(stage);
  }
  return [first, ...later];
}
