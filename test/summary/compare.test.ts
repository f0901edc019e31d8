// Comparison builders on the real 江苏 PDFs: the court across 2017–2019 (its own text states the
// year-on-year change, which the table must match) and the court beside the 检察院 in 2017 and 2018.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import {
  changeBetween,
  compareDepartments,
  compareYears,
  groupByOrg,
  orgKey,
  sharedYears,
  type CompareItem,
} from '../../src/lib/summary/compare';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_DIR } from '../helpers/shared-files';

const FILES = [
  '江苏省高级人民法院2019年度部门预算公开.pdf',
  '省法院2017年度部门预算公开.pdf',
  '2018年省检察院部门预算公开.pdf',
  '省法院2018年度部门预算公开.pdf',
  '2017年省检察院部门预算.pdf',
];

let items: CompareItem[];
beforeAll(async () => {
  const reports = await Promise.all(
    FILES.map((name) =>
      inspectFile(name, new Uint8Array(readFileSync(`${REAL_DIR}${name}`)), { pdfAssets: nodePdfAssets() }),
    ),
  );
  items = reports.map((report, id) => ({ id, report }));
}, 180_000);

const court = () => groupByOrg(items).find((g) => g.key === '江苏省高级人民法院')!;

describe('groupByOrg', () => {
  it('puts the three court files in one group and the two 检察院 files in another', () => {
    const groups = groupByOrg(items);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.report.source.name)])).toEqual([
      ['江苏省高级人民法院', [FILES[0], FILES[1], FILES[3]]],
      ['江苏省人民检察院', [FILES[2], FILES[4]]],
    ]);
  });

  it('lets the user move a file to another group', () => {
    const groups = groupByOrg(items, new Map([[2, '江苏省高级人民法院']]));
    expect(groups.map((g) => g.items.length)).toEqual([4, 1]);
  });

  it('normalises spaces and 本级, and names a report without an org by its file', () => {
    const report = items[0]!.report;
    expect(orgKey({ ...report, meta: { ...report.meta, orgName: '江苏省 高级人民法院（本级）' } })).toBe(
      '江苏省高级人民法院',
    );
    expect(orgKey({ ...report, meta: { ...report.meta, orgName: null, orgCode: null } })).toBe(
      `未识别机构：${FILES[0]}`,
    );
  });
});

describe('compareYears', () => {
  it('has 2017, 2018, 2019 in order with totals and the change the court text states', () => {
    const comparison = compareYears(court().items.map((i) => i.report));
    expect(comparison.unit).toBe('万元');
    expect(comparison.columns.map((c) => c.year)).toEqual([2017, 2018, 2019]);
    const income = comparison.totals.find((r) => r.label === '收入合计')!;
    expect(income.values).toEqual(['28849.38', '33172.15', '37188.34']);
    // The 2018 text: 增加 4322.77 万元，增长 14.98%; the 2019 text: 增加 4016.19 万元，增长 12.11%.
    expect(income.changes).toEqual([
      null,
      { difference: '+4322.77', rate: '+14.98%' },
      { difference: '+4016.19', rate: '+12.11%' },
    ]);
    expect(comparison.totals.find((r) => r.label === '项目支出')!.changes![1]).toEqual({
      difference: '-200.00',
      rate: '-1.73%',
    });
    expect(comparison.notes).toEqual([]);
  });

  it('has 三公 by category per year', () => {
    const rows = compareYears(court().items.map((i) => i.report)).threePublic;
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['因公出国（境）费', ['180.00', '170.00', '160.00']],
      ['公务用车购置及运行维护费', ['304.40', '266.80', '266.80']],
      ['公务接待费', ['185.72', '183.95', '86.95']],
      ['合计', ['670.12', '620.75', '513.75']],
    ]);
    expect(rows[1]!.changes![2]).toEqual({ difference: '0.00', rate: '0.00%' });
  });

  it('lists the 类 and largest 款 of each year side by side, by code', () => {
    const subjects = compareYears(court().items.map((i) => i.report)).subjects;
    expect(subjects.map((r) => r.label)).toEqual([
      '204 公共安全支出',
      '20405 法院',
      '208 社会保障和就业支出',
      '20805 行政事业单位离退休',
      '221 住房保障支出',
      '22102 住房改革支出',
    ]);
    expect(subjects[1]!.values).toEqual(['23513.11', '26200.88', '27488.23']);
  });

  it('keeps the first report of a year and says so', () => {
    const reports = court().items.map((i) => i.report);
    const comparison = compareYears([...reports, reports[0]!]);
    expect(comparison.columns).toHaveLength(3);
    expect(comparison.notes).toEqual([
      `${FILES[0]} 与 ${FILES[0]} 同为 2019 年的部门文件，只列出先打开的 ${FILES[0]}。`,
    ]);
  });

  it('puts a body’s 部门 and 单位 reports of one year side by side, each compared with its own year before', () => {
    const [court2017, court2018] = ['省法院2017年度部门预算公开.pdf', '省法院2018年度部门预算公开.pdf'].map(
      (name) => court().items.find((item) => item.report.source.name === name)!.report,
    );
    // The same body's 单位 version of each year (the court's own budget, without its units).
    const asUnit = (report: DocumentReport): DocumentReport => ({
      ...report,
      source: { ...report.source, name: report.source.name.replace('部门', '单位') },
      meta: { ...report.meta, scope: '单位' },
    });
    const comparison = compareYears([court2018!, asUnit(court2018!), court2017!, asUnit(court2017!)]);
    expect(comparison.notes).toEqual([]);
    expect(comparison.columns.map((column) => column.label)).toEqual([
      '2017年预算（部门）',
      '2017年预算（单位）',
      '2018年预算（部门）',
      '2018年预算（单位）',
    ]);
    // The change columns name the column they are from, which is not the one beside them.
    expect(comparison.columns.map((column) => column.changeFrom ?? null)).toEqual([
      null,
      null,
      '2017年预算（部门）',
      '2017年预算（单位）',
    ]);
    const spending = comparison.totals.find((row) => row.label === '支出合计')!;
    expect(spending.values).toEqual(['28849.38', '28849.38', '33172.15', '33172.15']);
    // 2018 部门 against 2017 部门, 2018 单位 against 2017 单位: never 单位 against 部门 of one year.
    expect(spending.changes!.map((change) => change?.difference ?? null)).toEqual([null, null, '+4322.77', '+4322.77']);
  });
  it('lets a file whose scope is not recognised join the one scope the others have', () => {
    const [court2017, court2018] = ['省法院2017年度部门预算公开.pdf', '省法院2018年度部门预算公开.pdf'].map(
      (name) => court().items.find((item) => item.report.source.name === name)!.report,
    );
    // A tables-only file says neither 部门 nor 单位 (the e2e meta-correction case sets its year by hand).
    const unscoped = { ...court2017!, meta: { ...court2017!.meta, scope: null } };
    const comparison = compareYears([unscoped, court2018!]);
    expect(comparison.columns.map((column) => [column.label, column.changeFrom ?? null])).toEqual([
      ['2017年预算', null],
      ['2018年预算', '2017年预算'],
    ]);
    expect(comparison.totals.find((row) => row.label === '支出合计')!.changes![1]?.difference).toBe('+4322.77');
    // Beside both a 部门 and a 单位 file it stays apart: which of the two it is cannot be guessed.
    const asUnit = { ...court2018!, meta: { ...court2018!.meta, scope: '单位' as const } };
    const apart = compareYears([unscoped, court2018!, asUnit]);
    expect(apart.columns.map((column) => column.label)).toEqual([
      '2017年预算（未识别）',
      '2018年预算（部门）',
      '2018年预算（单位）',
    ]);
    expect(apart.columns.map((column) => column.changeFrom ?? null)).toEqual([null, null, null]);
  });
});

describe('compareDepartments', () => {
  it('puts the court and the 检察院 side by side in 2017 and 2018', () => {
    const groups = groupByOrg(items);
    expect(sharedYears(groups)).toEqual([2018, 2017]);
    const comparison = compareDepartments(groups, 2017);
    expect(comparison.columns.map((c) => [c.label, c.source])).toEqual([
      ['江苏省高级人民法院', FILES[1]],
      ['江苏省人民检察院', FILES[4]],
    ]);
    expect(comparison.totals.find((r) => r.label === '支出合计')!.values).toEqual(['28849.38', '17996.68']);
    expect(comparison.threePublic.find((r) => r.label === '合计')!.values).toEqual(['670.12', '584.35']);
    const errors = comparison.findings.find((r) => r.label === '错误')!.values;
    expect(errors).toEqual(
      [1, 4].map((i) => String(items[i]!.report.findings.filter((f) => f.severity === 'error').length)),
    );
  });
});

describe('changeBetween', () => {
  it('is exact, signed, and has no rate from zero', () => {
    expect(changeBetween('0.1', '0.3')).toEqual({ difference: '+0.20', rate: '+200.00%' });
    expect(changeBetween('0', '5')).toEqual({ difference: '+5.00', rate: '—' });
    expect(changeBetween(null, '5')).toBeNull();
  });
});
