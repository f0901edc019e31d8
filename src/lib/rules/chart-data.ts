// The chart data a 决算 file ends with (图1 收、支决算总计变动情况 … 图7 “三公”经费支出结构),
// against the figures its text states (the 2021 total 460.66, 基本支出 340.53…) and against each
// other: a structure chart's parts add up to its subject's total in the trend chart of that subject.

import Decimal from 'decimal.js';
import type { Disclosure } from '../model/disclosure';
import type { FindingData, Location, TextLocation } from '../model/finding';
import type { FigureSubject, NarrativeFigure } from '../model/narrative-figure';
import { readChartData, type Chart, type ChartEntry } from '../narrative/read-chart-data';
import { classifySubject } from '../narrative/subjects';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { inYuan, printedPlaces, sumOf } from './support/amounts';
import { formatAmount, placesOf } from './support/describe';
import { quoteFigure } from './support/figures';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'chart-data',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '图表数据', en: 'Chart data' },
  severity: 'warning',
  messages: {
    /** A chart value against the text; charts state no unit. */
    differsFromText:
      '图{chart}（{title}）{what} {value}，与说明中{subject} {stated}不符（图表未注明单位，已按说明的单位及万元比较）',
    partsDifferFromTrend:
      '图{chart}（{title}）各部分之和 {sum}，与图{trendChart}（{trendTitle}）{year}数 {total} 不符，相差 {gap}',
    partsDifferFromText: '图{chart}（{title}）各部分之和 {sum}，与说明中{subject} {stated}不符',
  },
};

/** What a chart shows, in the narrative vocabulary: its title without 变动情况图/结构图. */
export function chartSubject(title: string): FigureSubject | null {
  const words = title.replace(/\s/g, '').replace(/(变动情况|结构)图?$/, '');
  const match = classifySubject(words);
  if (match && match.subject !== 'other') return match.subject;
  if (/收入/.test(words) && !/支出/.test(words)) return 'income-total';
  if (/支出/.test(words) && !/收入/.test(words)) return 'expenditure-total';
  return null;
}

const partName = (label: string) =>
  label
    .replace(/\s/g, '')
    .replace(/[（(](类|款|项)[)）]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/(决算|预算)数?$/, '')
    .replace(/(支出|收入)$/, '');

function entryLocation(disclosure: Disclosure, chart: Chart, entry: ChartEntry): TextLocation {
  return {
    type: 'text',
    paragraph: chart.paragraph,
    start: entry.start,
    end: entry.end,
    quote: entry.amount,
    page: disclosure.paragraphs[chart.paragraph]?.page ?? null,
  };
}

/** The chart value equals the text's figure as printed, or in 万元 at the chart's decimals (charts state no unit). */
function agrees(value: Decimal, places: number, figure: NarrativeFigure): boolean {
  if (figure.unit === '%') return false;
  if (value.equals(figure.amount)) return true;
  const tenThousands = inYuan(figure.amount, figure.unit)
    .dividedBy(10000)
    .toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return value.equals(tenThousands);
}

export function check({ disclosure, figures }: RuleInput): RuleOutcome {
  const charts = readChartData(disclosure.paragraphs);
  const tally = new Tally(meta);
  let comparisons = 0;
  const year = disclosure.meta.year;
  const values = figures.filter(
    (figure) => figure.relation === 'value' && figure.unit !== '%' && figure.basis === undefined,
  );

  const report = (
    chart: Chart,
    entry: ChartEntry,
    value: Decimal,
    expected: Decimal,
    places: number,
    messageId: string,
    data: FindingData,
    related: Location[],
  ) => {
    tally.report({
      messageId,
      data: { chart: chart.number, title: chart.title, ...data },
      type: 'mismatch',
      location: entryLocation(disclosure, chart, entry),
      related,
      expected: formatAmount(expected, places),
      actual: entry.amount,
      difference: formatAmount(value.minus(expected), places),
    });
  };

  /** Compares a chart value with the first figure the text states for it; true when one was found. */
  const againstText = (
    chart: Chart,
    entry: ChartEntry,
    value: Decimal,
    figure: NarrativeFigure | undefined,
    what: string,
  ) => {
    if (!figure) return;
    comparisons += 1;
    const places = printedPlaces(entry.amount);
    if (agrees(value, places, figure)) return;
    report(
      chart,
      entry,
      value,
      new Decimal(figure.amount),
      Math.max(places, printedPlaces(figure.amount)),
      'differsFromText',
      { what, value: value.toFixed(), subject: figure.label || what, stated: quoteFigure(figure) },
      [figure.location],
    );
  };

  const subjectFigure = (subject: FigureSubject, forYear: number | null) =>
    values.find((figure) => figure.subject === subject && figure.year === forYear && !figure.fiscal);

  const currentEntry = (chart: Chart) =>
    chart.entries.find((entry) => year !== null && entry.label.startsWith(String(year))) ?? chart.entries.at(-1)!;

  for (const chart of charts) {
    const subject = chartSubject(chart.title);
    if (chart.trend) {
      if (!subject) continue;
      for (const entry of chart.entries) {
        const entryYear = Number(entry.label.slice(0, 4));
        againstText(chart, entry, new Decimal(entry.amount), subjectFigure(subject, entryYear), `${entry.label}数`);
      }
      continue;
    }
    // A structure chart: each part against the text, and the parts' sum against the subject's total.
    for (const entry of chart.entries) {
      const name = partName(entry.label);
      const figure = values.find(
        (candidate) => candidate.year === year && candidate.label && partName(candidate.label) === name,
      );
      againstText(chart, entry, new Decimal(entry.amount), figure, entry.label);
    }
    if (!subject) continue;
    const sum = sumOf(chart.entries.map((entry) => entry.amount));
    const places = placesOf(chart.entries.map((entry) => entry.amount));
    const largest = chart.entries.reduce((best, entry) =>
      new Decimal(entry.amount).greaterThan(best.amount) ? entry : best,
    );
    const trend = charts.find((other) => other.trend && chartSubject(other.title) === subject);
    if (trend) {
      const total = currentEntry(trend);
      comparisons += 1;
      if (!sum.equals(total.amount)) {
        report(
          chart,
          largest,
          new Decimal(largest.amount),
          new Decimal(largest.amount).minus(sum).plus(total.amount),
          places,
          'partsDifferFromTrend',
          {
            sum: formatAmount(sum, places),
            trendChart: trend.number,
            trendTitle: trend.title,
            year: total.label,
            total: total.amount,
            gap: formatAmount(sum.minus(total.amount).abs(), places),
          },
          [entryLocation(disclosure, trend, total)],
        );
      }
    }
    const figure = subjectFigure(subject, year);
    if (figure) {
      comparisons += 1;
      if (!agrees(sum, places, figure)) {
        const total = new Decimal(figure.amount);
        report(
          chart,
          largest,
          new Decimal(largest.amount),
          new Decimal(largest.amount).minus(sum).plus(total),
          places,
          'partsDifferFromText',
          { sum: formatAmount(sum, places), subject: figure.label, stated: quoteFigure(figure) },
          [figure.location],
        );
      }
    }
  }
  return { ...tally.outcome(charts.length > 0), comparisons };
}

export const rule: Rule = { meta, check };
