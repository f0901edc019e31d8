// A growth rate stated on a previous year of zero (`2023年…为0.00万元…增加100.00%`, or `增加
// 1326.81 万元，增长100%` on a value of 1326.81): growth from nothing has no percentage, so the
// printed one means nothing. A hint, not an error: readers understand “new item”.

import type Decimal from 'decimal.js';
import type { NarrativeFigure } from '../model/narrative-figure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { figureYuan, nameOf, quoteFigure } from './support/figures';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'growth-from-zero',
  title: { zh: '上年为零时的增长率', en: 'Growth rate on a zero base' },
  severity: 'info',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    rateOnZero: '说明中{subject}上年为 0，本年 {current}，却写增长 {rate}；从零增长没有百分比，宜写“新增”',
  },
};

/** The previous-year amount the text implies for a value: stated beside it, or the value less its increase. */
function previousOf(figures: NarrativeFigure[], value: NarrativeFigure, rate: NarrativeFigure): Decimal | null {
  if (value.previous !== undefined) return figureYuan(figures[value.previous]!);
  const change = rate.change === undefined ? undefined : figures[rate.change];
  if (change?.relation === 'increase') return figureYuan(value).minus(figureYuan(change));
  return null;
}

export function check({ figures }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  let comparisons = 0;
  for (const rate of figures) {
    if (rate.relation !== 'growth-rate' || rate.of === undefined) continue;
    const value = figures[rate.of]!;
    const previous = previousOf(figures, value, rate);
    if (previous === null) continue;
    comparisons += 1;
    if (!previous.isZero() || figureYuan(value).isZero()) continue;
    tally.report({
      messageId: 'rateOnZero',
      data: { subject: nameOf(value), current: quoteFigure(value), rate: quoteFigure(rate) },
      type: 'mismatch',
      location: rate.location,
      related: [value.location],
    });
  }
  return { ...tally.outcome(comparisons > 0), comparisons };
}

export const rule: Rule = { meta, check };
