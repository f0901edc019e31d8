// @vitest-environment jsdom
// FileCard: a progress bar with the stage in Chinese and a cancel button, then the report.

import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import FileCard from '../../src/lib/components/FileCard.svelte';
import { FileEntry } from '../../src/lib/state/session.svelte';

describe('FileCard', () => {
  it('shows progress and the stage while reading, and its cancel button aborts the entry', async () => {
    const entry = new FileEntry(1, '002.docx');
    render(FileCard, { entry });
    entry.advance('extracting', 0, 1);
    flushSync();

    const progress = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(progress.value).toBeCloseTo(0.7);
    expect(screen.getByText('识别表格…')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(entry.signal.aborted).toBe(true);
  });

  it('replaces the progress bar with the report once it arrives', () => {
    const entry = new FileEntry(2, 'x.pdf');
    render(FileCard, { entry });
    entry.report = {
      source: { name: 'x.pdf', format: null, bytes: 10, pages: null },
      meta: { orgCode: null, orgName: null, year: null, kind: null, scope: null },
      tables: [],
      warnings: [],
      error: { code: 'timeout', message: '读取超时：120 秒内没有读完，已停止。' },
    };
    flushSync();

    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('读取超时');
  });
});
