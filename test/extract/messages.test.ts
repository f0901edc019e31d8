// What table recognition says it did: one note per kind of event and table, with its code, the
// table it concerns (an index into the report's tables) and its page, each from a real file.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDisclosure } from '../../src/lib/extract';
import type { Disclosure } from '../../src/lib/model/disclosure';
import type { ExtractMessageCode, Message } from '../../src/lib/model/document';
import { readDocument } from '../../src/parsers';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { disclosures } from '../helpers/disclosures';

/** The one note of `code` about `table` (null: about no table). */
function noteOf(disclosure: Disclosure, code: ExtractMessageCode, table: number | null): Message {
  const found = disclosure.warnings.filter((message) => message.code === code && (message.table ?? null) === table);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const fixturePdfs = new Map<string, Promise<Disclosure>>();

/** A committed PDF fixture (test/fixtures/pdf, LibreOffice PDFs of the seeds), extracted once. */
function fixturePdf(file: string): Promise<Disclosure> {
  if (!fixturePdfs.has(file)) {
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${file}`, import.meta.url)));
    fixturePdfs.set(file, readDocument(bytes, { pdfAssets: nodePdfAssets() }).then(extractDisclosure));
  }
  return fixturePdfs.get(file)!;
}

describe('extraction notes', () => {
  it('every note is of the extract stage, in Chinese, and points at a table that exists', async () => {
    const all = [...(await disclosures('000', '002', '003', 'court2018', 'wanli2024'))];
    for (const disclosure of all) {
      for (const message of disclosure.warnings) {
        expect(message.stage).toBe('extract');
        expect(message.message).toMatch(/[\u4e00-\u9fff]/);
        if (message.table !== undefined) expect(disclosure.tables[message.table]).toBeDefined();
      }
    }
  });

  it('contents-table-skipped: the contents page of seed 003 drawn as a grid, and of its PDF on page 1', async () => {
    const [seed] = await disclosures('003');
    expect(noteOf(seed!, 'contents-table-skipped', null).message).toBe('目录表格未作为数据表读取。');
    const pdf = await fixturePdf('003-bordered-portrait.pdf');
    expect(noteOf(pdf, 'contents-table-skipped', null)).toMatchObject({
      page: 1,
      message: '第 1 页的目录表格未作为数据表读取。',
    });
  });

  it('continuation-merged: 2018年省检察院部门预算公开.pdf continues 公开01表 on page 14, once per table', async () => {
    const [disclosure] = await disclosures('procuratorate2018');
    expect(disclosure!.tables[0]!.title).toBe('公开01表：收支预算总表');
    expect(noteOf(disclosure!, 'continuation-merged', 0)).toMatchObject({
      page: 14,
      message: '第 14 页的续表已并入《公开01表：收支预算总表》。',
    });
    // 公开12表 runs over pages 21–23: one note naming the pages.
    expect(noteOf(disclosure!, 'continuation-merged', 11).message).toBe(
      '第 21、22、23 页的续表已并入《公开12表：政府采购支出预算表》。',
    );
  });

  it('repeated-header-dropped: the seed 000 PDF fixture repeats the 财政拨款收支总表 header on pages 8 and 9', async () => {
    const disclosure = await fixturePdf('000-bordered-portrait.pdf');
    expect(noteOf(disclosure, 'repeated-header-dropped', 3)).toMatchObject({
      page: 8,
      message: '《部门预算财政拨款收支总表》的续表（第 8、9 页）重复印出的表头已略去。',
    });
  });

  it('header-continued: 省法院2018年度部门预算公开.pdf ends page 10 after the first header row of table 四', async () => {
    const [disclosure] = await disclosures('court2018');
    expect(noteOf(disclosure!, 'header-continued', 3)).toMatchObject({ page: 11 });
    expect(disclosure!.tables[3]!.title).toBe('四、2018年度江苏省高级人民法院财政拨款收支预算总表');
  });

  it('split-row-joined: seed 002 breaks 财政对城乡居民基本医疗保险基金的补助 over a page; so does 检察院 2018 on page 14', async () => {
    const [seed, procuratorate] = await disclosures('002', 'procuratorate2018');
    expect(noteOf(seed!, 'split-row-joined', 1).message).toBe(
      '《部门预算收入总表》中被分页截断的 1 行已接回上一页的行：“财政对城乡居民基本医疗保险基金的补助”。',
    );
    expect(noteOf(procuratorate!, 'split-row-joined', 0)).toMatchObject({ page: 14 });
    expect(noteOf(procuratorate!, 'split-row-joined', 0).message).toContain('“十七、国土海洋气象等支出”');
  });

  it('total-row-aligned: 万里街道 2024 draws the 合计 rows of its 收入/支出总表 apart (pages 15 and 20)', async () => {
    const [disclosure] = await disclosures('wanli2024');
    expect(noteOf(disclosure!, 'total-row-aligned', 1)).toMatchObject({ page: 15 });
    expect(noteOf(disclosure!, 'total-row-aligned', 2)).toMatchObject({ page: 20 });
    expect(disclosure!.tables[1]!.title).toBe('2024年部门收入预算总表');
  });

  it('title-guessed: seed 000 prints its 机构设置 grid under a heading, not a table title', async () => {
    const [disclosure] = await disclosures('000');
    expect(noteOf(disclosure!, 'title-guessed', 9).message).toBe(
      '第 10 张表格没有可识别的表名，已按它前面的文字命名为“部门机构设置情况”。',
    );
  });

  it('title-missing: the seed 000 PDF fixture has a grid on page 23 that nothing before it names', async () => {
    const disclosure = await fixturePdf('000-bordered-portrait.pdf');
    expect(noteOf(disclosure, 'title-missing', 20)).toMatchObject({
      page: 23,
      message: '第 21 张表格（第 23 页）没有表名。',
    });
    expect(disclosure.tables[20]!.title).toBe('');
  });
});
