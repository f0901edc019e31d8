// readHtml: paragraphs in document order and tables expanded into exact rectangular grids.

import { describe, expect, it } from 'vitest';
import type { Block, GridCell, TableBlock } from '../../../src/lib/model/document';
import { findDeclaredCharset } from '../../../src/parsers/html/declared-charset';
import { readHtml } from '../../../src/parsers/html/read-html';
import { readFormatFixture, utf8 } from '../format-fixtures';

function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((block): block is TableBlock => block.type === 'table');
}

function onlyTable(html: string): GridCell[][] {
  const found = tables(readHtml(html).blocks);
  expect(found).toHaveLength(1);
  return found[0]!.rows;
}

const texts = (rows: GridCell[][]) => rows.map((row) => row.map((cell) => cell.text));

describe('readHtml tables', () => {
  it('expands a two-row header with rowspan and colspan into an exact grid', () => {
    const rows = onlyTable(`
      <table>
        <tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th colspan="3">本年支出</th></tr>
        <tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr>
        <tr><td>208</td><td>社会保障和就业支出</td><td>120.50</td><td>100.00</td><td>20.50</td></tr>
      </table>`);
    expect(rows).toEqual([
      [
        { text: '科目编码' },
        { text: '科目名称' },
        { text: '本年支出' },
        { text: '本年支出', spanOrigin: { row: 0, col: 2 } },
        { text: '本年支出', spanOrigin: { row: 0, col: 2 } },
      ],
      [
        { text: '科目编码', spanOrigin: { row: 0, col: 0 } },
        { text: '科目名称', spanOrigin: { row: 0, col: 1 } },
        { text: '合计' },
        { text: '基本支出' },
        { text: '项目支出' },
      ],
      [{ text: '208' }, { text: '社会保障和就业支出' }, { text: '120.50' }, { text: '100.00' }, { text: '20.50' }],
    ]);
  });

  it('places a cell with both spans, and the cells after it, in the right columns', () => {
    const rows = onlyTable(`<table>
      <tr><td>a</td><td rowspan="2" colspan="2">B</td><td>c</td></tr>
      <tr><td>d</td><td>e</td></tr>
      <tr><td>f</td><td>g</td><td>h</td><td>i</td></tr>
    </table>`);
    expect(rows[1]).toEqual([
      { text: 'd' },
      { text: 'B', spanOrigin: { row: 0, col: 1 } },
      { text: 'B', spanOrigin: { row: 0, col: 1 } },
      { text: 'e' },
    ]);
    expect(rows[0]![2]).toEqual({ text: 'B', spanOrigin: { row: 0, col: 1 } });
    expect(texts(rows)).toEqual([
      ['a', 'B', 'B', 'c'],
      ['d', 'B', 'B', 'e'],
      ['f', 'g', 'h', 'i'],
    ]);
  });

  it('pads short rows, stops rowspans at the last row, drops trailing rows without cells', () => {
    const rows = onlyTable(`<table>
      <tr><td>x</td><td rowspan="9">y</td><td>z</td></tr>
      <tr><td>1</td></tr>
      <tr></tr><tr></tr>
    </table>`);
    expect(texts(rows)).toEqual([
      ['x', 'y', 'z'],
      ['1', 'y', ''],
    ]);
    expect(rows[1]![2]).toEqual({ text: '' });
  });

  it('reads rowspan="0" as reaching the last row, and junk spans as 1', () => {
    const rows = onlyTable(`<table>
      <tr><td rowspan="0">a</td><td colspan="x">b</td></tr>
      <tr><td colspan="-2">c</td></tr>
      <tr><td>d</td></tr>
    </table>`);
    expect(texts(rows)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
    ]);
  });

  it('keeps thead, tbody and tfoot rows in order; header spans reach into the body', () => {
    const rows = onlyTable(`<table>
      <thead><tr><th rowspan="2">项目</th><th>预算数</th></tr></thead>
      <tbody><tr><td>1</td></tr><tr><td>合计</td><td>3</td></tr></tbody>
      <tfoot><tr><td>注</td><td>无</td></tr></tfoot>
    </table>`);
    expect(texts(rows)).toEqual([
      ['项目', '预算数'],
      ['项目', '1'],
      ['合计', '3'],
      ['注', '无'],
    ]);
  });

  it('joins the paragraphs and lines of a cell with newlines and collapses whitespace', () => {
    const rows = onlyTable(`<table><tr>
      <td><p>一般公共预算</p>
          <p>  财政拨款&nbsp;&nbsp;收入 </p></td>
      <td>　　其中：<br>工资<span>福利</span>支出</td>
      <td>&nbsp;</td>
    </tr></table>`);
    expect(texts(rows)).toEqual([['一般公共预算\n财政拨款 收入', '　　其中：\n工资福利支出', '']]);
  });

  it('flattens a nested table into its cell and warns', () => {
    const { blocks, warnings } = readHtml(`<table>
      <tr><td>外</td><td>前<table>
        <tr><td colspan="2">内表头</td></tr>
        <tr><td>甲</td><td>1.00</td></tr>
      </table>后</td></tr>
    </table>`);
    expect(tables(blocks)).toHaveLength(1);
    expect(texts(tables(blocks)[0]!.rows)).toEqual([['外', '前\n内表头\t\n甲\t1.00\n后']]);
    expect(warnings.map((warning) => warning.code)).toEqual(['nested-table']);
    expect(warnings[0]!.message).toContain('内表头');
  });

  it('clamps absurd spans and warns', () => {
    const { blocks, warnings } = readHtml('<table><tr><td colspan="100000">宽</td></tr></table>');
    expect(tables(blocks)[0]!.rows[0]).toHaveLength(1000);
    expect(warnings.map((warning) => warning.code)).toEqual(['span-clamped']);
  });

  it('gives the caption as a paragraph before the grid, and skips empty tables', () => {
    const { blocks } = readHtml(
      '<table><caption>部门收支总表</caption><tr><td>收入</td></tr></table><table><tr></tr></table>',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', text: '部门收支总表' },
      { type: 'table', rows: [[{ text: '收入' }]] },
    ]);
  });
});

describe('readHtml paragraphs', () => {
  it('reads block elements in order, splits lines at <br> and skips what is not text', () => {
    const { blocks, warnings } = readHtml(`<!DOCTYPE html>
      <html><head><title>标题不算</title><style>p { color: red }</style></head>
      <body>
        <h1>2024年部门预算</h1>
        <script>document.write('不是正文')</script>
        <noscript>请启用脚本</noscript>
        <template><p>模板</p></template>
        <div>第一部分<p>一、部门职责</p>　　主要职能：<b>医疗</b>保障</div>
        <ul><li>甲</li><li>乙<br><br>丙 </li></ul>
        <p>&lt;table&gt; 只是文字</p>
      </body></html>`);
    expect(blocks).toEqual([
      { type: 'paragraph', text: '2024年部门预算' },
      { type: 'paragraph', text: '第一部分' },
      { type: 'paragraph', text: '一、部门职责' },
      { type: 'paragraph', text: '　　主要职能：医疗保障' },
      { type: 'paragraph', text: '甲' },
      { type: 'paragraph', text: '乙\n丙' },
      { type: 'paragraph', text: '<table> 只是文字' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps paragraphs and tables in document order', () => {
    const { blocks } = readHtml('<p>表一</p><table><tr><td>1</td></tr></table><p>注：空表</p>');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
  });
});

describe('findDeclaredCharset', () => {
  it('reads the charset of a GBK page from its http-equiv meta tag', () => {
    expect(findDeclaredCharset(readFormatFixture('gbk-meta.html'))).toBe('gb2312');
  });

  it('reads <meta charset> and gives null when nothing is declared', () => {
    expect(findDeclaredCharset(utf8('<html><head><META CHARSET="GBK" /></head>'))).toBe('gbk');
    expect(findDeclaredCharset(utf8("<meta charset='utf-8'>"))).toBe('utf-8');
    expect(findDeclaredCharset(utf8('<html><body>charset=gbk</body></html>'))).toBeNull();
    expect(findDeclaredCharset(utf8(`${' '.repeat(2100)}<meta charset="gbk">`))).toBeNull();
  });
});
