// @vitest-environment jsdom
// The drop zone: a real, labelled file input a keyboard reaches, and drops handed on as files.

import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DropZone from '../../src/lib/components/DropZone.svelte';

function docx(name: string): File {
  return new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], name);
}

describe('DropZone', () => {
  it('has a labelled, focusable file input that accepts several files of any type', () => {
    render(DropZone, { onfiles: vi.fn() });
    const input = screen.getByLabelText('选择文件');
    expect(input).toBeInstanceOf(HTMLInputElement);
    const fileInput = input as HTMLInputElement;
    expect(fileInput.type).toBe('file');
    expect(fileInput.multiple).toBe(true);
    expect(fileInput.accept).toBe('');
    expect(fileInput.disabled).toBe(false);
    expect(fileInput.hidden).toBe(false);
    expect(fileInput.tabIndex).toBe(0);
    fileInput.focus();
    expect(document.activeElement).toBe(fileInput);
  });

  it('hands picked files on and clears the input so the same file can be picked again', async () => {
    const onfiles = vi.fn();
    render(DropZone, { onfiles });
    const input = screen.getByLabelText('选择文件') as HTMLInputElement;
    const file = docx('香河.docx');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await fireEvent.change(input);
    expect(onfiles).toHaveBeenCalledWith([file]);
  });

  it('highlights while files are dragged over it and hands dropped files on', async () => {
    const onfiles = vi.fn();
    render(DropZone, { onfiles });
    const zone = screen.getByRole('group', { name: '打开文件' });
    const file = docx('a.docx');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    await fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone.classList.contains('dragging')).toBe(true);
    await fireEvent.drop(zone, { dataTransfer });
    expect(zone.classList.contains('dragging')).toBe(false);
    expect(onfiles).toHaveBeenCalledWith([file]);
  });
});
