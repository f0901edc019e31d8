// Chinese words for findings, shared by the page and the CLI: severities and where a finding points.

import type { FindingType, Location, OtherDocumentLocation, Severity } from './finding';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** What each severity claims, for the panel's legend (the policy of issue 11). */
export const SEVERITY_MEANINGS: Record<Severity, string> = {
  error: '按印出的数字怎样舍入都不可能成立',
  warning: '不一致，但可能由舍入或口径解释',
  info: '值得一看',
};

/** The panel's groups: 顺序颠倒 and 编码位数不对 are both 格式. */
export const FINDING_TYPE_NAMES: Record<FindingType, string> = {
  mismatch: '数字不符',
  rounding: '舍入差异',
  'unit-slip': '单位错误',
  exceeds: '超出',
  missing: '缺表/缺项',
  duplicate: '重复',
  'text-vs-table': '文字与表格',
  'cross-document': '跨文件',
  malformed: '格式',
  order: '格式',
};

export function describeLocation(location: Location): string {
  switch (location.type) {
    case 'cell':
      return `${location.tableTitle} · ${location.rowLabel}${location.column ? ` · ${location.column}` : ''}${location.page ? `（第 ${location.page} 页）` : ''}`;
    case 'text':
      return `说明第 ${location.paragraph + 1} 段「${location.quote}」${location.page ? `（第 ${location.page} 页）` : ''}`;
    case 'document':
      return location.what;
  }
}

/** A figure in one of several documents: the file's name, then the cell or sentence. */
export const describeOtherDocumentLocation = (location: OtherDocumentLocation): string =>
  `《${location.document}》${describeLocation(location.location)}`;
