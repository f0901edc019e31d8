// The bench inputs: fixture PDFs, DOCX and XLSX files, and the real PDFs in ../shared/real when present.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchFormat, BenchInput } from './results';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const REAL_DIR = join(ROOT, '..', 'shared', 'real');

function inputsIn(dir: string, prefix: string, format: BenchFormat): BenchInput[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(`.${format}`))
    .sort()
    .map((name) => ({ label: `${prefix}/${name}`, path: join(dir, name), format }));
}

export function benchInputs(): { inputs: BenchInput[]; realFound: boolean } {
  return {
    inputs: [
      ...inputsIn(join(ROOT, 'test', 'fixtures', 'pdf'), 'fixtures/pdf', 'pdf'),
      ...inputsIn(REAL_DIR, 'real', 'pdf'),
      ...inputsIn(join(ROOT, 'test', 'fixtures', 'docx'), 'fixtures/docx', 'docx'),
      ...inputsIn(join(ROOT, 'test', 'fixtures', 'xlsx'), 'fixtures/xlsx', 'xlsx'),
    ],
    realFound: existsSync(REAL_DIR),
  };
}
