// Reports of the real PDFs (../shared/real), read once per test file: for checks across documents.

import { readFileSync } from 'node:fs';
import { inspectFile } from '../../src/lib/inspect';
import type { DocumentReport } from '../../src/lib/model/report';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_FILES } from './disclosures';
import { REAL_DIR } from './shared-files';

const reports = new Map<string, Promise<DocumentReport>>();

export function realReport(id: keyof typeof REAL_FILES): Promise<DocumentReport> {
  const name = REAL_FILES[id];
  if (!reports.has(name))
    reports.set(
      name,
      inspectFile(name, new Uint8Array(readFileSync(`${REAL_DIR}${name}`)), { pdfAssets: nodePdfAssets() }),
    );
  return reports.get(name)!;
}
