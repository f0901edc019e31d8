// The arithmetic of the explanation text's own claims: a change equals this year less the last
// when both are stated, component changes add up to the total change, "占 Y%" is part / whole and
// "增长 Z%" is change / previous at the printed precision, parts listed after 其中 add up (or at
// least do not exceed their whole), and one figure is not stated twice with two values.

import Decimal from 'decimal.js';
import type { Unit } from '../model/disclosure';
import type { Finding, Severity } from '../model/finding';
import { type FigureSubject, type NarrativeFigure, THREE_PUBLIC_PARTS } from '../model/narrative-figure';
import { compareAmounts, fromYuan, printedPlaces, roundingTolerance } from './support/amounts';
import { atPrintedPrecision, figureYuan, nameOf, percentLike, quoteAmount, quoteFigure } from './support/figures';
import type { Rule, RuleInput, RuleMeta, RuleOutcome } from './rule';

export const meta: RuleMeta = {
  id: 'text-arithmetic',
  title: { zh: '说明文字自身的计算', en: 'Arithmetic of the explanation text' },
  severity: 'error',
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

export function check({ figures }: RuleInput): RuleOutcome {
  const findings: Finding[] = [];
  let comparisons = 0;

  const finding = (
    figure: NarrativeFigure,
    related: NarrativeFigure[],
    message: string,
    expected: Decimal | null,
    actual: Decimal | null,
    unit: Unit | null,
    severity: Severity = meta.severity,
    tolerance?: Decimal,
  ) => {
    // Keep the decimals the text printed (`22.00`, `-406.20`), or more where the value has them.
    const text = (value: Decimal) => value.toFixed(Math.max(printedPlaces(figure.amount), value.decimalPlaces()));
    const result: Finding = {
      ruleId: meta.id,
      severity,
      message,
      location: figure.location,
      related: related.map((other) => other.location),
      expected: expected ? text(expected) : null,
      actual: actual ? text(actual) : null,
      difference: expected && actual ? text(actual.minus(expected)) : null,
      unit,
    };
    if (tolerance) result.tolerance = tolerance.toFixed();
    findings.push(result);
  };

  const values = figures.filter((figure) => figure.relation === 'value');
  const slipped = new Set<NarrativeFigure>();

  // A value in 元 that a change in 万元 exceeds: 元 was written for 万元 (`机关运行经费支出125.58元，比2020年增加9.59万元`).
  for (const change of figures) {
    if ((change.relation !== 'increase' && change.relation !== 'decrease') || change.of === undefined) continue;
    const value = figures[change.of]!;
    if (value.unit !== '元' || change.unit !== '万元' || change.relation !== 'increase') continue;
    comparisons++;
    if (figureYuan(value).lessThan(figureYuan(change))) {
      slipped.add(value);
      finding(
        value,
        [change],
        `说明中${nameOf(value)}为 ${quoteFigure(value)}，而比上年增加 ${quoteFigure(change)}，本年数小于增加额，单位疑为万元（${value.amount} 万元）`,
        new Decimal(value.amount).times(10000),
        new Decimal(value.amount),
        '元',
      );
    }
  }
  const valueYuan = (figure: NarrativeFigure) =>
    slipped.has(figure) ? figureYuan(figure).times(10000) : figureYuan(figure);

  // 1. A change against this year's and last year's values stated beside it.
  for (const change of figures) {
    if ((change.relation !== 'increase' && change.relation !== 'decrease') || change.of === undefined) continue;
    const current = figures[change.of]!;
    if (current.previous === undefined) continue;
    const previous = figures[current.previous]!;
    comparisons++;
    const expected = atPrintedPrecision(valueYuan(current).minus(valueYuan(previous)), change);
    const actual = fromYuan(signed(change), moneyUnit(change));
    if (!expected.equals(actual)) {
      const verb = change.relation === 'increase' ? '增加' : '减少';
      finding(
        change,
        [current, previous],
        `说明中${nameOf(current)}${verb} ${quoteFigure(change)}，但本年 ${quoteFigure(current)} 与上年 ${quoteFigure(previous)} 相差 ${quoteAmount(expected, moneyUnit(change))}`,
        expected,
        actual,
        moneyUnit(change),
      );
    }
  }

  // 2. The changes named as its components add up to the total change (`其中：基本支出增加…；项目支出减少…`).
  figures.forEach((total, index) => {
    if ((total.relation !== 'increase' && total.relation !== 'decrease') || total.of === undefined) return;
    if (!TOTALS.has(total.subject)) return;
    const components: NarrativeFigure[] = [];
    for (const next of figures.slice(index + 1)) {
      if (next.location.paragraph > total.location.paragraph + 1) break;
      if (next.relation === 'value') break;
      if (
        (next.relation === 'increase' || next.relation === 'decrease') &&
        next.of === undefined &&
        next.subject !== total.subject
      ) {
        components.push(next);
      }
    }
    if (components.length < 2) return;
    comparisons++;
    const sum = components.reduce((acc, component) => acc.plus(signed(component)), new Decimal(0));
    const unit = moneyUnit(total);
    const expected = fromYuan(sum, unit);
    const actual = fromYuan(signed(total), unit);
    if (!expected.equals(actual)) {
      const parts = components
        .map((c) => `${nameOf(c)}${c.relation === 'increase' ? '增加' : '减少'} ${quoteFigure(c)}`)
        .join('、');
      finding(
        total,
        components,
        `说明中${nameOf(total)}${total.relation === 'increase' ? '增加' : '减少'} ${quoteFigure(total)}，但其构成 ${parts} 合计为 ${quoteAmount(expected, unit)}`,
        expected,
        actual,
        unit,
      );
    }
  });

  // 3. Shares: part / whole at the printed precision.
  for (const share of figures) {
    if (share.relation !== 'share' || share.of === undefined) continue;
    const part = figures[share.of]!;
    let wholeYuan: Decimal | null = null;
    let wholeWords = '';
    const related: NarrativeFigure[] = [part];
    if (share.whole !== undefined) {
      const whole = figures[share.whole]!;
      wholeYuan = valueYuan(whole);
      wholeWords = `${nameOf(whole)} ${quoteFigure(whole)}`;
      related.push(whole);
    } else if (THREE_PUBLIC_PARTS.has(part.subject) && /三公/.test(share.wholeLabel ?? '')) {
      // The 三公 total is not stated: the parts the same sentence lists make it up.
      const parts = threePublicParts(
        values.filter(
          (v) =>
            THREE_PUBLIC_PARTS.has(v.subject) &&
            v.location.paragraph === part.location.paragraph &&
            v.year === part.year,
        ),
      );
      if (!parts || !parts.includes(part)) continue;
      wholeYuan = parts.reduce((acc, p) => acc.plus(valueYuan(p)), new Decimal(0));
      wholeWords = `“三公”经费 ${quoteAmount(fromYuan(wholeYuan, moneyUnit(part)), moneyUnit(part))}（${parts.map((p) => p.amount).join(' + ')}）`;
      related.push(...parts.filter((p) => p !== part));
    }
    if (!wholeYuan || wholeYuan.isZero()) continue;
    comparisons++;
    const expected = percentLike(valueYuan(part), wholeYuan, share);
    const actual = new Decimal(share.amount);
    if (!expected.equals(actual)) {
      finding(
        share,
        related,
        `说明中${nameOf(part)} ${quoteFigure(part)} 占 ${share.amount}%，但占${wholeWords}的比例为 ${expected.toFixed(printedPlaces(share.amount))}%`,
        expected,
        actual,
        null,
      );
    }
  }

  // 4. Rates: change / previous at the printed precision.
  for (const rate of figures) {
    if ((rate.relation !== 'growth-rate' && rate.relation !== 'decline-rate') || rate.of === undefined) continue;
    const current = figures[rate.of]!;
    const change = rate.change !== undefined ? figures[rate.change]! : undefined;
    let previousYuan: Decimal;
    let changeYuan: Decimal;
    const related: NarrativeFigure[] = [current];
    if (current.previous !== undefined) {
      const previous = figures[current.previous]!;
      previousYuan = valueYuan(previous);
      changeYuan = valueYuan(current).minus(previousYuan);
      related.push(previous);
    } else if (change) {
      changeYuan = signed(change);
      previousYuan = valueYuan(current).minus(changeYuan);
      related.push(change);
    } else continue;
    if (!previousYuan.greaterThan(0)) continue; // 增长100% for a new item, or a value already reported as a slip
    comparisons++;
    // In the rate's own sense: a 下降 rate is printed positive, a rise computed against it comes out negative.
    const computed = percentLike(changeYuan, previousYuan, rate).times(rate.relation === 'decline-rate' ? -1 : 1);
    const actual = new Decimal(rate.amount);
    if (!computed.equals(actual)) {
      const unit = moneyUnit(current);
      const verb = rate.relation === 'growth-rate' ? '增长' : '下降';
      const basis = `上年 ${quoteAmount(fromYuan(previousYuan, unit), unit)}，变动 ${quoteAmount(fromYuan(changeYuan, unit), unit)}`;
      finding(
        rate,
        related,
        `说明中${nameOf(current)}${verb} ${rate.amount}%，但按本年 ${quoteAmount(fromYuan(valueYuan(current), unit), unit)}、${basis} 计算为 ${computed.toFixed(printedPlaces(rate.amount))}%`,
        computed,
        actual,
        null,
      );
    }
  }

  // 5. Parts listed after 其中 / 包括: known identities add up exactly; any list stays within its whole.
  const children = new Map<number, NarrativeFigure[]>();
  for (const figure of values) {
    if (figure.parent === undefined) continue;
    const parent = figures[figure.parent]!;
    if (parent.year !== figure.year || parent.basis !== figure.basis || parent.unit === '%') continue;
    children.set(figure.parent, [...(children.get(figure.parent) ?? []), figure]);
  }
  for (const [parentIndex, parts] of children) {
    const parent = figures[parentIndex]!;
    if (TWO_SIDED.has(parent.subject)) continue;
    const subjects = new Set(parts.map((p) => p.subject));
    let identity: NarrativeFigure[] | null = null;
    if (parent.subject === 'basic' && subjects.has('personnel') && subjects.has('public-use')) {
      identity = parts.filter((p) => p.subject === 'personnel' || p.subject === 'public-use');
    } else if (parent.subject === 'three-public') {
      const pieces = parts.filter((p) =>
        subjects.has('three-public-vehicle')
          ? ['three-public-abroad', 'three-public-vehicle', 'three-public-reception'].includes(p.subject)
          : THREE_PUBLIC_PARTS.has(p.subject),
      );
      if (pieces.length >= 2) identity = pieces;
    } else if (
      parent.subject === 'three-public-vehicle' &&
      subjects.has('three-public-vehicle-purchase') &&
      subjects.has('three-public-vehicle-operation')
    ) {
      identity = parts.filter(
        (p) => p.subject === 'three-public-vehicle-purchase' || p.subject === 'three-public-vehicle-operation',
      );
    }
    const counted = identity ?? parts;
    const unit = moneyUnit(parent);
    const sum = fromYuan(
      counted.reduce((acc, p) => acc.plus(valueYuan(p)), new Decimal(0)),
      unit,
    );
    const whole = fromYuan(valueYuan(parent), unit);
    const places = Math.max(printedPlaces(parent.amount), ...counted.map((p) => printedPlaces(p.amount)));
    const tolerance = roundingTolerance(counted.length, places);
    comparisons++;
    const listed = counted.map((p) => `${nameOf(p)} ${quoteFigure(p)}`).join(' + ');
    if (identity) {
      const outcome = compareAmounts(whole, sum, tolerance);
      if (outcome.kind === 'equal') continue;
      const within = outcome.kind === 'within-tolerance';
      finding(
        parent,
        counted,
        `说明中${nameOf(parent)}为 ${quoteFigure(parent)}，但其构成 ${listed} 合计为 ${quoteAmount(sum, unit)}${within ? `（差额在 ${counted.length} 项各自四舍五入的误差 ${tolerance.toFixed()} ${unit} 以内）` : ''}`,
        whole,
        sum,
        unit,
        within ? 'info' : meta.severity,
        within ? tolerance : undefined,
      );
    } else if (sum.greaterThan(whole)) {
      const within = sum.minus(whole).lessThanOrEqualTo(tolerance);
      finding(
        parent,
        counted,
        `说明中${nameOf(parent)}为 ${quoteFigure(parent)}，其中所列 ${listed} 合计 ${quoteAmount(sum, unit)}，超过总数${within ? `（差额在四舍五入误差 ${tolerance.toFixed()} ${unit} 以内）` : ''}`,
        whole,
        sum,
        unit,
        within ? 'info' : meta.severity,
        within ? tolerance : undefined,
      );
    }
  }

  // 6. One figure stated twice with two values (same subject, year and scope).
  const seen = new Map<string, NarrativeFigure>();
  for (const figure of values) {
    if (figure.subject === 'other' || figure.unit === '%') continue;
    const key = [figure.subject, figure.label, figure.year, figure.fiscal ?? false, figure.basis ?? 'outturn'].join(
      '|',
    );
    const first = seen.get(key);
    if (!first) {
      seen.set(key, figure);
      continue;
    }
    comparisons++;
    const places = Math.min(printedPlaces(first.amount), printedPlaces(figure.amount));
    const a = fromYuan(valueYuan(first), moneyUnit(figure)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    const b = fromYuan(valueYuan(figure), moneyUnit(figure)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    if (!a.equals(b) && !slipped.has(figure) && !slipped.has(first)) {
      finding(
        figure,
        [first],
        `说明中${nameOf(figure)}前文为 ${quoteFigure(first)}，此处为 ${quoteFigure(figure)}，前后不一致`,
        fromYuan(valueYuan(first), moneyUnit(figure)),
        new Decimal(figure.amount),
        moneyUnit(figure),
        'warning',
      );
    }
  }

  return { applicable: comparisons > 0, comparisons, findings };
}

export const rule: Rule = { meta, check };
