// @vitest-environment jsdom
// ReportView: an unreadable file is a Chinese alert; a read one shows its meta card and reading notes.

import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ReportView from '../../src/lib/components/ReportView.svelte';
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

  it('shows the meta card, the reading notes, and says when no table was recognised', () => {
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
    expect(screen.getByRole('heading', { name: '读取说明（1 条）' })).toBeTruthy();
    expect(screen.getByText('表格中有不成矩形的合并单元格，已按未合并处理。')).toBeTruthy();
    expect(screen.getByText('没有识别出标准表格。')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
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
