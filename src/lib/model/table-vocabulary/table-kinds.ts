// The table kinds: which nine are the standard tables, and what each kind is called — the full
// name the page, the CLI and the export show, and the shorter one findings use in their sentences.

import type { TableKind } from '../disclosure';

/** The full Chinese name of every kind: table labels, the text export, the list of missing tables. */
export const TABLE_KIND_NAMES: Readonly<Record<TableKind, string>> = {
  'income-expenditure-summary': '收支总表',
  'income-summary': '收入总表',
  'expenditure-summary': '支出总表',
  'fiscal-grant-summary': '财政拨款收支总表',
  'general-budget-expenditure': '一般公共预算财政拨款支出表',
  'general-budget-basic-expenditure': '一般公共预算财政拨款基本支出表',
  'government-fund-expenditure': '政府性基金预算财政拨款支出表',
  'state-capital-expenditure': '国有资本经营预算财政拨款支出表',
  'three-public-expenditure': '财政拨款“三公”经费支出表',
  'project-performance': '项目绩效目标表',
  procurement: '政府采购预算表',
  assets: '固定资产占用情况表',
  other: '其他表格',
};

/** The nine standard tables every 部门预算 has (and their 决算 equivalents). */
export const STANDARD_KINDS: readonly TableKind[] = [
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-grant-summary',
  'general-budget-expenditure',
  'general-budget-basic-expenditure',
  'government-fund-expenditure',
  'state-capital-expenditure',
  'three-public-expenditure',
];

/**
 * The name a finding's message uses for each standard table: the full name, shortened for the two
 * reviewers shorten (`一般公共预算基本支出表`, `“三公”经费支出表`); other tables go by their title.
 */
export const TABLE_KIND_SHORT_NAMES: Readonly<Partial<Record<TableKind, string>>> = {
  ...Object.fromEntries(STANDARD_KINDS.map((kind) => [kind, TABLE_KIND_NAMES[kind]])),
  'general-budget-basic-expenditure': '一般公共预算基本支出表',
  'three-public-expenditure': '“三公”经费支出表',
};
