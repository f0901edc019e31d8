// Helpers for rules that read the narrative figures: exact amounts in 元, rounding at the
// precision the text printed, and the words findings use for a figure.

import Decimal from 'decimal.js';
import type { Unit } from '../../model/disclosure';
import type { NarrativeFigure } from '../../model/narrative-figure';
import { unitFactor } from '../../model/amount';
import { amountValue, fromYuan, printedPlaces } from './amounts';

/** The figure's amount in 元 (a percentage as printed). */
export function figureYuan(figure: NarrativeFigure): Decimal {
  // amountValue: each figure is read by several checks, its text parsed once (and not copied).
  const printed = amountValue(figure.amount);
  return figure.unit === '%' ? printed : printed.times(unitFactor(figure.unit));
}

/** An amount given in 元, in the unit the text printed `like`, rounded half-up to its printed decimals. */
export function atPrintedPrecision(yuan: Decimal, like: NarrativeFigure): Decimal {
  const unit: Unit = like.unit === '%' ? '元' : like.unit;
  return fromYuan(yuan, unit).toDecimalPlaces(printedPlaces(like.amount), Decimal.ROUND_HALF_UP);
}

/** A percentage computed from part/whole, rounded half-up to the decimals `like` printed. */
export function percentLike(part: Decimal, whole: Decimal, like: NarrativeFigure): Decimal {
  return part.times(100).dividedBy(whole).toDecimalPlaces(printedPlaces(like.amount), Decimal.ROUND_HALF_UP);
}

/** `236.08 万元`, `18.85%`: how a message quotes a figure. */
export function quoteFigure(figure: NarrativeFigure): string {
  return figure.unit === '%' ? `${figure.amount}%` : `${figure.amount} ${figure.unit}`;
}

/** A decimal in a unit, as a message writes it. */
export function quoteAmount(value: Decimal, unit: Unit | '%'): string {
  return unit === '%' ? `${value.toFixed()}%` : `${value.toFixed()} ${unit}`;
}

/** What the figure is about, for a message: the words as written, else a plain name of the subject. */
export function nameOf(figure: NarrativeFigure): string {
  return figure.label || SUBJECT_NAMES[figure.subject];
}

const SUBJECT_NAMES: Record<NarrativeFigure['subject'], string> = {
  'income-expenditure-total': '收支总计',
  'income-total': '收入合计',
  'expenditure-total': '支出合计',
  'fiscal-grant-total': '财政拨款收支',
  'general-budget-grant': '一般公共预算财政拨款',
  basic: '基本支出',
  personnel: '人员经费',
  'public-use': '公用经费',
  project: '项目支出',
  'three-public': '“三公”经费',
  'three-public-abroad': '因公出国（境）费',
  'three-public-vehicle': '公务用车购置及运行维护费',
  'three-public-vehicle-purchase': '公务用车购置费',
  'three-public-vehicle-operation': '公务用车运行维护费',
  'three-public-reception': '公务接待费',
  'operating-costs': '机关运行经费',
  'fixed-assets': '固定资产',
  procurement: '政府采购',
  other: '该项',
};
