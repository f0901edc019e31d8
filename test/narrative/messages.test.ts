// What the explanation-text reader says it could not read, with the paragraph (an index into the
// report's paragraphs) and page it concerns, each from a real file.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import type { Message, NarrativeMessageCode } from '../../src/lib/model/document';
import { readNarrative } from '../../src/lib/narrative';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { disclosures } from '../helpers/disclosures';
import { editedSeed } from '../helpers/edited-seed';

function notesOf(disclosure: Disclosure, code: NarrativeMessageCode): Message[] {
  return readNarrative(disclosure).messages.filter((message) => message.code === code);
}

describe('narrative reading notes', () => {
  it('gives the same figures as readFigures, and no note where every amount is understood', async () => {
    const [seed] = await disclosures('001');
    const reading = readNarrative(seed!);
    expect(reading.figures).toEqual(readFigures(seed!));
    expect(reading.messages).toEqual([]);
  });

  it('amount-subject-unknown: 普陀区财政局 2024 决算 names each 项 in a sentence before its amounts (page 22)', async () => {
    const [disclosure] = await disclosures('putuoFinal2024');
    const [note, ...others] = notesOf(disclosure!, 'amount-subject-unknown');
    expect(others).toEqual([]);
    // One note for the run of paragraphs 86–96, pointing at the first.
    expect(note).toMatchObject({ stage: 'narrative', paragraph: 85, page: 22 });
    expect(disclosure!.paragraphs[85]!.text).toMatch(/^1、一般公共服务支出（类）财政事务（款）行政运行（项）/);
    expect(note!.message).toBe(
      '说明文字第 86–96 段的“1560.05万元”、“1511.89万元”、“10.00万元”等 22 个金额未能判断说的是哪一项。',
    );
  });

  it('change-unlinked: 省法院2017年度部门预算公开.pdf says 本年比上年减少161.96万元 without naming what (page 24)', async () => {
    const [disclosure] = await disclosures('court2017');
    const notes = notesOf(disclosure!, 'change-unlinked');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ stage: 'narrative', paragraph: 185, page: 24 });
    expect(disclosure!.paragraphs[185]!.text).toContain('本年比上年减少161.96万元');
    expect(notes[0]!.message).toBe('说明文字第 186 段的“161.96万元”未能对应到它所比较的金额。');
  });

  it('chart-data-unreadable: seed 004 with the data under 图1 left out, as when the chart is a picture', () => {
    // Seed 004 prints each chart's data as text under its caption; a copy whose charts are images
    // has the caption only. The edit removes 图1's data line (图2 and 图3 print the same numbers).
    const disclosure = editedSeed('004', '变动情况图    \n\n2020年\t2021年\t329.27\t460.66\t', '变动情况图');
    const caption = disclosure.paragraphs.findIndex((paragraph) => paragraph.text.startsWith('图1：'));
    expect(notesOf(disclosure, 'chart-data-unreadable')).toEqual([
      {
        stage: 'narrative',
        code: 'chart-data-unreadable',
        message: '图表“图1：收、支决算总计变动情况图”后面没有可读的数据（图表可能是图片），未能核对。',
        paragraph: caption,
      },
    ]);
  });

  it('chart-data-unreadable: none in seed 004 as published, whose chart data are all printed', async () => {
    const [disclosure] = await disclosures('004');
    expect(notesOf(disclosure!, 'chart-data-unreadable')).toEqual([]);
  });
});
