// A figure the explanation text states, with the sentence it stands in. The narrative reader
// (read-figures.ts) finds them; text rules compare them with the tables and with each other.

import type { Unit } from './disclosure';
import type { TextLocation } from './finding';

/** What a figure is about, in the vocabulary of the standard tables. */
export type FigureSubject =
  /** 收、支预算总计 / 预算收支安排 / 收入支出总计: both halves of the 收支总表 at once. */
  | 'income-expenditure-total'
  | 'income-total'
  | 'expenditure-total'
  /** 财政拨款收、支总预算 / 财政拨款收入 / 财政拨款支出: the 财政拨款收支总表. */
  | 'fiscal-grant-total'
  /** 一般公共预算收入 / 一般公共预算财政拨款支出: the 一般公共预算财政拨款支出表. */
  | 'general-budget-grant'
  | 'basic'
  | 'personnel'
  | 'public-use'
  | 'project'
  | 'three-public'
  | 'three-public-abroad'
  | 'three-public-vehicle'
  | 'three-public-vehicle-purchase'
  | 'three-public-vehicle-operation'
  | 'three-public-reception'
  | 'operating-costs'
  | 'fixed-assets'
  | 'procurement'
  /** Anything else with an amount (a 类/项, 单位预留机动经费, 其他资金…); `label` says what. */
  | 'other';

/** How the figure relates to its subject: its value, a change on the previous year, a share. */
export type FigureRelation = 'value' | 'increase' | 'decrease' | 'growth-rate' | 'decline-rate' | 'share';

export interface NarrativeFigure {
  subject: FigureSubject;
  /** The words naming the subject, as written (`基本支出`, `公车运行维护费`, `单位预留机动经费`). */
  label: string;
  relation: FigureRelation;
  /** Decimal text as printed (no float, thousands separators dropped), in `unit`. */
  amount: string;
  unit: Unit | '%';
  /** The year the figure belongs to; a previous-year figure (`上年…为4.00万元`) has the year before. */
  year: number | null;
  /** True when the words say the figure is of 财政拨款 / 一般公共预算 money only (`财政拨款基本支出`). */
  fiscal?: true;
  /**
   * In a 决算, a figure the words call the budget rather than the outturn: the 年初 budget
   * (`年初预算为0.95万元`) or the full-year, adjusted one (`全年预算为321.02万元`).
   */
  basis?: 'budget' | 'adjusted-budget';
  /**
   * NOTE: the links below are indexes into the array `readFigures` returned; keep the array whole.
   * For a change, rate or share: the value figure it is about (`基本支出…增加 8.78` → none when
   * the text names no value of its own).
   */
  of?: number;
  /** For a rate: the change in amount it is computed from (`增加 410.44 万元，增长 1.78%`). */
  change?: number;
  /** For a value: the previous-year value of the same subject stated beside it. */
  previous?: number;
  /** For a value listed after 其中 / 包括: the figure it is a part of. */
  parent?: number;
  /** For a closing 合计 / 共计: the figures listed before it that it adds up. */
  sums?: number[];
  /** For a share: the words naming the whole (`“三公”经费`, `本年支出合计`), and its figure when stated. */
  wholeLabel?: string;
  whole?: number;
  location: TextLocation;
}

/** The parts of the 三公 total (and of its 公务用车 part). */
export const THREE_PUBLIC_PARTS: ReadonlySet<FigureSubject> = new Set([
  'three-public-abroad',
  'three-public-vehicle',
  'three-public-vehicle-purchase',
  'three-public-vehicle-operation',
  'three-public-reception',
]);
