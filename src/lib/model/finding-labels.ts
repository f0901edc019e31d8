// Chinese words for findings, shared by the page and the CLI: severities and where a finding points.

import type { Location, OtherDocumentLocation, Severity } from './finding';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

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
