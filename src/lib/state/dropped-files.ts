// The files of a drop or a picked folder, folders walked to their files: a reviewer drops a whole
// folder of disclosures as readily as a few files. Hidden files and macOS's resource forks are
// left out; the files come in path order, so a folder always opens the same way.

const HIDDEN = /(^|\/)(\.|__MACOSX(\/|$))/;

interface PathFile {
  path: string;
  file: File;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function inPathOrder(files: PathFile[]): File[] {
  return files
    .filter(({ path }) => !HIDDEN.test(path))
    .sort((a, b) => collator.compare(a.path, b.path))
    .map(({ file }) => file);
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walkEntry(entry: FileSystemEntry): Promise<PathFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ path: entry.fullPath, file }];
  }
  if (!entry.isDirectory || HIDDEN.test(entry.fullPath)) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries hands a large folder over in parts (100 at a time in Chromium) until it gives none.
  for (let part = await readEntries(reader); part.length > 0; part = await readEntries(reader)) children.push(...part);
  return (await Promise.all(children.map(walkEntry))).flat();
}

/**
 * The files of a drop. NOTE: the entries must be taken while the drop event runs (the browser
 * empties the DataTransfer afterwards), so call this from the handler itself.
 */
export function droppedFiles(dataTransfer: DataTransfer): Promise<File[]> {
  const items = [...(dataTransfer.items ?? [])].filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  const files = [...dataTransfer.files];
  if (entries.length === 0 || !entries.some((entry) => entry?.isDirectory)) return Promise.resolve(files);
  return Promise.all(
    entries.map((entry, index) =>
      entry ? walkEntry(entry) : Promise.resolve(files[index] ? [{ path: files[index].name, file: files[index] }] : []),
    ),
  ).then((walked) => walked.flatMap((part) => inPathOrder(part)));
}

/** The part of a directory handle we use (TypeScript's DOM library leaves out its async iteration). */
interface DirectoryHandle extends FileSystemDirectoryHandle {
  values(): AsyncIterable<FileSystemDirectoryHandle | FileSystemFileHandle>;
}

/** A folder picked with `showDirectoryPicker`: its files, subfolders included. */
export async function filesOfDirectory(handle: FileSystemDirectoryHandle): Promise<File[]> {
  const found: PathFile[] = [];
  async function walk(directory: FileSystemDirectoryHandle, path: string): Promise<void> {
    for await (const child of (directory as DirectoryHandle).values()) {
      const childPath = `${path}/${child.name}`;
      if (HIDDEN.test(childPath.slice(1))) continue;
      if (child.kind === 'file') found.push({ path: childPath, file: await child.getFile() });
      else await walk(child, childPath);
    }
  }
  await walk(handle, '');
  return inPathOrder(found);
}

/** Files picked through `<input webkitdirectory>`: in path order, hidden ones left out. */
export function filesOfFolderInput(files: Iterable<File>): File[] {
  return inPathOrder([...files].map((file) => ({ path: file.webkitRelativePath || file.name, file })));
}
