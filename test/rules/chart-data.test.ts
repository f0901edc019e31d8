// chart-data: the 决算 chart data (seed 004 图1–图7) against the text and against each other.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { readChartData } from '../../src/lib/narrative/read-chart-data';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { chartSubject, check } from '../../src/lib/rules/chart-data';
import { seedDisclosure } from '../helpers/disclosures';

const run = (disclosure: Disclosure) => check({ disclosure, figures: readFigures(disclosure) });

function withChartText(clean: Disclosure, from: string, to: string): Disclosure {
  const clone = structuredClone(clean);
  const index = clone.paragraphs.findIndex((paragraph) => paragraph.text === from);
  clone.paragraphs[index]!.text = to;
  return clone;
}

describe('chart-data', () => {
  it('reads the seven charts of seed 004', () => {
    const charts = readChartData(seedDisclosure('004').paragraphs);
    expect(charts.map((chart) => [chart.number, chart.trend, chartSubject(chart.title), chart.entries.length])).toEqual(
      [
        [7, false, 'three-public', 3],
        [1, true, 'income-expenditure-total', 2],
        [2, false, 'income-total', 7],
        [3, false, 'expenditure-total', 5],
        [4, true, 'fiscal-grant-total', 2],
        [5, true, 'general-budget-grant', 2],
        [6, false, 'general-budget-grant', 6],
      ],
    );
    expect(charts[1]!.entries[1]).toMatchObject({ label: '2021年', amount: '460.66' });
  });

  it('finds seed 004 charts agreeing with the text (460.66, 340.53, 120.13, 308.79…) and with each other', () => {
    const outcome = run(seedDisclosure('004'));
    expect(outcome.findings).toEqual([]);
    expect(outcome.applicable).toBe(true);
    expect(outcome.comparisons).toBeGreaterThanOrEqual(20);
  });

  it('is not applicable without chart data (seed 002)', () => {
    expect(run(seedDisclosure('002')).applicable).toBe(false);
  });

  it('finds a 2021 total the text contradicts (图1 406.66 against 收、支总计 460.66)', () => {
    const { findings } = run(
      withChartText(seedDisclosure('004'), '2020年 2021年 329.27 460.66', '2020年 2021年 329.27 406.66'),
    );
    expect(findings.map((finding) => [finding.expected, finding.actual])).toEqual([['460.66', '406.66']]);
    expect(findings[0]!.message).toBe(
      '图1（收、支决算总计变动情况图）2021年数 406.66，与说明中收、支总计 460.66 万元不符（图表未注明单位，已按说明的单位及万元比较）',
    );
    expect(findings[0]!.location).toMatchObject({ type: 'text', quote: '406.66', start: 19, end: 25 });
  });

  it('finds a structure part that neither the text nor the trend chart total agrees with', () => {
    const clean = seedDisclosure('004');
    const from =
      '一般公共服务（类） 教育支出（类） 科学技术（类） 社会保障和就业（类） 医疗卫生支出(类） 住房保障支出(类） 0 0 0 308.79 130.61 21.26';
    const { findings } = run(withChartText(clean, from, from.replace('130.61', '103.61')));
    expect(findings.map((finding) => [finding.expected, finding.actual, finding.difference])).toEqual([
      ['130.61', '103.61', '-27.00'],
      ['335.79', '308.79', '-27.00'],
      ['335.79', '308.79', '-27.00'],
    ]);
    expect(findings[1]!.message).toBe(
      '图6（一般公共预算财政拨款支出决算结构）各部分之和 433.66，与图5（一般公共预算财政拨款支出决算变动情况）2021年数 460.66 不符，相差 27.00',
    );
  });
});
