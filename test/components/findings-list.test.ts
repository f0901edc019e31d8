// @vitest-environment jsdom
// FindingsList: what the rules found, grouped by severity and rule with each finding's figures and
// location, selectable to show its evidence — from a real report of seed 000 (序号 20 printed
// twice, a wrong change total in the text).

import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FindingsList from '../../src/lib/components/FindingsList.svelte';
import { SEVERITY_NAMES } from '../../src/lib/finding-labels';
import { inspectFile } from '../../src/lib/inspect';
import { readSeedText } from '../helpers/shared-files';

const report = await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000')));
const titleOf = (ruleId: string) => report.checks.find((check) => check.ruleId === ruleId)!.title.zh;

describe('FindingsList', () => {
  it('lists seed 000’s findings by severity and rule, with their figures and locations, and the check summary', () => {
    render(FindingsList, { report });

    expect(screen.getByRole('heading', { name: '错误（1）' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '警告（1）' })).toBeTruthy();
    const seqFinding = report.findings.find((finding) => finding.ruleId === 'seq-order')!;
    const seqGroup = screen.getByRole('region', {
      name: `${SEVERITY_NAMES[seqFinding.severity]} · ${titleOf('seq-order')}`,
    });
    const seq = within(seqGroup).getByRole('button', { name: /序号 20 重复/ });
    expect(seq.textContent).toContain('部门预算一般公共预算财政拨款基本支出表');
    const textFinding = report.findings.find((finding) => finding.ruleId === 'text-arithmetic')!;
    const textGroup = screen.getByRole('region', { name: new RegExp(titleOf('text-arithmetic')) });
    const text = within(textGroup).getByRole('button');
    expect(text.textContent).toMatch(/说明第 \d+ 段「/);
    // The figures are quoted with their unit.
    expect(text.textContent).toContain(`应为 ${textFinding.expected}`);
    expect(text.textContent).toContain(`实为 ${textFinding.actual}`);
    expect(screen.getByText(/项规则适用.*共比较 \d+ 次；\s*发现问题 2 处/)).toBeTruthy();
    // A text report has no PDF to annotate.
    expect(screen.queryByRole('button', { name: '下载标注 PDF' })).toBeNull();
  });

  it('selects a finding on click and marks the selected one pressed', async () => {
    const onselect = vi.fn();
    const { rerender } = render(FindingsList, { report, onselect, selected: null });
    const index = report.findings.findIndex((finding) => finding.ruleId === 'seq-order');
    const button = screen.getByRole('button', { name: /序号 20 重复/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(button);
    expect(onselect).toHaveBeenCalledWith(index, 'place');
    await rerender({ report, onselect, selected: index });
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('names a check that crashed, with its error, and does not count it as passed', () => {
    const crashedCheck = { ...report.checks[0]!, status: 'crashed' as const, comparisons: 0, findings: 0 };
    const checks = [{ ...crashedCheck, error: 'TypeError: boom' }, ...report.checks.slice(1)];
    render(FindingsList, { report: { ...report, checks } });
    const list = screen.getByRole('list', { name: '未能完成的检查' });
    expect(list.textContent).toContain(`「${report.checks[0]!.title.zh}」这项检查因程序错误未能完成`);
    expect(list.textContent).toContain('TypeError: boom');
    // summary-balance passes on seed 000; crashed, it is no longer among the passed.
    expect(report.checks[0]!.status).toBe('passed');
    const passed = report.checks.filter((check) => check.status === 'passed').length;
    expect(screen.getByText(new RegExp(`${passed - 1} 项通过`))).toBeTruthy();
  });
});
