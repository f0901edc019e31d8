// A figure the explanation text states, with the sentence it stands in. The narrative reader
// (read-figures.ts) finds them; text rules compare them with the tables.

import type { Unit } from '../model/disclosure';
import type { TextLocation } from '../model/finding';

/** What a figure is about, in the vocabulary of the standard tables. */
export type FigureSubject =
  | 'income-total'
  | 'expenditure-total'
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
  | 'general-budget-grant'
  | 'fixed-assets'
  | 'procurement'
  | 'other';

/** How the figure relates to its subject: its value, a change on the previous year, a share. */
export type FigureRelation = 'value' | 'increase' | 'decrease' | 'growth-rate' | 'decline-rate' | 'share';

export interface NarrativeFigure {
  subject: FigureSubject;
  /** The words naming the subject, as written (`基本支出`, `公车运行维护费`). */
  label: string;
  relation: FigureRelation;
  /** Decimal text as printed (no float), in `unit`. */
  amount: string;
  unit: Unit | '%';
  /** The year the figure belongs to; a previous-year figure (`上年…为4.00万元`) has the year before. */
  year: number | null;
  location: TextLocation;
}
