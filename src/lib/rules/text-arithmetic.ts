// The arithmetic of the explanation text's own claims: a change equals this year less the last
// when both are stated, component changes add up to the total change, "占 Y%" is part / whole and
// "增长 Z%" is change / previous at the printed precision, parts listed after 其中 add up (or at
// least do not exceed their whole), a closing 合计 is the sum of the parts before it, and one
// figure is not stated twice with two values.
//
// NOTE: a change, a share or a rate is checked against every value its printed inputs may stand
// for (support/printed-precision): 9.1% for 9.151% is a truncation, not an error. A claim off by one
// unit of its last place only (shares nudged to add up to 100%) is told as info; only a claim no
// rounding reaches is an error. Amounts of one claim in one unit are read at the most places any of
// them prints: a text printing 156.55 beside 110 drops trailing zeros, it does not round 110.

import Decimal from 'decimal.js';
import type { Unit } from '../model/disclosure';
import type { FindingData, FindingType, Severity } from '../model/finding';
import { type FigureSubject, type NarrativeFigure, THREE_PUBLIC_PARTS } from '../model/narrative-figure';
import { compareAmounts, fromYuan, printedPlaces, roundingTolerance } from './support/amounts';
import { atPrintedPrecision, figureYuan, nameOf, percentLike, quoteAmount, quoteFigure } from './support/figures';
import { DISCLOSURES_ONLY, type Rule, type RuleInput, type RuleMeta, type RuleOutcome } from './rule';
import { Tally } from './support/tally';
import {
  claimAgreement,
  differenceOf,
  percentageOf,
  roundedRangeAt,
  shareOfSum,
  sumOfRanges,
  surelyConsistent,
  type ClaimAgreement,
  type ValueRange,
} from './support/printed-precision';
import { unitFactor } from '../model/amount';

export const meta: RuleMeta = {
  id: 'text-arithmetic',
  documentTypes: DISCLOSURES_ONLY,
  title: { zh: '说明文字自身的计算', en: 'Arithmetic of the explanation text' },
  severity: 'error',
  messages: {
    valueBelowChange:
      '说明中{subject}为 {stated}，而比上年增加 {change}，本年数小于增加额，单位疑为万元（{amount} 万元）',
    changeMismatch: '说明中{subject}{verb} {change}，但本年 {current} 与上年 {previous} 相差 {computed}',
    componentsMismatch: '说明中{subject}{verb} {change}，但其构成 {components} 合计为 {sum}',
    shareMismatch: '说明中{subject} {part} 占 {share}%，但占{whole}的比例为 {computed}%',
    rateMismatch:
      '说明中{subject}{verb} {rate}%，但按本年 {current}、上年 {previous}，变动 {change} 计算为 {computed}%',
    partsMismatch: '说明中{subject}为 {stated}，但其构成 {parts} 合计为 {sum}',
    partsExceedWhole: '说明中{subject}为 {stated}，其中所列 {parts} 合计 {sum}，超过总数',
    totalMismatch: '说明中所列 {parts} 合计应为 {sum}，但文中{subject}为 {stated}',
    /** Appended to partsMismatch when the gap is within the parts' rounding. */
    withinPartsRounding: '（差额在 {count} 项各自四舍五入的误差 {tolerance} 以内）',
    /** Appended to partsExceedWhole when the excess is within the parts' rounding. */
    withinRounding: '（差额在四舍五入误差 {tolerance} 以内）',
    statedTwice: '说明中{subject}前文为 {first}，此处为 {second}，前后不一致',
    /** Appended when a claim is off by one unit of its last printed place and no more. */
    lastPlace: '（仅差末位一个单位，应为舍入后的调整，如使各项比例合计为 100%）',
  },
};

const TOTALS: ReadonlySet<FigureSubject> = new Set([
  'income-expenditure-total',
  'income-total',
  'expenditure-total',
  'fiscal-grant-total',
  'general-budget-grant',
]);
/** Wholes whose 其中 list names both halves (收入… 支出…), so the parts do not add up to it. */
const TWO_SIDED: ReadonlySet<FigureSubject> = new Set(['income-expenditure-total', 'fiscal-grant-total']);

function signed(change: NarrativeFigure): Decimal {
  const yuan = figureYuan(change);
  return change.relation === 'decrease' || change.relation === 'decline-rate' ? yuan.negated() : yuan;
}

/**
 * The three 三公 parts among figures of one sentence: 因公出国（境）, the vehicles (as one figure,
 * or as 购置 + 运行维护), 公务接待; null unless each is there once.
 */
function threePublicParts(candidates: NarrativeFigure[]): NarrativeFigure[] | null {
  const one = (subject: FigureSubject) => candidates.filter((c) => c.subject === subject);
  const abroad = one('three-public-abroad');
  const reception = one('three-public-reception');
  const vehicle = one('three-public-vehicle');
  const vehicleParts = [...one('three-public-vehicle-purchase'), ...one('three-public-vehicle-operation')];
  if (abroad.length !== 1 || reception.length !== 1) return null;
  if (vehicle.length === 1) return [abroad[0]!, vehicle[0]!, reception[0]!];
  if (
    vehicle.length === 0 &&
    vehicleParts.length >= 1 &&
    vehicleParts.length <= 2 &&
    new Set(vehicleParts.map((v) => v.subject)).size === vehicleParts.length
  ) {
    return [abroad[0]!, ...vehicleParts, reception[0]!];
  }
  return null;
}

function moneyUnit(figure: NarrativeFigure): Unit {
  return figure.unit === '%' ? '万元' : figure.unit;
}

/** What the checks share: the figures, the tally, and the values found written in 元 for 万元. */
interface Context {
  figures: NarrativeFigure[];
  values: NarrativeFigure[];
  tally: Tally;
  slipped: Set<NarrativeFigure>;
  comparisons: number;
}

interface FigureFinding {
  messageId: string;
  notes?: string[];
  data: FindingData;
  type: FindingType;
  expected: Decimal | null;
  actual: Decimal | null;
  unit: Unit | null;
  severity?: Severity;
  tolerance?: Decimal;
}

/** Reports a finding at a text figure, its amounts at the decimals the text printed. */
function reportAt(context: Context, figure: NarrativeFigure, related: NarrativeFigure[], finding: FigureFinding) {
  // Keep the decimals the text printed (`22.00`, `-406.20`), or more where the value has them.
  const text = (value: Decimal) => value.toFixed(Math.max(printedPlaces(figure.amount), value.decimalPlaces()));
  const { expected, actual } = finding;
  context.tally.report({
    messageId: finding.messageId,
    notes: finding.notes,
    data: finding.data,
    type: finding.type,
    severity: finding.severity,
    location: figure.location,
    related: related.map((other) => other.location),
    expected: expected ? text(expected) : null,
    actual: actual ? text(actual) : null,
    difference: expected && actual ? text(actual.minus(expected)) : null,
    unit: finding.unit,
    ...(finding.tolerance ? { tolerance: finding.tolerance.toFixed() } : {}),
  });
}

/** A value's amount in 元, as meant when its unit was found written in 元 for 万元. */
function valueYuan(context: Context, figure: NarrativeFigure): Decimal {
  return context.slipped.has(figure) ? figureYuan(figure).times(10000) : figureYuan(figure);
}

/** The unit a money figure is meant in: 万元 where 元 was found written for it. */
const meantUnit = (context: Context, figure: NarrativeFigure): Unit =>
  context.slipped.has(figure) ? '万元' : moneyUnit(figure);

const scaled = (range: ValueRange, factor: Decimal.Value): ValueRange => ({
  low: range.low.times(factor),
  high: range.high.times(factor),
});

const inUnit = (yuan: ValueRange, unit: Unit): ValueRange => ({
  low: fromYuan(yuan.low, unit),
  high: fromYuan(yuan.high, unit),
});

const negated = (range: ValueRange): ValueRange => ({ low: range.high.negated(), high: range.low.negated() });

/**
 * What each of a claim's money inputs may stand for, in 元 (a decrease negative): each read at the
 * most places any input in its unit prints (trailing zeros are dropped, not rounded away).
 */
function inputRanges(context: Context, inputs: NarrativeFigure[]): (figure: NarrativeFigure) => ValueRange {
  const places = new Map<Unit, number>();
  for (const input of inputs) {
    const unit = meantUnit(context, input);
    places.set(unit, Math.max(places.get(unit) ?? 0, printedPlaces(input.amount)));
  }
  return (figure) => {
    const unit = meantUnit(context, figure);
    const range = scaled(
      roundedRangeAt(figure.amount, Math.max(places.get(unit) ?? 0, printedPlaces(figure.amount))),
      unitFactor(unit),
    );
    return figure.relation === 'decrease' || figure.relation === 'decline-rate' ? negated(range) : range;
  };
}

/** How a finding on a claim is graded: one off by its last place only is info, not an error. */
function graded(agreement: ClaimAgreement): Pick<FigureFinding, 'severity' | 'type' | 'notes'> {
  return agreement === 'last-place'
    ? { severity: 'info', type: 'rounding', notes: ['lastPlace'] }
    : { type: 'mismatch', notes: [] };
}

const isChange = (figure: NarrativeFigure) => figure.relation === 'increase' || figure.relation === 'decrease';
const verbOf = (change: NarrativeFigure) => (change.relation === 'increase' ? '增加' : '减少');

/**
 * A value in 元 that a change in 万元 exceeds: 元 was written for 万元
 * (`机关运行经费支出125.58元，比2020年增加9.59万元`). The later checks read such values in 万元.
 */
function checkUnitSlips(context: Context) {
  const { figures } = context;
  for (const change of figures) {
    if (change.relation !== 'increase' || change.of === undefined) continue;
    const value = figures[change.of]!;
    if (value.unit !== '元' || change.unit !== '万元') continue;
    context.comparisons++;
    if (!figureYuan(value).lessThan(figureYuan(change))) continue;
    context.slipped.add(value);
    reportAt(context, value, [change], {
      messageId: 'valueBelowChange',
      data: { subject: nameOf(value), stated: quoteFigure(value), change: quoteFigure(change), amount: value.amount },
      type: 'unit-slip',
      expected: new Decimal(value.amount).times(10000),
      actual: new Decimal(value.amount),
      unit: '元',
    });
  }
}

/** 1. A change against this year's and last year's values stated beside it. */
function checkChanges(context: Context) {
  const { figures } = context;
  for (const change of figures) {
    if (!isChange(change) || change.of === undefined) continue;
    const current = figures[change.of]!;
    if (current.previous === undefined) continue;
    const previous = figures[current.previous]!;
    context.comparisons++;
    const range = inputRanges(context, [current, previous]);
    const computed = differenceOf(range(current), range(previous));
    const stated = change.relation === 'decrease' ? negated(computed) : computed;
    const agreement = claimAgreement(change.amount, inUnit(stated, moneyUnit(change)));
    if (agreement === 'consistent') continue;
    const expected = atPrintedPrecision(valueYuan(context, current).minus(valueYuan(context, previous)), change);
    const actual = fromYuan(signed(change), moneyUnit(change));
    reportAt(context, change, [current, previous], {
      ...graded(agreement),
      messageId: 'changeMismatch',
      data: {
        subject: nameOf(current),
        verb: verbOf(change),
        change: quoteFigure(change),
        current: quoteFigure(current),
        previous: quoteFigure(previous),
        computed: quoteAmount(expected, moneyUnit(change)),
      },
      expected,
      actual,
      unit: moneyUnit(change),
    });
  }
}

/** 2. The changes named as its components add up to the total change (`其中：基本支出增加…；项目支出减少…`). */
function checkChangeComponents(context: Context) {
  const { figures } = context;
  figures.forEach((total, index) => {
    if (!isChange(total) || total.of === undefined || !TOTALS.has(total.subject)) return;
    const components: NarrativeFigure[] = [];
    for (const next of figures.slice(index + 1)) {
      if (next.location.paragraph > total.location.paragraph + 1) break;
      if (next.relation === 'value') break;
      if (isChange(next) && next.of === undefined && next.subject !== total.subject) components.push(next);
    }
    if (components.length < 2) return;
    context.comparisons++;
    const sum = components.reduce((acc, component) => acc.plus(signed(component)), new Decimal(0));
    const unit = moneyUnit(total);
    const expected = fromYuan(sum, unit);
    if (surelyConsistent(total.amount, (total.relation === 'decrease' ? -1 : 1) * expected.toNumber())) return;
    const actual = fromYuan(signed(total), unit);
    const range = inputRanges(context, components);
    const computed = sumOfRanges(components.map(range));
    const stated = total.relation === 'decrease' ? negated(computed) : computed;
    const agreement = claimAgreement(total.amount, inUnit(stated, unit));
    if (agreement === 'consistent') return;
    reportAt(context, total, components, {
      ...graded(agreement),
      messageId: 'componentsMismatch',
      data: {
        subject: nameOf(total),
        verb: verbOf(total),
        change: quoteFigure(total),
        components: components.map((c) => `${nameOf(c)}${verbOf(c)} ${quoteFigure(c)}`).join('、'),
        sum: quoteAmount(expected, unit),
      },
      expected,
      actual,
      unit,
    });
  });
}

/** The whole a share is of, in 元, with how the message names it; null when the text gives none. */
function shareWhole(
  context: Context,
  share: NarrativeFigure,
  part: NarrativeFigure,
): { yuan: Decimal; words: string; related: NarrativeFigure[]; inputs: NarrativeFigure[] } | null {
  const { figures, values } = context;
  if (share.whole !== undefined) {
    const whole = figures[share.whole]!;
    const words = `${nameOf(whole)} ${quoteFigure(whole)}`;
    return { yuan: valueYuan(context, whole), words, related: [whole], inputs: [whole] };
  }
  if (!THREE_PUBLIC_PARTS.has(part.subject) || !/三公/.test(share.wholeLabel ?? '')) return null;
  // The 三公 total is not stated: the parts the same sentence lists make it up.
  const parts = threePublicParts(
    values.filter(
      (v) =>
        THREE_PUBLIC_PARTS.has(v.subject) && v.location.paragraph === part.location.paragraph && v.year === part.year,
    ),
  );
  if (!parts || !parts.includes(part)) return null;
  const yuan = parts.reduce((acc, p) => acc.plus(valueYuan(context, p)), new Decimal(0));
  const unit = moneyUnit(part);
  return {
    yuan,
    words: `“三公”经费 ${quoteAmount(fromYuan(yuan, unit), unit)}（${parts.map((p) => p.amount).join(' + ')}）`,
    related: parts.filter((p) => p !== part),
    inputs: parts,
  };
}

/** 3. Shares: part / whole at the printed precision. */
function checkShares(context: Context) {
  for (const share of context.figures) {
    if (share.relation !== 'share' || share.of === undefined) continue;
    const part = context.figures[share.of]!;
    const whole = shareWhole(context, share, part);
    if (!whole || whole.yuan.isZero()) continue;
    context.comparisons++;
    if (surelyConsistent(share.amount, (valueYuan(context, part).toNumber() / whole.yuan.toNumber()) * 100)) continue;
    const range = inputRanges(context, [part, ...whole.inputs]);
    const rest = whole.inputs.filter((input) => input !== part);
    const computed =
      rest.length < whole.inputs.length
        ? shareOfSum(range(part), sumOfRanges(rest.map(range)))
        : percentageOf(range(part), sumOfRanges(whole.inputs.map(range)));
    const agreement = computed ? claimAgreement(share.amount, computed) : 'consistent';
    if (agreement === 'consistent') continue;
    const expected = percentLike(valueYuan(context, part), whole.yuan, share);
    const actual = new Decimal(share.amount);
    reportAt(context, share, [part, ...whole.related], {
      ...graded(agreement),
      messageId: 'shareMismatch',
      data: {
        subject: nameOf(part),
        part: quoteFigure(part),
        share: share.amount,
        whole: whole.words,
        computed: expected.toFixed(printedPlaces(share.amount)),
      },
      expected,
      actual,
      unit: null,
    });
  }
}

/** 4. Rates: change / previous at the printed precision. */
function checkRates(context: Context) {
  const { figures } = context;
  for (const rate of figures) {
    if ((rate.relation !== 'growth-rate' && rate.relation !== 'decline-rate') || rate.of === undefined) continue;
    const current = figures[rate.of]!;
    const change = rate.change !== undefined ? figures[rate.change]! : undefined;
    let previousYuan: Decimal;
    let changeYuan: Decimal;
    let changeRange: ValueRange;
    let previousRange: ValueRange;
    const related: NarrativeFigure[] = [current];
    if (current.previous !== undefined) {
      const previous = figures[current.previous]!;
      previousYuan = valueYuan(context, previous);
      changeYuan = valueYuan(context, current).minus(previousYuan);
      related.push(previous);
      const range = inputRanges(context, [current, previous]);
      previousRange = range(previous);
      changeRange = differenceOf(range(current), previousRange);
    } else if (change) {
      changeYuan = signed(change);
      previousYuan = valueYuan(context, current).minus(changeYuan);
      related.push(change);
      const range = inputRanges(context, [current, change]);
      changeRange = range(change);
      previousRange = differenceOf(range(current), changeRange);
    } else continue;
    if (!previousYuan.greaterThan(0)) continue; // 增长100% for a new item, or a value already reported as a slip
    context.comparisons++;
    const estimate = (changeYuan.toNumber() / previousYuan.toNumber()) * 100;
    if (surelyConsistent(rate.amount, rate.relation === 'decline-rate' ? -estimate : estimate)) continue;
    const rateRange = percentageOf(changeRange, previousRange);
    const inRateSense = rateRange && rate.relation === 'decline-rate' ? negated(rateRange) : rateRange;
    const agreement = inRateSense ? claimAgreement(rate.amount, inRateSense) : 'consistent';
    if (agreement === 'consistent') continue;
    // In the rate's own sense: a 下降 rate is printed positive, a rise computed against it comes out negative.
    const computed = percentLike(changeYuan, previousYuan, rate).times(rate.relation === 'decline-rate' ? -1 : 1);
    const actual = new Decimal(rate.amount);
    const unit = moneyUnit(current);
    reportAt(context, rate, related, {
      ...graded(agreement),
      messageId: 'rateMismatch',
      data: {
        subject: nameOf(current),
        verb: rate.relation === 'growth-rate' ? '增长' : '下降',
        rate: rate.amount,
        current: quoteAmount(fromYuan(valueYuan(context, current), unit), unit),
        previous: quoteAmount(fromYuan(previousYuan, unit), unit),
        change: quoteAmount(fromYuan(changeYuan, unit), unit),
        computed: computed.toFixed(printedPlaces(rate.amount)),
      },
      expected: computed,
      actual,
      unit: null,
    });
  }
}

/** The parts of a whole that are known to add up to it exactly (基本 = 人员 + 公用, the 三公…); null otherwise. */
function identityParts(parent: NarrativeFigure, parts: NarrativeFigure[]): NarrativeFigure[] | null {
  const subjects = new Set(parts.map((p) => p.subject));
  if (parent.subject === 'basic' && subjects.has('personnel') && subjects.has('public-use')) {
    return parts.filter((p) => p.subject === 'personnel' || p.subject === 'public-use');
  }
  if (parent.subject === 'three-public') {
    const pieces = parts.filter((p) =>
      subjects.has('three-public-vehicle')
        ? ['three-public-abroad', 'three-public-vehicle', 'three-public-reception'].includes(p.subject)
        : THREE_PUBLIC_PARTS.has(p.subject),
    );
    return pieces.length >= 2 ? pieces : null;
  }
  if (
    parent.subject === 'three-public-vehicle' &&
    subjects.has('three-public-vehicle-purchase') &&
    subjects.has('three-public-vehicle-operation')
  ) {
    return parts.filter(
      (p) => p.subject === 'three-public-vehicle-purchase' || p.subject === 'three-public-vehicle-operation',
    );
  }
  return null;
}

/** 5. Parts listed after 其中 / 包括: known identities add up exactly; any list stays within its whole. */
function checkListedParts(context: Context) {
  const { figures, values } = context;
  const children = new Map<number, NarrativeFigure[]>();
  for (const figure of values) {
    if (figure.parent === undefined) continue;
    const parent = figures[figure.parent]!;
    if (parent.year !== figure.year || parent.basis !== figure.basis || parent.unit === '%') continue;
    const listed = children.get(figure.parent);
    if (listed) listed.push(figure);
    else children.set(figure.parent, [figure]);
  }
  for (const [parentIndex, parts] of children) {
    const parent = figures[parentIndex]!;
    if (TWO_SIDED.has(parent.subject)) continue;
    const identity = identityParts(parent, parts);
    compareWithParts(context, parent, identity ?? parts, identity ? 'partsMismatch' : 'partsExceedWhole');
  }
}

/** 6. A closing 合计 (`…国际化发展50.00万，合计1170.00万`) is the sum of the parts listed before it. */
function checkClosingTotals(context: Context) {
  for (const total of context.values) {
    const parts = (total.sums ?? []).map((index) => context.figures[index]!);
    if (total.unit === '%' || parts.length < 2 || parts.some((part) => part.unit === '%')) continue;
    compareWithParts(context, total, parts, 'totalMismatch');
  }
}

/**
 * A whole against the sum of its parts, at the rounding the parts' printed places allow: an identity
 * (partsMismatch, totalMismatch) must hold both ways, a mere list (partsExceedWhole) only not exceed.
 */
function compareWithParts(
  context: Context,
  whole: NarrativeFigure,
  parts: NarrativeFigure[],
  messageId: 'partsMismatch' | 'partsExceedWhole' | 'totalMismatch',
) {
  const isIdentity = messageId !== 'partsExceedWhole';
  const unit = moneyUnit(whole);
  const sum = fromYuan(
    parts.reduce((acc, p) => acc.plus(valueYuan(context, p)), new Decimal(0)),
    unit,
  );
  const stated = fromYuan(valueYuan(context, whole), unit);
  const places = Math.max(printedPlaces(whole.amount), ...parts.map((p) => printedPlaces(p.amount)));
  const tolerance = roundingTolerance(parts.length, places);
  context.comparisons++;
  let within: boolean;
  if (isIdentity) {
    const outcome = compareAmounts(stated, sum, tolerance);
    if (outcome.kind === 'equal') return;
    within = outcome.kind === 'within-tolerance';
  } else if (sum.greaterThan(stated)) {
    within = sum.minus(stated).lessThanOrEqualTo(tolerance);
  } else return;
  const data = {
    subject: nameOf(whole),
    stated: quoteFigure(whole),
    parts: parts.map((p) => `${nameOf(p)} ${quoteFigure(p)}`).join(' + '),
    sum: quoteAmount(sum, unit),
    count: parts.length,
    tolerance: `${tolerance.toFixed()} ${unit}`,
  };
  reportAt(context, whole, parts, {
    messageId,
    notes: within ? [isIdentity ? 'withinPartsRounding' : 'withinRounding'] : [],
    data,
    type: within ? 'rounding' : isIdentity ? 'mismatch' : 'exceeds',
    expected: stated,
    actual: sum,
    unit,
    severity: within ? 'info' : meta.severity,
    ...(within ? { tolerance } : {}),
  });
}

/** 7. One figure stated twice with two values (same subject, year and scope). */
function checkRepeatedValues(context: Context) {
  const seen = new Map<string, NarrativeFigure>();
  for (const figure of context.values) {
    if (figure.subject === 'other' || figure.unit === '%') continue;
    const key = [figure.subject, figure.label, figure.year, figure.fiscal ?? false, figure.basis ?? 'outturn'].join(
      '|',
    );
    const first = seen.get(key);
    if (!first) {
      seen.set(key, figure);
      continue;
    }
    context.comparisons++;
    const places = Math.min(printedPlaces(first.amount), printedPlaces(figure.amount));
    const unit = moneyUnit(figure);
    const a = fromYuan(valueYuan(context, first), unit).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    const b = fromYuan(valueYuan(context, figure), unit).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    if (a.equals(b) || context.slipped.has(figure) || context.slipped.has(first)) continue;
    reportAt(context, figure, [first], {
      messageId: 'statedTwice',
      data: { subject: nameOf(figure), first: quoteFigure(first), second: quoteFigure(figure) },
      type: 'mismatch',
      expected: fromYuan(valueYuan(context, first), unit),
      actual: new Decimal(figure.amount),
      unit,
      severity: 'warning',
    });
  }
}

export function check({ figures }: RuleInput): RuleOutcome {
  const context: Context = {
    figures,
    values: figures.filter((figure) => figure.relation === 'value'),
    tally: new Tally(meta),
    slipped: new Set(),
    comparisons: 0,
  };
  checkUnitSlips(context);
  checkChanges(context);
  checkChangeComponents(context);
  checkShares(context);
  checkRates(context);
  checkListedParts(context);
  checkClosingTotals(context);
  checkRepeatedValues(context);
  return { ...context.tally.outcome(context.comparisons > 0), comparisons: context.comparisons };
}

export const rule: Rule = { meta, check };
