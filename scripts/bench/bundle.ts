// The bundle's weight from dist/: the JavaScript the page loads before anything is dropped (its
// entry and that entry's static imports, per Vite's manifest) and every chunk loaded later, gzipped.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './files';
import type { ChunkSize, BundleResult } from './results';

export const DIST = join(ROOT, 'dist');
const MANIFEST = join(DIST, '.vite', 'manifest.json');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

function sizeOf(file: string): ChunkSize {
  const bytes = readFileSync(join(DIST, file));
  return { file, bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
}

/** null when dist/ or its manifest is missing (run `npx vite build` first). */
export function measureBundle(): BundleResult | null {
  if (!existsSync(MANIFEST)) return null;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => visit(key));
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
  const lazy = files.filter((file) => /\.m?js$/.test(file) && !initial.has(file));
  const bySize = (a: ChunkSize, b: ChunkSize) => b.gzipBytes - a.gzipBytes;
  return { initial: [...initial].map(sizeOf).sort(bySize), lazy: lazy.map(sizeOf).sort(bySize) };
}
