// @vitest-environment jsdom
// FindingsList: what the rules found, grouped by severity with where each finding points, and
// what was checked — from a real report of seed 000 (序号 20 printed twice, a wrong change total).

import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FindingsList from '../../src/lib/components/FindingsList.svelte';
import { inspectFile } from '../../src/lib/inspect';
import { readSeedText } from '../helpers/shared-files';

describe('FindingsList', () => {
  it('lists seed 000’s findings by severity with their locations, and the check summary', async () => {
    const report = await inspectFile('000.txt', new TextEncoder().encode(readSeedText('000')));
    render(FindingsList, { report });

    expect(screen.getByRole('heading', { name: '错误（1）' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '警告（1）' })).toBeTruthy();
    const seq = document.querySelector('li[data-rule="seq-order"]')!;
    expect(seq.textContent).toContain('序号 20 重复');
    expect(seq.textContent).toContain('部门预算一般公共预算财政拨款基本支出表');
    const text = document.querySelector('li[data-rule="text-arithmetic"]')!;
    expect(text.textContent).toMatch(/说明第 \d+ 段「/);
    expect(screen.getByText(/项规则适用.*共比较 \d+ 次；\s*发现问题 2 处/)).toBeTruthy();
  });
});
