// chart-data: the 决算 chart data (seed 004 图1–图7) against the text and against each other.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { readChartData } from '../../src/lib/narrative/read-chart-data';
import { chartSubject, rule } from '../../src/lib/rules/chart-data';
import { seedDisclosure } from '../helpers/disclosures';
import { ruleTester } from '../helpers/rule-tester';

function withChartText(clean: Disclosure, from: string, to: string): Disclosure {
  const clone = structuredClone(clean);
  const index = clone.paragraphs.findIndex((paragraph) => paragraph.text === from);
  clone.paragraphs[index]!.text = to;
  return clone;
}

const STRUCTURE =
  '一般公共服务（类） 教育支出（类） 科学技术（类） 社会保障和就业（类） 医疗卫生支出(类） 住房保障支出(类） 0 0 0 308.79 130.61 21.26';

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
});

ruleTester(rule, {
  valid: [
    {
      name: 'seed 004: charts agree with the text (460.66, 340.53, 120.13, 308.79…) and with each other',
      input: () => seedDisclosure('004'),
      withFigures: true,
      minComparisons: 20,
    },
    { name: 'seed 002 has no chart data', input: () => seedDisclosure('002'), withFigures: true, notApplicable: true },
  ],
  invalid: [
    {
      name: 'a 2021 total the text contradicts (图1 406.66 against 收、支总计 460.66)',
      input: () => withChartText(seedDisclosure('004'), '2020年 2021年 329.27 460.66', '2020年 2021年 329.27 406.66'),
      withFigures: true,
      findings: [
        {
          messageId: 'differsFromText',
          type: 'mismatch',
          data: { chart: 1, what: '2021年数', value: '406.66', subject: '收、支总计', stated: '460.66 万元' },
          location: { type: 'text', quote: '406.66', start: 19, end: 25 },
          expected: '460.66',
          actual: '406.66',
        },
      ],
    },
    {
      name: 'a structure part that neither the text nor the trend chart total agrees with',
      input: () => withChartText(seedDisclosure('004'), STRUCTURE, STRUCTURE.replace('130.61', '103.61')),
      withFigures: true,
      findings: [
        { messageId: 'differsFromText', expected: '130.61', actual: '103.61', difference: '-27.00' },
        {
          messageId: 'partsDifferFromTrend',
          data: { chart: 6, sum: '433.66', trendChart: 5, year: '2021年', total: '460.66', gap: '27.00' },
          expected: '335.79',
          actual: '308.79',
          difference: '-27.00',
        },
        { messageId: 'partsDifferFromText', expected: '335.79', actual: '308.79', difference: '-27.00' },
      ],
    },
  ],
});
