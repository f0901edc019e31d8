// @vitest-environment jsdom
// 跨文件核对: the court's 2018 一般行政事务管理 change against its 2017 document (the finding the
// check makes on the real PDFs, see test/cross-document), both files named and openable, and the
// count of comparisons when everything agrees.

import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CrossDocumentFindings from '../../src/lib/components/CrossDocumentFindings.svelte';
import type { CheckResult, CrossDocumentResult, OtherDocumentLocation } from '../../src/lib/model/finding';

const textAt = (document: string, paragraph: number, quote: string, page: number): OtherDocumentLocation => ({
  type: 'other-document',
  document,
  location: { type: 'text', paragraph, start: 0, end: quote.length, quote, page },
});

const check = (findings: number): CheckResult => ({
  ruleId: 'previous-year-changes',
  title: { zh: '与上年比较的增减额与上年文件一致', en: '' },
  severity: 'error',
  status: findings ? 'failed' : 'passed',
  comparisons: 51,
  findings,
});

const courtResult: CrossDocumentResult = {
  checks: [check(1)],
  findings: [
    {
      ruleId: 'previous-year-changes',
      messageId: 'mismatch',
      type: 'cross-document',
      severity: 'warning',
      message: '法院（款）一般行政事务管理（项）支出2018年为 6049.97 万元，说明称比上年减少 392.92 万元……',
      location: textAt('省法院2018年度部门预算公开.pdf', 158, '392.92 万元', 19),
      related: [
        textAt('省法院2018年度部门预算公开.pdf', 158, '6049.97万元', 19),
        textAt('省法院2017年度部门预算公开.pdf', 155, '6432.89万元', 21),
      ],
      expected: '6432.89',
      actual: '6442.89',
      difference: '10.00',
      unit: '万元',
    },
  ],
};

describe('CrossDocumentFindings', () => {
  it('lists a finding with both files named, and opens the file clicked', async () => {
    const onopen = vi.fn();
    render(CrossDocumentFindings, { result: courtResult, onopen });
    expect(screen.getByRole('heading', { name: '跨文件核对' })).toBeTruthy();
    expect(screen.getByText(/比较 51 次，发现 1 处不一致/)).toBeTruthy();
    const places = within(screen.getByRole('list', { name: '涉及的文件' }));
    expect(places.getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '《省法院2018年度部门预算公开.pdf》 说明第 159 段「392.92 万元」（第 19 页）',
      '《省法院2018年度部门预算公开.pdf》 说明第 159 段「6049.97万元」（第 19 页）',
      '《省法院2017年度部门预算公开.pdf》 说明第 156 段「6432.89万元」（第 21 页）',
    ]);
    await fireEvent.click(places.getByRole('button', { name: '《省法院2017年度部门预算公开.pdf》' }));
    expect(onopen).toHaveBeenCalledWith('省法院2017年度部门预算公开.pdf');
  });

  it('says all agree, with the comparisons counted, when nothing is found', () => {
    render(CrossDocumentFindings, { result: { findings: [], checks: [check(0)] } });
    expect(screen.getByText('与上年比较的增减额与上年文件一致：比较 51 次，全部一致')).toBeTruthy();
    expect(screen.queryByRole('list', { name: '涉及的文件' })).toBeNull();
  });

  it('says there is nothing to compare when no two files are consecutive years of one organisation', () => {
    render(CrossDocumentFindings, { result: { findings: [], checks: [{ ...check(0), status: 'not-applicable' }] } });
    expect(screen.getByText(/没有同一机构相邻年度的文件/)).toBeTruthy();
  });
});
