// Which standard table a title names. Titles vary by province and year, so match by meaning:
// the most specific patterns first (a 财政拨款收支总表 is also a 收支总表 by its words).

import type { TableKind } from '../model/disclosure';
import { cleanLabel } from './clean-text';

const KIND_PATTERNS: Array<[TableKind, RegExp]> = [
  ['three-public-expenditure', /三公/],
  // 机关运行经费 tables list 一般公共预算 spending too, but are not one of the nine.
  ['other', /机关运行经费/],
  ['project-performance', /绩效(目标|自评)|项目支出绩效/],
  ['procurement', /(政府|部门).*采购/],
  ['assets', /资产(占用|情况)|固定资产/],
  ['general-budget-basic-expenditure', /一般公共预算.*基本支出/],
  ['government-fund-expenditure', /政府性?基金(预算)?.*支出/],
  ['state-capital-expenditure', /国有资本经营预算.*支出/],
  ['general-budget-expenditure', /一般公共预算.*支出/],
  ['fiscal-grant-summary', /财政拨款收(入)?支(出)?(预算|决算)?总表/],
  ['income-expenditure-summary', /收(入)?支(出)?(预算|决算)?总表/],
  // NOTE: only the department-wide tables: 财政拨款支出预算表 and its kin are other tables.
  ['income-summary', /收入(预算|决算)?总表|收入决算表/],
  ['expenditure-summary', /支出(预算|决算)?总表|支出决算表/],
];

/** Titles that name a table: short, and ending in 表 (numbering such as `1、` or `表一` allowed). */
export function isTableTitle(text: string): boolean {
  const label = cleanLabel(text);
  if (label.length > 80 || /[。；]/.test(label)) return false;
  // 政府采购预算 is often headed without the word 表.
  return /表(（[^）]*）|\([^)]*\))?$/.test(label) || /^(部门|单位)?政府采购预算$/.test(label);
}

export function classifyTitle(title: string): TableKind {
  const label = cleanLabel(title).replace(/[“”"']/g, '');
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(label)) return kind;
  return 'other';
}
