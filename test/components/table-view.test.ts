// @vitest-environment jsdom
// TableView renders a recognised table as text only: hostile cell text never becomes markup.

import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TableView from '../../src/lib/components/TableView.svelte';
import type { StandardTable, TableRow } from '../../src/lib/model/disclosure';

const HOSTILE = '<img src=x onerror=alert(1)>';

function table(overrides: Partial<StandardTable>): StandardTable {
  return {
    kind: 'income-summary',
    title: '部门预算收入总表',
    unit: '万元',
    empty: false,
    note: null,
    columns: ['合计', '本年收入/小计', '本年收入/财政拨款收入', '上年结转'],
    rows: [
      {
        seq: '1',
        code: '208',
        name: '社会保障和就业支出',
        cells: { 合计: '125.38', '本年收入/小计': '125.38' },
        page: 3,
      },
      { seq: '2', code: '20805', name: '行政事业单位养老支出', cells: { 合计: '125.38' }, page: 3 },
    ],
    page: 3,
    blockIndex: 7,
    ...overrides,
  };
}

describe('TableView', () => {
  it('shows hostile text from a document as text, never as markup', () => {
    const { container } = render(TableView, {
      table: table({
        title: HOSTILE,
        note: HOSTILE,
        columns: [HOSTILE],
        rows: [{ seq: HOSTILE, code: HOSTILE, name: HOSTILE, cells: { [HOSTILE]: HOSTILE }, page: null }],
      }),
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('[onerror]')).toHaveLength(0);
    const cells = [...container.querySelectorAll('h3, thead th:last-child, tbody th, tbody td, .note')];
    expect(cells).toHaveLength(7);
    for (const cell of cells) expect(cell.textContent?.trim()).toBe(HOSTILE);
  });

  it('names the kind in Chinese, gives the unit, and groups column paths under a shared header', () => {
    const { container } = render(TableView, { table: table({}) });
    const section = container.querySelector('[data-table-kind="income-summary"]');
    expect(section).not.toBeNull();
    expect(screen.getByText('收入总表')).toBeTruthy();
    expect(screen.getByText('单位：万元')).toBeTruthy();
    const headerRows = [...container.querySelectorAll('thead tr')].map((row) =>
      [...row.querySelectorAll('th')].map((th) => [th.textContent?.trim(), th.colSpan, th.rowSpan]),
    );
    expect(headerRows).toEqual([
      [
        ['序号', 1, 2],
        ['科目编码', 1, 2],
        ['科目名称', 1, 2],
        ['合计', 1, 2],
        ['本年收入', 2, 1],
        ['上年结转', 1, 2],
      ],
      [
        ['小计', 1, 1],
        ['财政拨款收入', 1, 1],
      ],
    ]);
    const firstRow = container.querySelector('tbody tr');
    expect(firstRow).not.toBeNull();
    const amounts = [...firstRow!.querySelectorAll('td.amount')].map((td) => td.textContent);
    expect(amounts).toEqual(['125.38', '125.38']);
  });

  it('shows an empty table as 空表 with its note', () => {
    const { container } = render(TableView, {
      table: table({
        kind: 'government-fund-expenditure',
        empty: true,
        rows: [],
        note: '注：无政府基金拨款预算，空表列示。',
      }),
    });
    expect(screen.getByText('空表')).toBeTruthy();
    expect(screen.getByText(/无政府基金拨款预算/)).toBeTruthy();
    expect(screen.getByText('政府性基金预算财政拨款支出表')).toBeTruthy();
    expect(container.querySelector('table')).toBeNull();
  });

  it('shows the two halves of a 收支总表 as separate 收入 and 支出 tables', () => {
    const { container } = render(TableView, {
      table: table({
        kind: 'income-expenditure-summary',
        title: '部门预算收支总表',
        columns: ['预算数'],
        rows: [
          {
            seq: '1',
            code: null,
            name: '一、一般公共预算拨款收入',
            side: 'income',
            cells: { 预算数: '6570.38' },
            page: 1,
          },
          {
            seq: '8',
            code: '208',
            name: '八、社会保障和就业支出',
            side: 'expenditure',
            cells: { 预算数: '125.38' },
            page: 1,
          },
          { seq: '32', code: null, name: '本年收入合计', side: 'income', cells: { 预算数: '6570.38' }, page: 2 },
        ],
      }),
    });
    const tables = [...container.querySelectorAll('table')];
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual(['收入', '支出']);
    const income = within(tables[0]!);
    expect(income.getByText('一、一般公共预算拨款收入')).toBeTruthy();
    expect(income.getByText('本年收入合计')).toBeTruthy();
    expect(income.queryByText('八、社会保障和就业支出')).toBeNull();
    expect(within(tables[1]!).getByText('八、社会保障和就业支出')).toBeTruthy();
  });
});

describe('TableView evidence', () => {
  it('outlines the cell a finding points at and, dashed, the one it was compared with', () => {
    const { container } = render(TableView, {
      table: table({}),
      marks: [
        { row: 1, column: '合计', role: 'primary' },
        { row: 0, column: '合计', role: 'related' },
      ],
    });
    const primary = container.querySelectorAll('[data-highlighted="primary"]');
    expect(primary).toHaveLength(1);
    expect(primary[0]!.textContent!.trim()).toBe('125.38');
    expect(primary[0]!.getAttribute('aria-current')).toBe('true');
    expect(primary[0]!.closest('tr')!.textContent).toContain('行政事业单位养老支出');
    expect(container.querySelectorAll('[data-highlighted="related"]')).toHaveLength(1);
  });

  it('copies the table as TSV, and shows it selected for a manual copy when the clipboard refuses', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(TableView, { table: table({}) });
    const copy = screen.getByRole('button', { name: '复制为 TSV' });
    await fireEvent.click(copy);
    expect(writeText.mock.calls[0]![0]).toMatch(/^序号\t科目编码\t科目名称\t合计/);
    expect(writeText.mock.calls[0]![0]).toContain('2\t20805\t行政事业单位养老支出\t125.38');
    await screen.findByText('已复制，可粘贴到表格软件。');
    await fireEvent.click(copy);
    const fallback = await screen.findByRole('alert');
    expect(fallback.textContent).toContain('浏览器不允许写入剪贴板');
    const area = within(fallback).getByRole('textbox') as HTMLTextAreaElement;
    expect(area.value).toContain('行政事业单位养老支出');
  });

  it('groups the digits of 元 amounts on screen (issue 13: 371514655.00 was hard to read) and copies them as printed', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const rows: TableRow[] = [
      { seq: null, code: null, name: '合计', cells: { 合计: '371514655.00', 上年结转: '-1234.50' }, page: 2 },
      { seq: null, code: '201', name: '一般公共服务支出', cells: { 合计: '999.00' }, page: 2 },
    ];
    const { container, unmount } = render(TableView, { table: table({ unit: '元', rows }) });
    const amounts = () => [...container.querySelectorAll('td.amount')].map((cell) => cell.textContent?.trim());
    expect(amounts()).toEqual(['371,514,655.00', '-1,234.50', '999.00']);
    await fireEvent.click(screen.getByRole('button', { name: '复制为 TSV' }));
    expect(writeText.mock.calls[0]![0]).toContain('371514655.00');
    unmount();

    // 万元 amounts are short enough as printed.
    const { container: wan } = render(TableView, { table: table({ unit: '万元', rows }) });
    expect([...wan.querySelectorAll('td.amount')].map((cell) => cell.textContent?.trim())).toEqual([
      '371514655.00',
      '-1234.50',
      '999.00',
    ]);
  });

  it('marks the amounts of a scan read with low confidence, the confidence in their title and for screen readers', () => {
    const { container } = render(TableView, {
      table: table({
        rows: [
          {
            seq: '1',
            code: '208',
            name: '社会保障和就业支出',
            cells: { 合计: '125.38', '本年收入/小计': '125.38' },
            confidence: { 合计: 62, '本年收入/小计': 96 },
            page: 3,
          },
        ],
      }),
    });
    const marked = [...container.querySelectorAll('td.low-confidence')];
    expect(marked).toHaveLength(1);
    expect(marked[0]!.getAttribute('title')).toBe('识别置信度 62（低于 80），可能认错了数字，请对照原页面核实');
    expect(marked[0]!.querySelector('.visually-hidden')?.textContent).toContain('识别置信度 62');
    expect(container.querySelectorAll('td[title]')).toHaveLength(1);
  });

  it('marks nothing on a document that was not recognised: its rows carry no confidence', () => {
    const { container } = render(TableView, { table: table({}) });
    expect(container.querySelectorAll('td.amount')).not.toHaveLength(0);
    expect(container.querySelectorAll('.low-confidence, td[title]')).toHaveLength(0);
  });
});
