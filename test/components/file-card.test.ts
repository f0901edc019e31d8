// @vitest-environment jsdom
// FileCard: a progress bar with the stage in Chinese and a cancel button, then the report.

import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import FileCard from '../../src/lib/components/FileCard.svelte';
import { failedReport } from '../../src/lib/model/report';
import { FileEntry } from '../../src/lib/state/session.svelte';

const noBytes = () => Promise.resolve(new ArrayBuffer(0));
const failedWith = (code: 'password-required' | 'wrong-password', message: string) =>
  failedReport('locked.pdf', 10, { code, message });

describe('FileCard', () => {
  it('shows progress and the stage while reading, and its cancel button aborts the entry', async () => {
    const entry = new FileEntry(1, '002.docx', noBytes);
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
    const entry = new FileEntry(2, 'x.pdf', noBytes);
    render(FileCard, { entry });
    entry.settle(failedReport('x.pdf', 10, { code: 'timeout', message: '读取超时：120 秒内没有读完，已停止。' }));
    flushSync();

    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('读取超时');
  });

  it('asks for the password of a locked PDF and hands it on', async () => {
    const entry = new FileEntry(3, 'locked.pdf', noBytes);
    const onunlock = vi.fn();
    render(FileCard, { entry, onunlock });
    entry.settle(failedWith('password-required', '这个 PDF 设置了打开密码，请输入密码后再读取。'));
    flushSync();

    const input = screen.getByLabelText('locked.pdf 的打开密码') as HTMLInputElement;
    expect(input.type).toBe('password');
    await fireEvent.input(input, { target: { value: 'mingzhang' } });
    await fireEvent.click(screen.getByRole('button', { name: '用密码打开' }));
    expect(onunlock).toHaveBeenCalledWith(entry, 'mingzhang');
  });

  it('says so when the password was wrong', () => {
    const entry = new FileEntry(4, 'locked.pdf', noBytes);
    render(FileCard, { entry, onunlock: vi.fn() });
    entry.settle(failedWith('wrong-password', 'PDF 密码不正确，请重新输入。'));
    flushSync();
    expect(screen.getByText('密码不正确，请重新输入')).toBeTruthy();
  });
});
