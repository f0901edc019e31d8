// @vitest-environment jsdom
// 读取说明 in the report: every note of the file readers, the table recogniser and the text reader,
// grouped by stage in the order they run, each with the table, paragraph or page it concerns.

import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ReportView from '../../src/lib/components/ReportView.svelte';
import type { StandardTable } from '../../src/lib/model/disclosure';
import { readReport } from '../helpers/reports';

const incomeTable: StandardTable = {
  kind: 'income-summary',
  title: '部门预算收入总表',
  unit: '万元',
  empty: false,
  note: null,
  columns: ['合计'],
  rows: [{ seq: null, code: null, name: '合计', cells: { 合计: '6570.38' }, page: 5 }],
  page: 4,
  blockIndex: 3,
};

describe('读取说明', () => {
  it('shows each stage under its own heading, in the order the stages run, with its place', async () => {
    render(ReportView, {
      report: readReport({
        tables: [incomeTable],
        warnings: [
          // In order: from 省法院2017年度部门预算公开.pdf, the seed 002 PDF fixture, 上海市普陀区财政局2024年度部门决算.pdf.
          {
            stage: 'narrative',
            code: 'change-unlinked',
            message: '说明文字第 186 段的“161.96万元”未能对应到它所比较的金额。',
            paragraph: 185,
            page: 24,
          },
          {
            stage: 'extract',
            code: 'split-row-joined',
            message:
              '《部门预算收入总表》中被分页截断的 1 行已接回上一页的行（第 5 页）：“财政对城乡居民基本医疗保险基金的补助”。',
            table: 0,
            page: 5,
          },
          {
            stage: 'read',
            code: 'pdf-textless-pages',
            message: '第 14 页没有文字层（可能是扫描页），其中的内容未被读取。',
          },
        ],
      }),
    });
    // The notes are drawn in a task after the meta card (ReportView draws the report one part per task).
    const section = await screen.findByRole('region', { name: '读取说明（3 条）' });
    const stages = within(section)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(stages).toEqual(['读取文件', '识别表格', '阅读说明文字']);
    const items = within(section)
      .getAllByRole('listitem')
      .map((item) => [item.dataset.code, item.querySelector('.place')?.textContent ?? null]);
    expect(items).toEqual([
      ['pdf-textless-pages', null],
      ['split-row-joined', '第 1 张表《部门预算收入总表》 · 第 5 页'],
      ['change-unlinked', '说明文字第 186 段 · 第 24 页'],
    ]);
  });

  it('is left out when reading noted nothing', () => {
    render(ReportView, { report: readReport() });
    expect(screen.queryByText(/读取说明/)).toBeNull();
  });
});
