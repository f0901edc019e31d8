// One sheet's cells → paragraphs and tables: the splits the seed workbooks do not show.

import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../../src/lib/model/document';
import { sheetBlocks } from '../../../src/parsers/xlsx/sheet-blocks';

/** Rows of plain cells from text; `^r,c` marks a cell covered by the merged area starting at r,c. */
function grid(rows: string[][]): GridCell[][] {
  return rows.map((row) =>
    row.map((text): GridCell => {
      const covered = /^\^(\d+),(\d+)$/.exec(text);
      if (!covered) return { text };
      const [r, c] = [Number(covered[1]), Number(covered[2])];
      return { text: rows[r]![c]!, spanOrigin: { row: r, col: c } };
    }),
  );
}

describe('sheetBlocks', () => {
  it('starts a new table at an unmerged title row right under a table, and keeps the org line a paragraph', () => {
    const blocks = sheetBlocks(
      'Sheet1',
      grid([
        ['项目', '预算数'],
        ['一般公共预算拨款收入', '1,234.56'],
        ['部门预算财政拨款“三公”经费支出表', ''],
        ['单位：万元', ''],
        ['项目', '合计'],
        ['公务接待费', '0.50'],
      ]),
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        rows: [
          [{ text: '项目' }, { text: '预算数' }],
          [{ text: '一般公共预算拨款收入' }, { text: '1,234.56' }],
        ],
      },
      { type: 'paragraph', text: '部门预算财政拨款“三公”经费支出表' },
      { type: 'paragraph', text: '单位：万元' },
      {
        type: 'table',
        rows: [
          [{ text: '项目' }, { text: '合计' }],
          [{ text: '公务接待费' }, { text: '0.50' }],
        ],
      },
    ]);
  });

  it('reads a title merged over two rows once, trims blank side columns, and keeps header merges', () => {
    const blocks = sheetBlocks(
      '收入总表',
      grid([
        ['', '部门预算收入总表', '^0,1', '^0,1'],
        ['', '^0,1', '^0,1', '^0,1'],
        ['　', '', '', ''],
        ['', '科目', '本年收入', '^3,2'],
        ['', '^3,1', '小计', '财政拨款'],
        ['', '合计', '10.00', '10.00'],
      ]),
    );
    expect(blocks).toEqual([
      { type: 'paragraph', text: '部门预算收入总表' },
      {
        type: 'table',
        rows: [
          [{ text: '科目' }, { text: '本年收入' }, { text: '本年收入', spanOrigin: { row: 0, col: 1 } }],
          [{ text: '科目', spanOrigin: { row: 0, col: 0 } }, { text: '小计' }, { text: '财政拨款' }],
          [{ text: '合计' }, { text: '10.00' }, { text: '10.00' }],
        ],
      },
    ]);
  });

  it('gives an untitled table its sheet’s name, but not a default name like Sheet1', () => {
    const rows = grid([
      ['单位：元', ''],
      ['项目', '合计'],
      ['公务接待费', '0.50'],
    ]);
    expect(sheetBlocks('“三公”经费支出表', rows).slice(0, 2)).toEqual([
      { type: 'paragraph', text: '“三公”经费支出表' },
      { type: 'paragraph', text: '单位：元' },
    ]);
    expect(sheetBlocks('Sheet1', rows)[0]).toEqual({ type: 'paragraph', text: '单位：元' });
    expect(sheetBlocks('工作表2', rows)[0]).toEqual({ type: 'paragraph', text: '单位：元' });
  });
});
