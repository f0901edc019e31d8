// Document type: department disclosures against government-wide reports, on real files of both.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import { readDocumentType } from '../../src/lib/extract/document-type';
import { readDocument } from '../../src/parsers';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { disclosures, REAL_FILES } from '../helpers/disclosures';
import { REAL_OTHER_DIR } from '../helpers/shared-files';

/** The city reports of ../shared/real-other that have a text layer (南昌 is a scan). */
const GOVERNMENT_REPORTS = readdirSync(REAL_OTHER_DIR).filter(
  (name) => /\.(pdf|docx)$/.test(name) && !name.includes('南昌'),
);

describe('readDocumentType', () => {
  it.each(GOVERNMENT_REPORTS)('reads %s as a government report', async (name) => {
    const bytes = new Uint8Array(readFileSync(`${REAL_OTHER_DIR}${name}`));
    const disclosure = extractDisclosure(await readDocument(bytes, { pdfAssets: nodePdfAssets() }));
    expect(disclosure.meta.documentType).toBe('government-report');
  });

  it('reads every seed and real department PDF as a disclosure, tables-only and text-only files included', async () => {
    const ids = ['000', '001', '002', '003', '004', ...Object.keys(REAL_FILES)] as const;
    const read = await disclosures(...(ids as unknown as Parameters<typeof disclosures>));
    expect(read.map((disclosure) => disclosure.meta.documentType)).toEqual(ids.map(() => 'disclosure'));
  });

  it('calls a document with neither a disclosure nor a government report heading something else', () => {
    const notice = {
      paragraphs: ['关于做好2024年春节期间值班工作的通知', '各科室：', '现将有关事项通知如下。'],
      tableTitles: ['值班安排表'],
      tableKinds: ['other' as const],
    };
    expect(readDocumentType(notice)).toBe('other');
  });

  it('lets a department disclosure that mentions the assembly stay a disclosure', () => {
    // 江苏省委办公厅2018年度部门预算公开文件 opens so; a line about the 人民代表大会 must not outweigh it.
    const evidence = {
      paragraphs: ['江苏省委办公厅2018年度部门预算公开', '目 录', '第一部分 部门概况', '经省人民代表大会批准'],
      tableTitles: [],
      tableKinds: [],
    };
    expect(readDocumentType(evidence)).toBe('disclosure');
  });
});
