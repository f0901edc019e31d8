// 机关运行经费 is, by the standard definition (and most files' own 名词解释), the 公用经费 of
// basic spending. So the text's 机关运行经费 should not exceed its 基本支出, and for an
// administrative unit usually equals its 公用经费. Some files (Jiangsu 2017) count running costs
// paid from project funds too and say so, hence a warning, not an error, when it exceeds 基本支出,
// and only a hint when it differs from 公用经费.

import Decimal from 'decimal.js';
import type { Disclosure } from '../model/disclosure';
import type { FigureSubject, NarrativeFigure } from '../model/narrative-figure';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { fromYuan, printedPlaces, roundingTolerance } from './support/amounts';
import { figureYuan, quoteFigure } from './support/figures';
import { Tally } from './support/tally';

export const meta: RuleMeta = {
  id: 'operating-costs-scope',
  title: { zh: '机关运行经费与基本支出、公用经费', en: 'Operating costs within basic spending' },
  severity: 'warning',
  documentTypes: DISCLOSURES_ONLY,
  messages: {
    exceedsBasic:
      '说明中机关运行经费 {operating}，超过基本支出 {basic}，多出 {gap}；机关运行经费通常是基本支出中的公用经费，除非另有说明计入了项目支出中的运行经费',
    differsFromPublicUse:
      '说明中机关运行经费 {operating}，与公用经费 {publicUse} 不同，相差 {gap}；行政单位的机关运行经费通常即基本支出中的公用经费',
  },
};

/** The values the text states for a subject in the document's year (in a 决算, the outturn). */
function valuesOf(figures: NarrativeFigure[], subject: FigureSubject, disclosure: Disclosure): NarrativeFigure[] {
  return figures.filter(
    (figure) =>
      figure.subject === subject &&
      figure.relation === 'value' &&
      figure.unit !== '%' &&
      figure.basis === undefined &&
      (figure.year === null || figure.year === disclosure.meta.year),
  );
}

/** The gap beyond the two figures' rounding, in 元; zero when rounding explains it. */
function gapBeyondRounding(higher: NarrativeFigure, lower: NarrativeFigure): Decimal {
  const gap = figureYuan(higher).minus(figureYuan(lower));
  const rounding = [higher, lower]
    .map((figure) => figureYuan({ ...figure, amount: roundingTolerance(1, printedPlaces(figure.amount)).toFixed() }))
    .reduce((sum, tolerance) => sum.plus(tolerance), new Decimal(0));
  return gap.abs().lessThanOrEqualTo(rounding) ? new Decimal(0) : gap;
}

/** A ×10000 gap is a unit slip of one figure, which text-arithmetic reports; not a scope question. */
const isUnitSlip = (a: NarrativeFigure, b: NarrativeFigure) =>
  a.amount === b.amount && a.unit !== b.unit && a.unit !== '%' && b.unit !== '%';

function report(tally: Tally, messageId: string, operating: NarrativeFigure, other: NarrativeFigure, gap: Decimal) {
  const unit = operating.unit === '%' ? '万元' : operating.unit;
  const places = Math.max(printedPlaces(operating.amount), printedPlaces(other.amount));
  const inUnit = (yuan: Decimal) => fromYuan(yuan, unit).toFixed(places);
  const gapText = `${inUnit(gap.abs())} ${unit}`;
  tally.report({
    messageId,
    data:
      messageId === 'exceedsBasic'
        ? { operating: quoteFigure(operating), basic: quoteFigure(other), gap: gapText }
        : { operating: quoteFigure(operating), publicUse: quoteFigure(other), gap: gapText },
    type: messageId === 'exceedsBasic' ? 'exceeds' : 'mismatch',
    severity: messageId === 'exceedsBasic' ? 'warning' : 'info',
    location: operating.location,
    related: [other.location],
    expected: inUnit(figureYuan(other)),
    actual: operating.amount,
    difference: inUnit(figureYuan(operating).minus(figureYuan(other))),
    unit,
  });
}

export function check({ disclosure, figures }: RuleInput): RuleOutcome {
  const tally = new Tally(meta);
  if (disclosure.meta.documentType !== 'disclosure') return tally.outcome(false);
  const operating = valuesOf(figures, 'operating-costs', disclosure);
  const basic = valuesOf(figures, 'basic', disclosure);
  const publicUse = valuesOf(figures, 'public-use', disclosure);
  if (operating.length === 0 || (basic.length === 0 && publicUse.length === 0)) return tally.outcome(false);
  let comparisons = 0;
  for (const stated of operating) {
    // The largest 基本支出 the text states (all funds, not only 财政拨款) is the most it may be.
    const widest = basic.toSorted((a, b) => figureYuan(b).comparedTo(figureYuan(a)))[0];
    if (widest) {
      comparisons += 1;
      const gap = gapBeyondRounding(stated, widest);
      if (gap.greaterThan(0) && !isUnitSlip(stated, widest)) {
        report(tally, 'exceedsBasic', stated, widest, gap);
        continue;
      }
    }
    if (publicUse.length === 0) continue;
    comparisons += 1;
    const matches = publicUse.some(
      (candidate) => gapBeyondRounding(stated, candidate).isZero() || isUnitSlip(stated, candidate),
    );
    if (!matches)
      report(tally, 'differsFromPublicUse', stated, publicUse[0]!, gapBeyondRounding(stated, publicUse[0]!));
  }
  return { ...tally.outcome(comparisons > 0), comparisons };
}

export const rule: Rule = { meta, check };
