// Sums of cells read in place (Tally sumOfRows, sumOfColumns): they settle a sum that holds on the
// printed text, and must count and word every sum exactly as `sum` over the cells' figures does.
// The amounts are those of 万里街道 2024 预算's 支出总表 (合计 = 基本支出 + 项目支出), with slips made.

import { describe, expect, it } from 'vitest';
import type { StandardTable, TableRow } from '../../../src/lib/model/disclosure';
import { EVERY_DOCUMENT, type RuleMeta } from '../../../src/lib/rules/rule';
import type { TableRef } from '../../../src/lib/rules/support/locate';
import { AMOUNT_MESSAGES } from '../../../src/lib/rules/support/messages';
import { figureAt, labelled, Tally } from '../../../src/lib/rules/support/tally';

const meta: RuleMeta = {
  id: 'example',
  title: { zh: '示例', en: 'Example' },
  severity: 'error',
  documentTypes: EVERY_DOCUMENT,
  messages: AMOUNT_MESSAGES,
};

const COLUMNS = ['合计', '基本支出', '项目支出'];
const row = (name: string, amounts: Array<string | undefined>): TableRow => ({
  seq: null,
  code: null,
  name,
  cells: Object.fromEntries(COLUMNS.flatMap((column, i) => (amounts[i] === undefined ? [] : [[column, amounts[i]]]))),
  page: 3,
});
const table: StandardTable = {
  kind: 'expenditure-summary',
  title: '支出总表',
  unit: '万元',
  empty: false,
  note: null,
  columns: COLUMNS,
  rows: [
    row('合计', ['8167.08', '5421.24', '2745.84']),
    row('一般公共服务支出', ['2745.85', '2131.93', '613.91']),
    row('社会保障和就业支出', ['5421.23', '3289.31', '2131.94']),
    row('未列支出', [undefined, '0.00', undefined]),
    row('精确到五位', ['0.12345', '0.12340', '0.00005']),
    row('元误作万元', ['81670800', '5421.24', '2745.84']),
  ],
  page: 3,
  blockIndex: 0,
};
const ref: TableRef = { index: 2, table };

/** What `sum` over figures made of the same cells gives: the count and the findings to match. */
function bySum(check: (tally: Tally) => void) {
  const tally = new Tally(meta);
  check(tally);
  return tally.outcome(true);
}

describe('sumOfColumns', () => {
  const inPlace = (rowIndex: number) =>
    bySum((tally) => tally.sumOfColumns(ref, rowIndex, '合计', ['基本支出', '项目支出'], '基本支出、项目支出之和'));
  const byFigures = (rowIndex: number) =>
    bySum((tally) =>
      tally.sum(
        figureAt(ref, rowIndex, '合计'),
        [figureAt(ref, rowIndex, '基本支出'), figureAt(ref, rowIndex, '项目支出')],
        '基本支出、项目支出之和',
      ),
    );

  it('counts a sum that holds, and no sum for a blank row', () => {
    expect(inPlace(0)).toEqual({ applicable: true, comparisons: 1, findings: [] });
    expect(inPlace(3)).toEqual({ applicable: true, comparisons: 0, findings: [] });
    expect(inPlace(4)).toEqual({ applicable: true, comparisons: 1, findings: [] });
  });

  it('words a sum that fails as sum over the figures does, at the cell', () => {
    const [finding] = inPlace(1).findings;
    expect(finding).toMatchObject({
      messageId: 'mismatch',
      expected: '2745.84',
      actual: '2745.85',
      difference: '0.01',
      location: { type: 'cell', table: 2, row: 1, column: '合计', rowLabel: '一般公共服务支出' },
      related: [{ column: '基本支出' }, { column: '项目支出' }],
    });
    for (const rowIndex of [1, 2, 5]) expect(inPlace(rowIndex)).toEqual(byFigures(rowIndex));
    expect(inPlace(5).findings[0]!.type).toBe('unit-slip');
  });
});

describe('sumOfRows', () => {
  const inPlace = (column: string, parts: number[]) =>
    bySum((tally) => tally.sumOfRows(ref, column, 0, parts, '各类之和'));
  const byFigures = (column: string, parts: number[]) =>
    bySum((tally) =>
      tally.sum(
        figureAt(ref, 0, column),
        parts.map((part) => figureAt(ref, part, column)),
        '各类之和',
      ),
    );

  it('counts a sum that holds', () => {
    expect(inPlace('合计', [1, 2, 3])).toEqual({ applicable: true, comparisons: 1, findings: [] });
    expect(inPlace('基本支出', [1, 2, 3])).toEqual({ applicable: true, comparisons: 1, findings: [] });
  });

  it('words a sum that fails as sum over the figures does', () => {
    const outcome = inPlace('项目支出', [1, 2]);
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]).toMatchObject({
      expected: '2745.85',
      actual: '2745.84',
      difference: '-0.01',
      location: { row: 0, column: '项目支出' },
      related: [{ row: 1 }, { row: 2 }],
    });
    expect(outcome).toEqual(byFigures('项目支出', [1, 2]));
  });
});

describe('sumOfCells', () => {
  // Cells read as a summary side reads them: each row's amount from the first column printing one.
  const columnOf = (rowIndex: number) => (table.rows[rowIndex]!.cells['合计'] === undefined ? '基本支出' : '合计');
  const amountOf = (rowIndex: number) => table.rows[rowIndex]!.cells[columnOf(rowIndex)];
  const figureOf = (rowIndex: number) => labelled(figureAt(ref, rowIndex, columnOf(rowIndex)), `第${rowIndex}行`);
  const inPlace = (total: number, parts: number[]) =>
    bySum((tally) => tally.sumOfCells(total, parts, amountOf, figureOf, '各行之和'));
  const byFigures = (total: number, parts: number[]) =>
    bySum((tally) => tally.sum(figureOf(total), parts.map(figureOf), '各行之和'));

  it('counts a sum that holds, and none that is blank, without making figures', () => {
    let made = 0;
    const counted = (rowIndex: number) => {
      made += 1;
      return figureOf(rowIndex);
    };
    const tally = new Tally(meta);
    expect(tally.sumOfCells(0, [1], amountOf, counted, '各行之和')).toBe(false);
    expect(made).toBe(2);
    expect(tally.sumOfCells(3, [3], amountOf, counted, '各行之和')).toBe(true);
    expect(tally.sumOfCells(1, [1], amountOf, counted, '各行之和')).toBe(true);
    expect(made).toBe(2);
    expect(tally.outcome(true).comparisons).toBe(2);
  });

  it('words a sum that fails with the figures figureOf names', () => {
    const outcome = inPlace(0, [1]);
    expect(outcome.findings[0]).toMatchObject({ data: { checked: '第0行' }, expected: '2745.85', actual: '8167.08' });
    expect(outcome).toEqual(byFigures(0, [1]));
  });
});
