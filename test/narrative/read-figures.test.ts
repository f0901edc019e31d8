// The narrative reader on real explanation text: subjects attached to the words right before each
// amount, units and years as written, exact character ranges, and the links between figures.

import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../../src/lib/model/disclosure';
import type { NarrativeFigure } from '../../src/lib/model/narrative-figure';
import { readFigures } from '../../src/lib/narrative/read-figures';
import { REAL_FILES, realDisclosure, seedDisclosure } from '../helpers/disclosures';

/** The figure printed at `quote` in the paragraph that contains `context`. */
function figureAt(
  disclosure: Disclosure,
  figures: NarrativeFigure[],
  context: string,
  quote: string,
  nth = 0,
): NarrativeFigure {
  const paragraph = disclosure.paragraphs.findIndex((p) => p.text.includes(context));
  const found = figures.filter((f) => f.location.paragraph === paragraph && f.location.quote === quote);
  if (!found[nth]) throw new Error(`no figure ${quote} in the paragraph of ${context}`);
  return found[nth]!;
}

const brief = (f: NarrativeFigure) => [f.subject, f.relation, f.label, f.amount, f.unit, f.year];

describe('readFigures', () => {
  it('seed 001: each amount takes the subject words right before it, with its exact range', () => {
    const disclosure = seedDisclosure('001');
    const figures = readFigures(disclosure);
    const context = '其中基本支出236.08万元';
    const paragraph = disclosure.paragraphs.findIndex((p) => p.text.includes(context));
    const inParagraph = figures.filter((f) => f.location.paragraph === paragraph);
    expect(inParagraph.slice(0, 5).map(brief)).toEqual([
      ['expenditure-total', 'value', '支出预算', '16396.58', '万元', 2020],
      ['basic', 'value', '基本支出', '236.08', '万元', 2020],
      ['personnel', 'value', '人员经费', '231.68', '万元', 2020],
      ['public-use', 'value', '日常公用经费', '4.40', '万元', 2020],
      ['project', 'value', '项目支出', '16160.50', '万元', 2020],
    ]);
    const basic = inParagraph[1]!;
    expect(basic.location).toEqual({ type: 'text', paragraph, start: 85, end: 93, quote: '236.08万元', page: null });
    expect(disclosure.paragraphs[paragraph]!.text.slice(79, 93)).toBe('其中基本支出236.08万元');
    // 人员经费 and 日常公用经费 are listed under 基本支出 (包括), 项目支出 under the total again (；).
    expect([inParagraph[2]!.parent, inParagraph[3]!.parent, inParagraph[4]!.parent]).toEqual([
      figures.indexOf(basic),
      figures.indexOf(basic),
      figures.indexOf(inParagraph[0]!),
    ]);
  });

  it('seed 001: `较上年123829.67万元增加2566.91万元` is last year’s total and this year’s increase', () => {
    const disclosure = seedDisclosure('001');
    const figures = readFigures(disclosure);
    const current = figureAt(disclosure, figures, '较上年123829.67万元', '16396.58万元');
    const previous = figureAt(disclosure, figures, '较上年123829.67万元', '123829.67万元');
    const increase = figureAt(disclosure, figures, '较上年123829.67万元', '2566.91万元');
    expect(brief(previous)).toEqual(['income-expenditure-total', 'value', '预算收支安排', '123829.67', '万元', 2019]);
    expect(current.previous).toBe(figures.indexOf(previous));
    expect(brief(increase)).toEqual(['income-expenditure-total', 'increase', '预算收支安排', '2566.91', '万元', 2020]);
    expect(increase.of).toBe(figures.indexOf(current));
  });

  it('seed 000: the 三公 figures of 2021 and of 2020, `2万` read as 万元', () => {
    const disclosure = seedDisclosure('000');
    const figures = readFigures(disclosure);
    const context = '我单位2020年三公经费为4.00万元';
    const paragraph = disclosure.paragraphs.findIndex((p) => p.text.includes(context));
    expect(figures.filter((f) => f.location.paragraph === paragraph).map(brief)).toEqual([
      ['three-public', 'value', '“三公”经费', '2.50', '万元', 2021],
      ['three-public-vehicle-operation', 'value', '公车运行维护费', '2', '万元', 2021],
      ['three-public-reception', 'value', '公务接待费', '0.50', '万元', 2021],
      ['three-public', 'value', '三公经费', '4.00', '万元', 2020],
      ['three-public-vehicle-operation', 'value', '公车运行维护费', '2.00', '万元', 2020],
      ['three-public-reception', 'value', '公务接待费', '2.00', '万元', 2020],
      ['three-public', 'decrease', '三公经费', '1.5', '万元', 2021],
    ]);
    const twoWan = figureAt(disclosure, figures, context, '2万');
    expect([twoWan.location.start, twoWan.location.end]).toEqual([40, 42]);
    const total2021 = figureAt(disclosure, figures, context, '2.50万元');
    const total2020 = figureAt(disclosure, figures, context, '4.00万元');
    expect(total2021.previous).toBe(figures.indexOf(total2020));
    expect(figureAt(disclosure, figures, context, '1.5万元').of).toBe(figures.indexOf(total2021));
  });

  it('seed 003: a sentence broken over two paragraphs is read as one (`和日常` | `公用经费 9.27 万元`)', () => {
    const disclosure = seedDisclosure('003');
    const figures = readFigures(disclosure);
    const publicUse = figureAt(disclosure, figures, '公用经费 9.27 万元；项目支出', '9.27 万元');
    expect(brief(publicUse)).toEqual(['public-use', 'value', '日常公用经费', '9.27', '万元', 2023]);
    expect([publicUse.location.start, publicUse.location.end]).toEqual([5, 12]);
    expect(figures[publicUse.parent!]!.subject).toBe('basic');
  });

  it('seed 004: a unit per figure (`125.58元` beside `9.59万元`), the rate linked to its change', () => {
    const disclosure = seedDisclosure('004');
    const figures = readFigures(disclosure);
    const context = '机关运行经费支出125.58元';
    const value = figureAt(disclosure, figures, context, '125.58元');
    const change = figureAt(disclosure, figures, context, '9.59万元');
    const rate = figureAt(disclosure, figures, context, '12.46%');
    expect([brief(value), brief(change), brief(rate)]).toEqual([
      ['operating-costs', 'value', '机关运行经费', '125.58', '元', 2021],
      ['operating-costs', 'increase', '机关运行经费', '9.59', '万元', 2021],
      ['operating-costs', 'growth-rate', '机关运行经费', '12.46', '%', 2021],
    ]);
    expect([change.of, rate.of, rate.change]).toEqual([
      figures.indexOf(value),
      figures.indexOf(value),
      figures.indexOf(change),
    ]);
    // `参保率达到98.5%`, `完成预算100%` are not claims about amounts; `18.97万人` is not money.
    expect(figures.some((f) => f.amount === '98.5' || f.amount === '18.97')).toBe(false);
  });

  it('seed 004: shares of the 本年收入合计 listed after 其中', () => {
    const disclosure = seedDisclosure('004');
    const figures = readFigures(disclosure);
    const context = '2021年本年收入合计460.66万元';
    const share = figureAt(disclosure, figures, context, '100%');
    expect(brief(share)).toEqual(['general-budget-grant', 'share', '一般公共预算财政拨款收入', '100', '%', 2021]);
    expect(figures[share.whole!]!.amount).toBe('460.66');
    expect(figures[share.of!]!.label).toBe('一般公共预算财政拨款收入');
  });

  it('法院2017: spaced and thousands-free amounts, a unit carried over a page break, the “三公” shares', async () => {
    const disclosure = await realDisclosure(REAL_FILES.court2017);
    const figures = readFigures(disclosure);
    // `…增加 1051.89 万` | `元，增长54.3%。` on the next page.
    const housing = figureAt(disclosure, figures, '3．住房保障（类）支出2989.14万元', '1051.89 万');
    expect(brief(housing)).toEqual(['other', 'increase', '住房保障（类）支出', '1051.89', '万元', 2017]);
    const rate = figures.find((f) => f.relation === 'growth-rate' && f.amount === '54.3')!;
    expect(rate.location.paragraph).toBe(housing.location.paragraph + 1);
    expect(rate.change).toBe(figures.indexOf(housing));
    const shares = figures.filter((f) => f.relation === 'share' && f.wholeLabel === '“三公”经费');
    expect(shares.map((f) => [figures[f.of!]!.subject, f.amount])).toEqual([
      ['three-public-abroad', '26.86'],
      ['three-public-vehicle', '45.43'],
      ['three-public-reception', '27.71'],
    ]);
  });

  it('检察院2017: characters spaced apart (`一 般 公 共 预 算 收 入 17981.68 万 元`) keep their printed range', async () => {
    const disclosure = await realDisclosure(REAL_FILES.procuratorate2017);
    const figures = readFigures(disclosure);
    const figure = figureAt(disclosure, figures, '一 般 公 共 预 算 收 入', '17981.68 万 元');
    expect(brief(figure)).toEqual(['general-budget-grant', 'value', '一般公共预算收入', '17981.68', '万元', 2017]);
    const text = disclosure.paragraphs[figure.location.paragraph]!.text;
    expect(text.slice(figure.location.start, figure.location.end)).toBe('17981.68 万 元');
  });
});
