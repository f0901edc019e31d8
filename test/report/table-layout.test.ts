// Header rows from column paths, and how a two-sided table is split into its 收入 and 支出 halves.

import { describe, expect, it } from 'vitest';
import { headerRows, splitSides } from '../../src/lib/report/table-layout';
import type { StandardTable, TableRow } from '../../src/lib/model/disclosure';

function row(name: string, side: TableRow['side'], cells: Record<string, string>): TableRow {
  return { seq: null, code: null, name, side, cells, page: null };
}

describe('headerRows', () => {
  it('spans a shared path over its children and a short path down to the last header row', () => {
    expect(headerRows(['合计', '基本支出/小计', '基本支出/人员经费', '项目支出'])).toEqual([
      [
        { label: '合计', colspan: 1, rowspan: 2 },
        { label: '基本支出', colspan: 2, rowspan: 1 },
        { label: '项目支出', colspan: 1, rowspan: 2 },
      ],
      [
        { label: '小计', colspan: 1, rowspan: 1 },
        { label: '人员经费', colspan: 1, rowspan: 1 },
      ],
    ]);
  });

  it('handles three levels and does not merge equal labels under different parents', () => {
    expect(headerRows(['甲/乙/丙', '甲/乙/丁', '戊/乙'])).toEqual([
      [
        { label: '甲', colspan: 2, rowspan: 1 },
        { label: '戊', colspan: 1, rowspan: 1 },
      ],
      [
        { label: '乙', colspan: 2, rowspan: 1 },
        { label: '乙', colspan: 1, rowspan: 2 },
      ],
      [
        { label: '丙', colspan: 1, rowspan: 1 },
        { label: '丁', colspan: 1, rowspan: 1 },
      ],
    ]);
  });
});

describe('splitSides', () => {
  const summary: StandardTable = {
    kind: 'fiscal-grant-summary',
    title: '部门预算财政拨款收支总表',
    unit: '万元',
    empty: false,
    note: null,
    columns: ['收入/金额', '支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '备注'],
    rows: [
      row('一、一般公共预算拨款', 'income', { '收入/金额': '6570.38' }),
      row('十、卫生健康支出', 'expenditure', { '支出/合计': '6371.23', '支出/一般公共预算财政拨款': '6371.23' }),
    ],
    page: 7,
    blockIndex: 12,
  };

  it('gives each half the columns its rows fill or its path names, without repeating the side', () => {
    const [income, expenditure, ...rest] = splitSides(summary);
    expect(rest).toEqual([]);
    expect(income).toMatchObject({ caption: '收入', columns: ['收入/金额', '备注'], labels: ['金额', '备注'] });
    expect(income?.rows.map((r) => r.name)).toEqual(['一、一般公共预算拨款']);
    expect(expenditure).toMatchObject({
      caption: '支出',
      columns: ['支出/合计', '支出/一般公共预算财政拨款', '支出/政府性基金预算财政拨款', '备注'],
      labels: ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '备注'],
    });
  });

  it('keeps rows without a side in a third part rather than dropping them', () => {
    const parts = splitSides({ ...summary, rows: [...summary.rows, row('合计', undefined, {})] });
    expect(parts.map((part) => part.caption)).toEqual(['收入', '支出', '未分栏']);
    expect(parts[2]?.rows.map((r) => r.name)).toEqual(['合计']);
  });

  it('leaves a one-sided table whole', () => {
    const table = { ...summary, kind: 'income-summary' as const, rows: [row('合计', undefined, { '收入/金额': '1' })] };
    expect(splitSides(table)).toEqual([
      { caption: null, columns: table.columns, labels: table.columns, rows: table.rows },
    ]);
  });
});
