// `--out DIR`: where each input's exports go (out-dir.ts writes them, in the worker that read it).

import { basename } from 'node:path';
import { sanitizeFileName } from '../lib/export/file-names';

/**
 * Each input's folder under DIR: its file name, numbered from the second time a name recurs (the
 * same file name in two folders), decided in input order so that a rerun writes the same places.
 */
export function outFolders(paths: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((path) => {
    const name = sanitizeFileName(basename(path), '文件');
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  });
}
