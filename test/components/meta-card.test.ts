// @vitest-environment jsdom
// MetaCard: the summary header of seed 002 (香河 2024) — meta, headline figures in 万元, findings by
// severity and the completeness score with its 评分说明; a government report says what it is instead.

import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import MetaCard from '../../src/lib/components/MetaCard.svelte';
import { inspectFile } from '../../src/lib/inspect';
import { withMetaCorrection, type MetaCorrection } from '../../src/lib/model/meta-correction';
import type { DocumentReport } from '../../src/lib/model/report';
import { findingKeys, withReview } from '../../src/lib/model/review';
import { readReport, withFindingsOf } from '../helpers/reports';
import { seedPath, SEED_FILES } from '../helpers/shared-files';

let seed002: DocumentReport;
beforeAll(async () => {
  seed002 = await inspectFile(SEED_FILES['002'], new Uint8Array(readFileSync(seedPath('002'))));
}, 60_000);

const figure = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim();

describe('MetaCard', () => {
  it('keeps the meta list with the format and shows the figures of seed 002 in 万元', () => {
    const { container } = render(MetaCard, { report: seed002 });
    expect(container.querySelector('dl.meta')!.textContent).toContain('纯文本');
    expect(figure('收入合计')).toBe('6570.38 万元');
    expect(figure('支出合计')).toBe('6570.38 万元');
    expect(figure('基本支出')).toBe('1136.05 万元占支出 17.29%');
    expect(figure('项目支出')).toBe('5434.33 万元占支出 82.71%');
    expect(figure('“三公”经费')).toContain('3.42 万元');
    expect(figure('“三公”经费')).toContain('公务用车 3.42');
    expect(figure('核对发现')).toBe('错误 0 · 警告 0 · 提示 0');
    expect(figure('完整度')).toBe('100 / 100');
  });

  it('explains the score in a disclosure', () => {
    const { container } = render(MetaCard, { report: seed002 });
    const details = container.querySelector('details')!;
    expect(within(details).getByText('评分说明').tagName).toBe('SUMMARY');
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('标准表格 50.0 / 50 分');
    expect(details.textContent).toContain('有数据 7 张，空表 2 张，其中注明原因 2 张');
    expect(details.textContent).toContain('三部分相加后四舍五入为整数');
  });

  it('says 未列示 for figures a report does not print, and counts its findings', () => {
    render(MetaCard, {
      report: readReport({
        findings: (['error', 'error', 'warning'] as const).map((severity) => ({
          ruleId: 'summary-balance',
          severity,
          message: '收支不平衡',
          location: { type: 'document', what: '收支总表' },
          related: [],
          expected: null,
          actual: null,
          difference: null,
          unit: null,
        })),
      }),
    });
    expect(figure('收入合计')).toBe('未列示');
    expect(figure('“三公”经费')).toBe('未列示');
    expect(figure('核对发现')).toBe('错误 2 · 警告 1 · 提示 0');
    expect(figure('完整度')).toBe('0 / 100');
  });

  it('counts only open findings and says how many a reviewer marked 不是问题', async () => {
    // Seed 000: one error, one warning (序号 20 printed twice), the warning dismissed.
    const seed000 = withFindingsOf(
      await inspectFile(SEED_FILES['000'], new Uint8Array(readFileSync(seedPath('000')))),
      ['text-arithmetic', 'seq-order'],
    );
    const warning = seed000.findings.findIndex((finding) => finding.severity === 'warning');
    render(MetaCard, { report: withReview(seed000, findingKeys(seed000)[warning]!, { verdict: 'dismissed' }) });
    expect(figure('核对发现')).toBe('错误 1 · 警告 0 · 提示 0 另有 1 处已标为“不是问题”，未计入');
  });

  it('shows no score for a government report (济南市2023预算, as read) and says it is not a disclosure', () => {
    const { container } = render(MetaCard, {
      report: readReport({
        source: { name: '济南市2023预算.pdf', format: 'pdf', bytes: 2_000_000, pages: 120 },
        meta: {
          documentType: 'government-report',
          orgCode: null,
          orgName: null,
          year: 2023,
          kind: '预算',
          scope: null,
        },
      }),
    });
    expect(screen.queryByText('完整度', { selector: 'dt' })).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('这是政府预算/决算报告，不是部门预决算公开文件');
    expect(container.querySelector('details')!.textContent).not.toContain('评分说明');
  });

  it('says a file of another kind is not a disclosure either, and shows no score', () => {
    render(MetaCard, { report: readReport({ meta: { ...readReport().meta, documentType: 'other' } }) });
    expect(screen.queryByText('完整度', { selector: 'dt' })).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('这不是部门预决算公开文件');
  });

  it('shows no such note for a disclosure', () => {
    render(MetaCard, { report: seed002 });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('opens a correction form on the 机构 field and hands over what the user changed', async () => {
    const oncorrect = vi.fn<(correction: MetaCorrection) => void>();
    const report = readReport({ meta: { ...readReport().meta, year: null } });
    render(MetaCard, { report, oncorrect });
    await fireEvent.click(screen.getByRole('button', { name: /更正机构、年度、预算\/决算（年度未识别）/ }));
    const form = screen.getByRole('form', { name: '更正 002.docx 的机构和年度' });
    expect(document.activeElement).toBe(within(form).getByLabelText('机构'));
    await fireEvent.input(within(form).getByLabelText('年度'), { target: { value: '2023' } });
    await fireEvent.change(within(form).getByLabelText('预算/决算'), { target: { value: '决算' } });
    await fireEvent.submit(form);
    expect(oncorrect).toHaveBeenCalledWith({ orgName: '香河县医疗保障局', year: 2023, kind: '决算', scope: '部门' });
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('shows a corrected field with what was read, and offers to go back to it', async () => {
    const oncorrect = vi.fn<(correction: MetaCorrection) => void>();
    const report = withMetaCorrection(readReport(), { year: 2023 });
    const { container } = render(MetaCard, { report, oncorrect });
    expect(container.querySelector('[data-meta-field="year"] dd')!.textContent).toBe('2023已更正（原识别为 2024）');
    await fireEvent.click(screen.getByRole('button', { name: /更正机构/ }));
    await fireEvent.click(screen.getByRole('button', { name: '恢复为识别结果' }));
    expect(oncorrect).toHaveBeenCalledWith({});
  });

  it('offers no correction where nothing can keep it', () => {
    render(MetaCard, { report: readReport() });
    expect(screen.queryByRole('button', { name: /更正/ })).toBeNull();
  });
});
