// Document type on the edge cases; every real file's type is asserted where it is read once
// (test/golden/reports.test.ts).

import { describe, expect, it } from 'vitest';
import { readDocumentType } from '../../src/lib/extract/document-type';

describe('readDocumentType', () => {
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
