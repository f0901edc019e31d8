// The chart data some 决算 files end with: a caption `图1：收、支决算总计变动情况图` and, in the
// next paragraph, the labels then the values (`2020年 2021年 329.27 460.66`). Pure: a list of
// charts with each value's character range, for the chart-data rule.

import type { TextParagraph } from '../model/disclosure';

export interface ChartEntry {
  label: string;
  amount: string;
  /** Character range of the amount in the data paragraph. */
  start: number;
  end: number;
}

export interface Chart {
  number: number;
  title: string;
  /** Index of the caption paragraph and of the data paragraph in `Disclosure.paragraphs`. */
  caption: number;
  paragraph: number;
  /** True when every label is a year (`2021年`): a trend chart; else the parts of a structure chart. */
  trend: boolean;
  entries: ChartEntry[];
}

const CAPTION = /^图\s*(\d+)\s*[：:]\s*(.+?)\s*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The labels-then-values data paragraph: n labels, then n numbers. */
function readEntries(text: string): ChartEntry[] | null {
  const tokens: Array<{ text: string; start: number }> = [];
  for (const match of text.matchAll(/\S+/g)) tokens.push({ text: match[0], start: match.index });
  if (tokens.length < 2 || tokens.length % 2 !== 0) return null;
  const n = tokens.length / 2;
  const labels = tokens.slice(0, n);
  const values = tokens.slice(n);
  if (!values.every((token) => NUMBER.test(token.text)) || labels.some((token) => NUMBER.test(token.text))) return null;
  return labels.map((label, i) => ({
    label: label.text,
    amount: values[i]!.text,
    start: values[i]!.start,
    end: values[i]!.start + values[i]!.text.length,
  }));
}

/** The charts, and the captions (paragraph indexes) not followed by a data paragraph that could be read. */
export function readChartsAndGaps(paragraphs: TextParagraph[]): { charts: Chart[]; unreadable: number[] } {
  const charts: Chart[] = [];
  const unreadable: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    const caption = paragraph.text.trim().match(CAPTION);
    if (!caption) return;
    const data = paragraphs[index + 1];
    const entries = data ? readEntries(data.text) : null;
    if (!entries) {
      unreadable.push(index);
      return;
    }
    charts.push({
      number: Number(caption[1]),
      title: caption[2]!,
      caption: index,
      paragraph: index + 1,
      trend: entries.every((entry) => /^(19|20)\d\d年度?$/.test(entry.label)),
      entries,
    });
  });
  return { charts, unreadable };
}

export function readChartData(paragraphs: TextParagraph[]): Chart[] {
  return readChartsAndGaps(paragraphs).charts;
}
