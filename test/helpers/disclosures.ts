// Extracted disclosures of the seeds and the real PDFs, read once per test file.

import { readFileSync } from 'node:fs';
import { extractDisclosure } from '../../src/lib/extract';
import type { Disclosure } from '../../src/lib/model/disclosure';
import { readDocument } from '../../src/parsers';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { readText } from '../../src/parsers/text/read-text';
import { REAL_DIR, REAL_OTHER_DIR, readSeedText, type SeedId } from './shared-files';

const seeds = new Map<SeedId, Disclosure>();
const reals = new Map<string, Promise<Disclosure>>();

export function seedDisclosure(id: SeedId): Disclosure {
  if (!seeds.has(id)) seeds.set(id, extractDisclosure(readText(readSeedText(id))));
  return seeds.get(id)!;
}

function readReal(path: string): Promise<Disclosure> {
  if (!reals.has(path)) {
    reals.set(
      path,
      readDocument(new Uint8Array(readFileSync(path)), { pdfAssets: nodePdfAssets() }).then(extractDisclosure),
    );
  }
  return reals.get(path)!;
}

export function realDisclosure(file: string): Promise<Disclosure> {
  return readReal(`${REAL_DIR}${file}`);
}

/** A city's own budget or final-accounts report from ../shared/real-other (not a department disclosure). */
export function governmentReport(file: string): Promise<Disclosure> {
  return readReal(`${REAL_OTHER_DIR}${file}`);
}

export const REAL_FILES = {
  court2017: '省法院2017年度部门预算公开.pdf',
  court2018: '省法院2018年度部门预算公开.pdf',
  court2019: '江苏省高级人民法院2019年度部门预算公开.pdf',
  procuratorate2017: '2017年省检察院部门预算.pdf',
  procuratorate2018: '2018年省检察院部门预算公开.pdf',
  partyOfficeTables: '江苏省委办公厅2018年度部门预算公开表.pdf',
  partyOfficeText: '江苏省委办公厅2018年度部门预算公开文件.pdf',
  wanli2024: '上海市普陀区人民政府万里街道办事处24年预算.pdf',
  putuoFinal2024: '上海市普陀区财政局2024年度部门决算.pdf',
} as const;

export type DocumentId = SeedId | keyof typeof REAL_FILES;

/** Seeds by id ('000') and real PDFs by their REAL_FILES key ('court2017'), extracted. */
export function disclosures(...ids: DocumentId[]): Promise<Disclosure[]> {
  return Promise.all(
    ids.map((id) =>
      id in REAL_FILES ? realDisclosure(REAL_FILES[id as keyof typeof REAL_FILES]) : seedDisclosure(id as SeedId),
    ),
  );
}
