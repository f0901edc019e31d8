// Reports of the seed documents, read once per test file through the same pipeline as the page.

import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { readSeedText, SEED_FILES, type SeedId } from '../helpers/shared-files';

const cache = new Map<SeedId, Promise<DocumentReport>>();

export function seedReport(id: SeedId): Promise<DocumentReport> {
  let report = cache.get(id);
  if (!report) {
    report = inspectFile(SEED_FILES[id], new TextEncoder().encode(readSeedText(id)));
    cache.set(id, report);
  }
  return report;
}

export const SEED_IDS = Object.keys(SEED_FILES) as SeedId[];
