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

describe('DropZone with folders', () => {
  /** The parts of a FileSystemEntry a drop walks: files, and folders read in parts. */
  function fileEntry(path: string): FileSystemFileEntry {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return {
      isFile: true,
      isDirectory: false,
      name,
      fullPath: path,
      file: (done: (file: File) => void) => done(docx(name)),
    } as unknown as FileSystemFileEntry;
  }
  function folderEntry(path: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
    return {
      isFile: false,
      isDirectory: true,
      name: path.slice(path.lastIndexOf('/') + 1),
      fullPath: path,
      createReader: () => {
        // Two parts, then none: as Chromium hands a large folder over.
        const parts = [children.slice(0, 2), children.slice(2), []];
        return { readEntries: (done: (entries: FileSystemEntry[]) => void) => done(parts.shift() ?? []) };
      },
    } as unknown as FileSystemDirectoryEntry;
  }

  it('walks a dropped folder to its files, subfolders included, hidden files left out, in path order', async () => {
    const onfiles = vi.fn();
    render(DropZone, { onfiles });
    const folder = folderEntry('/预算', [
      fileEntry('/预算/b.pdf'),
      fileEntry('/预算/.DS_Store'),
      folderEntry('/预算/2024', [fileEntry('/预算/2024/c.docx')]),
      fileEntry('/预算/a.pdf'),
      folderEntry('/预算/__MACOSX', [fileEntry('/预算/__MACOSX/._a.pdf')]),
    ]);
    const loose = docx('loose.docx');
    const items = [
      { kind: 'file', webkitGetAsEntry: () => folder },
      { kind: 'file', webkitGetAsEntry: () => fileEntry('/loose.docx') },
    ];
    const dataTransfer = { types: ['Files'], files: [docx('预算'), loose], items, dropEffect: 'none' };
    await fireEvent.drop(screen.getByRole('group', { name: '打开文件' }), { dataTransfer });
    await vi.waitFor(() => expect(onfiles).toHaveBeenCalled());
    expect(onfiles.mock.calls[0]![0].map((file: File) => file.name)).toEqual([
      'c.docx',
      'a.pdf',
      'b.pdf',
      'loose.docx',
    ]);
  });

  it('has a folder input a keyboard reaches, whose picked files are handed on in path order', async () => {
    const onfiles = vi.fn();
    render(DropZone, { onfiles });
    const input = screen.getByLabelText('整个文件夹') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.hasAttribute('webkitdirectory')).toBe(true);
    const picked = ['d/b.pdf', 'd/.hidden', 'd/a.pdf'].map((path) =>
      Object.defineProperty(docx(path.slice(2)), 'webkitRelativePath', { value: path }),
    );
    Object.defineProperty(input, 'files', { value: picked, configurable: true });
    await fireEvent.change(input);
    expect(onfiles.mock.calls[0]![0].map((file: File) => file.name)).toEqual(['a.pdf', 'b.pdf']);
  });
});
