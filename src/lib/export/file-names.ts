// File names for everything the page exports: `<机构>-<年度>-<预算|决算>` plus what the file is,
// with characters no file system accepts removed.

import type { DocumentReport } from '../model/report';

/** Windows forbids these; the others (control characters) break every system's tools. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
/** Long Chinese titles stay readable, yet well under the usual 255-byte limit in UTF-8. */
const MAX_CHARS = 60;

export function sanitizeFileName(name: string, fallback = '明账报告'): string {
  const cleaned = name
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[.\- ]+|[.\- ]+$/g, '');
  return cleaned.slice(0, MAX_CHARS) || fallback;
}

/** `香河县医疗保障局-2024-预算`, or the source file's name without extension when the meta is unknown. */
export function reportBaseName(report: DocumentReport): string {
  const { orgName, orgCode, year, kind } = report.meta;
  const org = orgName ?? orgCode;
  const parts =
    org !== null ? [org, year, kind].filter((part) => part !== null) : [report.source.name.replace(/\.[^.]+$/, '')];
  return sanitizeFileName(parts.join('-'));
}

/** The name of a report JSON holding these documents. */
export function reportJsonName(documents: readonly DocumentReport[]): string {
  const [only] = documents;
  const base = documents.length === 1 && only ? reportBaseName(only) : `明账报告-${documents.length}份`;
  return `${base}.mingzhang.json`;
}
