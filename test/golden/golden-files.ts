// The golden comparison: the report JSON of every seed, committed fixture and real file, as the CLI
// prints it, kept gzipped in test/golden/reports/. `npm run golden` rewrites them after an intended
// change; the test says which documents differ and how.

import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inspectFile } from '../../src/lib/inspect';
import { formatReportJson } from '../../src/lib/export/report-json';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { REAL_DIR, REAL_OTHER_DIR, SEED_FILES, SEEDS_DIR } from '../helpers/shared-files';

export const GOLDEN_DIR = new URL('./reports/', import.meta.url);
const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Every file the golden covers: seeds, the DOCX/PDF/format fixtures, ../shared/real and ../shared/real-other. */
export function goldenInputs(): string[] {
  const inFolder = (url: URL, keep: (name: string) => boolean) =>
    readdirSync(url)
      .filter(keep)
      .sort()
      .map((name) => decodeURIComponent(new URL(name, url).pathname));
  return [
    ...Object.values(SEED_FILES).map((name) => `${SEEDS_DIR}${name}`),
    ...inFolder(new URL('docx/', FIXTURES), (name) => name.endsWith('.docx')),
    ...inFolder(new URL('pdf/', FIXTURES), (name) => name.endsWith('.pdf')),
    ...inFolder(new URL('formats/', FIXTURES), (name) => !name.endsWith('.sh')),
    ...readdirSync(REAL_DIR)
      .filter((name) => name.endsWith('.pdf'))
      .sort()
      .map((name) => `${REAL_DIR}${name}`),
    ...readdirSync(REAL_OTHER_DIR)
      .filter((name) => /\.(pdf|docx)$/.test(name))
      .sort()
      .map((name) => `${REAL_OTHER_DIR}${name}`),
  ];
}

export function goldenName(path: string): string {
  return `${basename(path)}.json.gz`;
}

/** The document's report exactly as `npm run inspect -- --format json` prints it, parsed. */
export async function currentReport(path: string): Promise<unknown> {
  const bytes = new Uint8Array(readFileSync(path));
  const report = await inspectFile(basename(path), bytes, { pdfAssets: nodePdfAssets() });
  const json = JSON.parse(formatReportJson([report])) as { documents: unknown[] };
  return json.documents[0];
}

export function goldenReport(path: string): unknown {
  return JSON.parse(gunzipSync(readFileSync(new URL(goldenName(path), GOLDEN_DIR))).toString('utf8'));
}
