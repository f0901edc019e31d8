// @vitest-environment jsdom
// BatchOverview: a row per file with its counts, sorted by a header click (aria-sort), filtered,
// a row opening its file; seed disclosures 000 and 002 (../shared/seeds), a failed and a waiting file.

import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import BatchOverview from '../../src/lib/components/BatchOverview.svelte';
import { failedReport } from '../../src/lib/model/report';
import { FileEntry } from '../../src/lib/state/session.svelte';
import { seedReport } from '../export/real-reports';

const noBytes = () => Promise.resolve(new ArrayBuffer(0));

async function entries(): Promise<FileEntry[]> {
  const a = new FileEntry(1, 'a-000.txt', noBytes);
  a.settle(await seedReport('000'));
  const b = new FileEntry(2, 'b-002.txt', noBytes);
  b.settle(await seedReport('002'));
  const broken = new FileEntry(3, 'broken.pdf', noBytes);
  broken.settle(failedReport('broken.pdf', 3, { code: 'corrupt-file', message: '文件已损坏，无法读取。' }));
  const waiting = new FileEntry(4, 'waiting.pdf', noBytes);
  return [a, b, broken, waiting];
}

const fileColumn = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0]?.textContent?.trim());

describe('BatchOverview', () => {
  it('shows a row per file with its counts and its reading status, and the batch progress', async () => {
    const list = await entries();
    render(BatchOverview, { entries: list, onopen: () => {} });
    expect(screen.getByRole('heading', { name: '总览（4 个文件）' })).toBeTruthy();
    expect(screen.getByText(/已读完 3 \/ 4/)).toBeTruthy();
    expect(fileColumn()).toEqual(['a-000.txt', 'b-002.txt', 'broken.pdf', 'waiting.pdf']);
    const report = list[0]!.report!;
    const errors = report.findings.filter((finding) => finding.severity === 'error').length;
    const cells = within(screen.getAllByRole('row')[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.trim());
    expect(cells.slice(0, 4)).toEqual([
      report.meta.orgName,
      String(report.meta.year),
      report.meta.kind,
      report.meta.scope,
    ]);
    expect(cells[5]).toBe(String(errors));
    expect(within(screen.getAllByRole('row')[3]!).getByText('文件已损坏，无法读取。')).toBeTruthy();
    expect(within(screen.getAllByRole('row')[4]!).getByText('排队中')).toBeTruthy();
  });

  it('sorts by a clicked header, says so with aria-sort, and turns the order round on a second click', async () => {
    const list = await entries();
    render(BatchOverview, { entries: list, onopen: () => {} });
    const header = screen.getByRole('columnheader', { name: /警告/ });
    expect(header.getAttribute('aria-sort')).toBeNull();
    await fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const warnings = (entry: FileEntry) => entry.report!.findings.filter((f) => f.severity === 'warning').length;
    const [a, b] = list;
    const expected = warnings(a!) >= warnings(b!) ? ['a-000.txt', 'b-002.txt'] : ['b-002.txt', 'a-000.txt'];
    expect(fileColumn().slice(0, 2)).toEqual(expected);
    await fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    if (warnings(a!) !== warnings(b!)) expect(fileColumn().slice(0, 2)).toEqual([...expected].reverse());
    // Blanks stay last either way.
    expect(fileColumn().slice(2)).toEqual(['broken.pdf', 'waiting.pdf']);
  });

  it('filters by text and to files with errors, and a row’s file name opens it', async () => {
    const list = await entries();
    const onopen = vi.fn();
    render(BatchOverview, { entries: list, onopen });
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'BROKEN' } });
    expect(fileColumn()).toEqual(['broken.pdf']);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: /只看有错误/ }));
    const withErrors = list.filter(
      (entry) => entry.report?.error || entry.report?.findings.some((f) => f.severity === 'error'),
    );
    expect(fileColumn()).toEqual(withErrors.map((entry) => entry.name));
    await fireEvent.click(screen.getByRole('button', { name: 'broken.pdf' }));
    expect(onopen).toHaveBeenCalledWith(list[2]);
  });
});
