// Recognised words → text runs, on words as the recogniser gave them for the scanned seeds
// (test/fixtures/generators/scan-pdf.ts of test/fixtures/pdf/00x-bordered-portrait.pdf at 150 dpi):
// boxes in pixels, the page's ruling lines in points.

import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/parsers/ocr/ocr-engine';
import { OCR_SCALE } from '../../src/parsers/ocr/read-scanned-pdf';
import { wordsToRuns } from '../../src/parsers/ocr/words-to-runs';
import type { RuleSegment } from '../../src/parsers/pdf/page-types';

const word = (text: string, x0: number, x1: number, y0: number, y1: number, confidence = 92): OcrWord => ({
  text,
  confidence,
  x0,
  x1,
  y0,
  y1,
});
const column = (x: number): RuleSegment => ({ x1: x, y1: 50, x2: x, y2: 800 });
const texts = (words: OcrWord[], rules: RuleSegment[] = []) =>
  wordsToRuns([{ words }], OCR_SCALE, rules).map((run) => run.text);

describe('words → runs', () => {
  it('ends a word’s box where the next word begins, so a number boxed over the next cell stays in its own', () => {
    // Seed 000 page 8, 财政拨款收支总表: 本年收入合计 | 4616.58 | 本年支出合计, a border at 247.2 pt.
    const line = [
      word('4616.58', 423, 666, 1353, 1376),
      word('本', 525, 551, 1349, 1386, 96),
      word('年', 550, 581, 1349, 1386, 96),
      word('支出', 580, 630, 1349, 1386, 96),
      word('合计', 629, 669, 1349, 1386, 96),
    ];
    expect(texts(line, [column(247.2)])).toEqual(['4616.58', '本年支出合计']);
    const [amount] = wordsToRuns([{ words: line }], OCR_SCALE, [column(247.2)]);
    expect(amount!.x + amount!.width / 2).toBeLessThan(247.2);
  });

  it('asks whether a border lies between of the last word with a letter, not of a speck on the border', () => {
    // Seed 000 page 11: [450]涞水县医疗保障局 | 预算年度：2021, a border at 134.9 pt (281 px) under a speck read as ”.
    const line = [word('局', 233, 256, 255, 295), word('”', 268, 294, 255, 295, 60), word('度', 287, 309, 259, 283)];
    expect(texts(line, [column(134.9)])).toEqual(['局', '度']);
  });

  it('measures the gap between words by the height of letters, not of a speck boxed over two lines', () => {
    // Seed 002 page 13: the header 合计 with a speck read as 。 (65%) boxed 50 px tall beside it.
    const line = [word('合计', 828, 875, 366, 389, 77), word('。', 902, 918, 362, 412, 65)];
    expect(texts(line, [column(440.4)])).toEqual(['合计']);
  });

  it('drops punctuation read with little confidence: a speck, not a mark printed', () => {
    // Seed 000 page 3 laid 1° askew: 县医 | 度: with a speck between read as 。 at 0%.
    const line = [
      word('医', 157, 185, 265, 304),
      word('。', 184, 210, 265, 304, 0),
      word('度', 207, 238, 269, 292, 30),
    ];
    expect(texts(line).join('')).not.toContain('。');
  });

  it('gives the full-width punctuation printed beside Chinese text', () => {
    const line = [
      word('价值', 100, 140, 10, 30),
      word('〈', 140, 150, 10, 30),
      word('金额单位:万元)', 150, 280, 10, 30),
    ];
    expect(texts(line)).toEqual(['价值（金额单位：万元）']);
    // Between digits and Latin letters they stay as read.
    expect(texts([word('12:30', 100, 150, 10, 30), word('(a)', 300, 330, 10, 30)])).toEqual(['12:30', '(a)']);
  });
});
