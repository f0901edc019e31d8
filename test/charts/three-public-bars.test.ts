// 三公 bars from the three 江苏省高级人民法院 PDFs (one-row layout) and from text figures.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FROM_TEXT_NOTE,
  threePublicYears,
  toThreePublicBarsOption,
  toThreePublicTable,
  type ThreePublicBarDatum,
} from '../../src/lib/charts/three-public-bars';
import { threePublicFileName } from '../../src/lib/export/file-names';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_DIR, seedPath, SEED_FILES } from '../helpers/shared-files';

const COURT = [
  '省法院2017年度部门预算公开.pdf',
  '省法院2018年度部门预算公开.pdf',
  '江苏省高级人民法院2019年度部门预算公开.pdf',
];

interface BarsOption {
  xAxis: { data: string[] };
  series: Array<{ name: string; data: ThreePublicBarDatum[] }>;
  tooltip: { formatter: (p: unknown) => string };
}

let court: DocumentReport[];
let seed000: DocumentReport;
beforeAll(async () => {
  // Loaded out of order on purpose: the chart sorts the years.
  court = await Promise.all(
    [COURT[2]!, COURT[0]!, COURT[1]!].map((name) =>
      inspectFile(name, new Uint8Array(readFileSync(`${REAL_DIR}${name}`)), { pdfAssets: nodePdfAssets() }),
    ),
  );
  seed000 = await inspectFile(SEED_FILES['000'], new Uint8Array(readFileSync(seedPath('000'))));
}, 120_000);

describe('three-public bars', () => {
  it('has 2017, 2018, 2019 from the court tables with exact amounts', () => {
    const option = toThreePublicBarsOption(court) as unknown as BarsOption;
    expect(option.xAxis.data).toEqual(['2017年', '2018年', '2019年']);
    const amounts = option.series.map((s) => [s.name, s.data.map((d) => d.amount)]);
    expect(amounts).toEqual([
      ['因公出国（境）费', ['180', '170', '160']],
      ['公务用车购置及运行费', ['304.4', '266.8', '266.8']],
      ['公务接待费', ['185.72', '183.95', '86.95']],
    ]);
    expect(option.series.flatMap((s) => s.data).every((d) => !d.fromText)).toBe(true);
  });

  it('converts to 元 exactly', () => {
    const option = toThreePublicBarsOption(court, '元') as unknown as BarsOption;
    expect(option.series[2]!.data[0]).toMatchObject({ amount: '1857200', value: 1857200, unit: '元' });
  });

  it('adds previous-year figures from the text, marked as such; the table wins for its own year', () => {
    const option = toThreePublicBarsOption([seed000]) as unknown as BarsOption;
    expect(option.xAxis.data).toEqual(['2020年', '2021年']);
    const reception = option.series.find((s) => s.name === '公务接待费')!;
    expect(reception.data.map((d) => [d.year, d.amount, d.fromText])).toEqual([
      [2020, '2', true],
      [2021, '0.5', false],
    ]);
    const vehicle = option.series.find((s) => s.name === '公务用车购置及运行费')!;
    expect(vehicle.data[0]).toMatchObject({ amount: '2', fromText: true });
    expect(option.tooltip.formatter({ data: reception.data[0] })).toContain(FROM_TEXT_NOTE);
    expect(option.tooltip.formatter({ data: reception.data[1] })).not.toContain(FROM_TEXT_NOTE);
    expect((reception.data[0] as unknown as { itemStyle: { opacity: number } }).itemStyle.opacity).toBeLessThan(1);
  });

  it('is null with nothing to draw', () => {
    expect(toThreePublicBarsOption([])).toBeNull();
  });

  it('lists the years drawn, their amounts and sources as a table, and names the PNG after them', () => {
    expect(threePublicYears(court)).toEqual([2017, 2018, 2019]);
    const table = toThreePublicTable(court);
    expect(table.columns).toEqual([
      '年度',
      '因公出国（境）费（万元）',
      '公务用车购置及运行费（万元）',
      '公务接待费（万元）',
      '来源',
    ]);
    expect(table.rows[0]).toEqual(['2017年', '180', '304.4', '185.72', '省法院2017年度部门预算公开.pdf']);
    expect(threePublicFileName(court)).toBe('江苏省高级人民法院-2017-2019年-三公经费.png');
    const fromText = toThreePublicTable([seed000]).rows[0]!;
    expect(fromText[0]).toBe('2020年');
    expect(fromText.at(-1)).toBe(`${SEED_FILES['000']}（${FROM_TEXT_NOTE}）`);
    expect(threePublicYears([])).toEqual([]);
  });
});
