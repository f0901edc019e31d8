// @vitest-environment jsdom
// ReportView: an unreadable file is a Chinese alert; a read one shows its meta card and reading notes,
// and draws the rest a part per task — a long table a chunk of rows at a time.

import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ReportView from '../../src/lib/components/ReportView.svelte';
import type { StandardTable } from '../../src/lib/model/disclosure';
import { readReportJson } from '../../src/lib/export/report-json';
import { inspectFile } from '../../src/lib/inspect';
import { OLDER_REPORT_NOTE } from '../../src/lib/model/report';
import { ADDITIONS, shapeBefore } from '../helpers/older-reports';
import { readReport } from '../helpers/reports';
import { readSeedText, SEED_FILES } from '../helpers/shared-files';

const report = readReport;

describe('ReportView', () => {
  it('shows an error as an alert with its Chinese message and no meta card', () => {
    render(ReportView, {
      report: report({
        error: { code: 'legacy-doc', message: '这是旧版 Word（.doc）文件，请另存为 .docx 后再打开。' },
      }),
    });
    expect(screen.getByRole('alert').textContent).toContain('请另存为 .docx');
    expect(screen.queryByText('香河县医疗保障局')).toBeNull();
  });

  it("keeps a library's own words out of the alert's message, folded under 技术细节", () => {
    render(ReportView, {
      report: report({
        error: {
          code: 'corrupt-file',
          message: 'PDF 文件已损坏或不完整，无法打开。请确认文件下载完整后再试。',
          details: 'FormatError: Bad encoding in flate stream',
        },
      }),
    });
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('p')!.textContent).not.toContain('flate');
    const folded = alert.querySelector('details')!;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toBe('技术细节');
    expect(folded.textContent).toContain('Bad encoding in flate stream');
  });

  it('shows the meta card, the reading notes, and says when no table was recognised', async () => {
    render(ReportView, {
      report: report({
        warnings: [
          {
            stage: 'read',
            code: 'pdf-irregular-merge',
            message: '表格中有不成矩形的合并单元格，已按未合并处理。',
            page: 3,
          },
        ],
      }),
    });
    expect(screen.getByText('320 香河县医疗保障局')).toBeTruthy();
    expect(screen.getByText('2024')).toBeTruthy();
    expect(screen.getByText('DOCX')).toBeTruthy();
    expect(screen.getByText('47.0 KB')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '读取说明（1 条）' })).toBeTruthy();
    expect(screen.getByText('表格中有不成矩形的合并单元格，已按未合并处理。')).toBeTruthy();
    expect(screen.getByText('没有识别出标准表格。')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('draws the meta card at once and a 60-row table in chunks of rows, busy until the last', async () => {
    const table: StandardTable = {
      kind: 'expenditure-summary',
      title: '部门支出总表',
      unit: '元',
      empty: false,
      note: null,
      columns: ['合计'],
      rows: Array.from({ length: 60 }, (_, k) => ({
        seq: null,
        code: String(20_100 + k),
        name: `科目${k}`,
        cells: { 合计: `${k}.00` },
        page: 4,
      })),
      page: 4,
      blockIndex: 3,
    };
    const { container } = render(ReportView, { report: report({ tables: [table] }) });
    const evidence = container.querySelector('.evidence')!;
    const rowCounts: number[] = [];
    const observer = new MutationObserver(() => rowCounts.push(container.querySelectorAll('tbody tr').length));
    observer.observe(container, { subtree: true, childList: true });

    expect(screen.getByText('320 香河县医疗保障局')).toBeTruthy();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(evidence.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(evidence.getAttribute('aria-busy')).toBe('false'));
    observer.disconnect();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(60);
    // Never the whole table in one go: 25 rows, then 50, then all 60.
    expect([...new Set(rowCounts.filter((count) => count > 0))]).toEqual([25, 50, 60]);
  });

  it('explains the mark of doubtful amounts above the tables of a scan, and counts them; not elsewhere', async () => {
    const table: StandardTable = {
      kind: 'expenditure-summary',
      title: '部门支出总表',
      unit: '万元',
      empty: false,
      note: null,
      columns: ['合计', '基本支出'],
      rows: [
        {
          seq: null,
          code: '208',
          name: '社会保障和就业支出',
          cells: { 合计: '125.38', 基本支出: '125.38' },
          confidence: { 合计: 91, 基本支出: 42 },
          page: 1,
        },
        {
          seq: null,
          code: '20805',
          name: '行政事业单位养老支出',
          cells: { 合计: '121.38' },
          confidence: { 合计: 64, 基本支出: 42 },
          page: 1,
        },
      ],
      page: 1,
      blockIndex: 0,
    };
    const ocr = { stage: 'read', code: 'pdf-ocr', message: '这是扫描件' } as const;
    const scanned = render(ReportView, {
      report: report({ source: { ...report().source, format: 'pdf' }, warnings: [ocr], tables: [table] }),
    });
    // 42 is the confidence of a blank cell (行政事业单位养老支出 has no 基本支出): only amounts count.
    expect((await screen.findByText(/黄底虚线框的数字是文字识别把握较低/)).textContent).toContain('共 2 处');
    await waitFor(() => expect(scanned.container.querySelectorAll('td.low-confidence')).toHaveLength(2));
    scanned.unmount();

    const printed = render(ReportView, { report: report({ tables: [table] }) });
    await screen.findByText('识别出 1 张表格');
    expect(screen.queryByText(/黄底虚线框/)).toBeNull();
    printed.unmount();
  });
});

describe('ReportView of a report from an earlier version', () => {
  it('shows the tables and the note of an export made before paragraphs existed', async () => {
    const today = await inspectFile(SEED_FILES['000'], new TextEncoder().encode(readSeedText('000')));
    const oldest = shapeBefore(today, ADDITIONS.length - 1);
    const [restored] = readReportJson(JSON.stringify({ schema: 'mingzhang/report@1', documents: [oldest] }));
    render(ReportView, { report: restored! });
    expect(screen.getByText(`识别出 ${today.tables.length} 张表格`)).toBeTruthy();
    for (const table of today.tables) expect((await screen.findAllByText(table.title)).length).toBeGreaterThan(0);
    expect(screen.getByText(OLDER_REPORT_NOTE)).toBeTruthy();
  });
});
