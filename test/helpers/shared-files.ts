// Where tests find the shared real files: ../shared beside the repository (CI has it too).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = new URL('../../../shared/', import.meta.url);
// NOTE: under jsdom (component tests) modules are not file: URLs; tests run from the repository root.
export const SHARED_DIR = here.protocol === 'file:' ? fileURLToPath(here) : resolve(process.cwd(), '../shared') + '/';
export const SEEDS_DIR = `${SHARED_DIR}seeds/`;
export const REAL_DIR = `${SHARED_DIR}real/`;
/** City-wide budget and final-account reports: real files users drop that are not department disclosures. */
export const REAL_OTHER_DIR = `${SHARED_DIR}real-other/`;

export const SEED_FILES = {
  '000': '000_9f6e211754d2d492.txt',
  '001': '001_e76c76abb0ac2c6e.txt',
  '002': '002_e1a466dd2d0fafcf.txt',
  '003': '003_e38bc823652b4978.txt',
  '004': '004_8ee0239607d3cbd9.txt',
} as const;

export type SeedId = keyof typeof SEED_FILES;

export function seedPath(id: SeedId): string {
  return `${SEEDS_DIR}${SEED_FILES[id]}`;
}

export function readSeedText(id: SeedId): string {
  return readFileSync(seedPath(id), 'utf8');
}
