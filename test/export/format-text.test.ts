// The CLI's text summary prints the reading notes under 读取说明, by stage, each with its place.

import { describe, expect, it } from 'vitest';
import { formatReportText } from '../../src/lib/export/format-text';
import { toReport } from '../../src/lib/export/report-json';
import { readReport } from '../helpers/reports';
import { seedReport } from './real-reports';

describe('formatReportText', () => {
  it('seed 003: the extraction notes under 读取说明 / 识别表格, naming their table', async () => {
    const text = formatReportText(toReport([await seedReport('003')]));
    const lines = text.split('\n');
    const heading = lines.indexOf('  读取说明（8 条）：');
    expect(heading).toBeGreaterThan(0);
    expect(lines.slice(heading + 1, heading + 3)).toEqual(['    识别表格：', '      · 目录表格未作为数据表读取。']);
    expect(lines).toContain(
      '      · 《部门预算收入总表》中被分页截断的 1 行已接回上一页的行：“财政对基本医疗保险基金的补助”。（第 2 张表《部门预算收入总表》）',
    );
  });

  it('prints 跨文件核对 after the documents when several are given, with what was compared', () => {
    const text = formatReportText(
      toReport([readReport(), readReport({ source: { ...readReport().source, name: '003.docx' } })]),
    );
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(-4)).toEqual([
      '== 跨文件核对',
      '  核对：与上年比较的增减额与上年文件一致：不适用（没有同一机构相邻年度的文件）',
      '  核对：决算所引年初预算与同年预算文件一致：不适用（没有同一机构同一年度的预算与决算）',
      '  核对：单位数不超过所属部门数：不适用（没有同一年度的部门文件与其单位文件）',
    ]);
  });

  it('groups the notes by stage in the order the stages run, with paragraph and page', () => {
    const report = readReport({
      warnings: [
        {
          stage: 'narrative',
          code: 'change-unlinked',
          message: '第 186 段的“161.96万元”未能对应。',
          paragraph: 185,
          page: 24,
        },
        { stage: 'read', code: 'pdf-textless-pages', message: '第 14 页没有文字层。' },
      ],
    });
    const text = formatReportText(toReport([report]));
    expect(text).toContain(
      [
        '  读取说明（2 条）：',
        '    读取文件：',
        '      · 第 14 页没有文字层。',
        '    阅读说明文字：',
        '      · 第 186 段的“161.96万元”未能对应。（说明文字第 186 段 · 第 24 页）',
      ].join('\n'),
    );
  });
});
