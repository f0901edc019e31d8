// How the year and 预算/决算 are read: cover, then headings, then table titles, never years quoted in
// sentences; the file name as a last hint with a reading note. Every real file's meta is asserted
// where it is read once (test/golden/reports.test.ts with test/golden/printed-meta.ts); these are
// the mechanism's cases, each line taken from the real file named.

import { describe, expect, it } from 'vitest';
import type { LogicalTable } from '../../src/lib/extract/assemble-tables';
import { coverOf, datedStatements, readDocumentMeta } from '../../src/lib/extract/document-meta';
import type { DocumentType, TextParagraph } from '../../src/lib/model/disclosure';

/** Paragraphs in order, one block each, all on `page` (null: a format without pages). */
const paragraphsOf = (texts: string[], page: number | null = 1): TextParagraph[] =>
  texts.map((text, blockIndex) => ({ text, blockIndex, page }));

function tableTitled(title: string, blockIndex: number, year: number | null = null): LogicalTable {
  return {
    kind: 'other',
    title,
    unit: null,
    org: null,
    year,
    notes: [],
    columns: [],
    header: [],
    body: [],
    blockIndex,
    page: null,
  };
}

function metaOf(
  texts: string[],
  {
    tables = [],
    documentType = 'disclosure',
    fileName,
  }: { tables?: LogicalTable[]; documentType?: DocumentType; fileName?: string } = {},
) {
  return readDocumentMeta({ tables, paragraphs: paragraphsOf(texts), documentType, fileName });
}

describe('datedStatements', () => {
  it('leaves out the execution year a budget report’s title also names (济南市2023预算.pdf)', () => {
    expect(datedStatements('关于济南市2022年预算执行情况和2023年预算草案的报告')).toEqual([
      { year: 2023, kind: '预算', scope: null },
    ]);
  });

  it('reads 决算 past a fund’s name that contains 预算 (a 决算 table title)', () => {
    expect(datedStatements('2021年一般公共预算财政拨款支出决算表')).toEqual([
      { year: 2021, kind: '决算', scope: null },
    ]);
  });

  it('takes no year from a date or a figure', () => {
    expect(datedStatements('2018年2月24日')).toEqual([]);
    expect(datedStatements('2021年本年收入合计460.66万元，其中一般公共预算财政拨款收入460.66万元')).toEqual([]);
  });

  it('reads 部门/单位 just before the kind, across spaces (seed 002’s cover)', () => {
    expect(datedStatements('2024 年部门预算信息公开目录')).toEqual([{ year: 2024, kind: '预算', scope: '部门' }]);
  });
});

describe('coverOf', () => {
  it('stops at the contents and keeps to the first page', () => {
    const paragraphs = [
      ...paragraphsOf([
        '上海市普陀区2024年区级部门预算',
        '预算主管部门：上海市普陀区人民政府万里街道办事处',
        '目 录',
        '一、部门主要职能',
      ]),
      { text: '2023年预算执行情况', blockIndex: 4, page: 2 },
    ];
    expect(coverOf(paragraphs, Infinity).map((p) => p.text)).toEqual([
      '上海市普陀区2024年区级部门预算',
      '预算主管部门：上海市普陀区人民政府万里街道办事处',
    ]);
  });

  it('without pages, takes the opening lines before the first table', () => {
    const paragraphs = paragraphsOf(['部门预算收支总表', '414 馆陶县医疗保障局预算年度：2023', '单位：元'], null);
    expect(coverOf(paragraphs, 2).map((p) => p.text)).toEqual([
      '部门预算收支总表',
      '414 馆陶县医疗保障局预算年度：2023',
    ]);
  });
});

describe('readDocumentMeta', () => {
  it('reads a title broken over two cover lines, not the execution year before it (南宁市2023预算.pdf)', () => {
    const { meta, messages } = metaOf(
      ['关于南宁市与市本级2022年预算执行情况和', '2023年预算草案的报告', '——2023年2月13日在南宁市第十五届'],
      { documentType: 'government-report' },
    );
    expect(meta).toMatchObject({ year: 2023, kind: '预算', scope: null });
    expect(messages).toEqual([]);
  });

  it('reads a 决算 cover, not the date under it (1郑州市2021决算.pdf)', () => {
    const { meta } = metaOf(['郑州市', '2021年度财政决算（草案）', '郑州市财政局', '二〇二二年八月'], {
      documentType: 'government-report',
    });
    expect(meta).toMatchObject({ year: 2021, kind: '决算' });
  });

  it('trusts the cover over sentences and table titles that quote another year', () => {
    const { meta } = metaOf(
      [
        '上海市普陀区财政局2024年度部门决算',
        '目 录',
        '2023年度部门预算批复后，本部门严格执行。',
        '二、2025年部门预算安排情况',
      ],
      { tables: [tableTitled('2025年部门预算收支总表', 10)] },
    );
    expect(meta).toMatchObject({ year: 2024, kind: '决算', scope: '部门' });
  });

  it('without a cover, takes what most headings say, never a sentence (seed 004)', () => {
    const { meta } = metaOf([
      '第一部分 单位概况',
      '二、2021年重点工作完成情况',
      '制定了《2022年部门预算编制方案》，2022年部门预算已按时报送。',
      '第二部分 2021年度单位决算情况说明',
      '三、2021年度单位决算收支情况',
    ]);
    expect(meta).toMatchObject({ year: 2021, kind: '决算', scope: '单位' });
  });

  it('for a tables-only file, takes the header lines’ year and the titles’ kind (seed 000)', () => {
    const { meta } = metaOf(['部门预算收支总表', '单位：元'], {
      tables: [tableTitled('部门预算收支总表', 2, 2021), tableTitled('一般公共预算财政拨款支出表', 4, 2021)],
    });
    expect(meta).toMatchObject({ year: 2021, kind: '预算', scope: '部门' });
  });

  it('calls tables titled 决算 a 决算 although they name the 一般公共预算 fund', () => {
    const { meta } = metaOf([], {
      tables: [tableTitled('一般公共预算财政拨款支出决算表', 0), tableTitled('一般公共预算财政拨款基本支出表', 1)],
    });
    expect(meta.kind).toBe('决算');
  });

  it('takes the year from the file name only when nothing prints it, and says so', () => {
    const { meta, messages } = metaOf(['一般公共预算财政拨款支出表', '单位：万元'], {
      tables: [tableTitled('一般公共预算财政拨款支出表', 2)],
      fileName: '香河县医疗保障局2024年预算表.pdf',
    });
    expect(meta).toMatchObject({ year: 2024, kind: '预算' });
    expect(messages).toEqual([
      {
        stage: 'extract',
        code: 'meta-from-file-name',
        message:
          '文件里没有印出年度，按文件名“香河县医疗保障局2024年预算表.pdf”取为2024 年；如有误，可在文件卡片上更正。',
      },
    ]);
  });

  it('lets a printed year outweigh the file name’s (2018年省检察院部门预算公开.pdf renamed)', () => {
    const { meta, messages } = metaOf(['江苏省人民检察院', '2018年部门预算'], {
      fileName: '2017年省检察院部门预算.pdf',
    });
    expect(meta).toMatchObject({ year: 2018, kind: '预算' });
    expect(messages).toEqual([]);
  });

  it('leaves the year unknown when neither the document nor its name gives one', () => {
    const { meta, messages } = metaOf(['一般公共预算财政拨款支出表'], { fileName: 'merged-header.docx' });
    expect(meta.year).toBeNull();
    expect(messages).toEqual([]);
  });
});
