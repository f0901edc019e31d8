// File names for everything the page exports: `<机构>-<年度>-<预算|决算>` plus what the file is,
// with characters no file system accepts removed.

import { threePublicYears } from '../charts/three-public-bars';
import type { DisclosureMeta } from '../model/disclosure';
import { correctedMeta } from '../model/meta-correction';
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
  const { orgName, orgCode, year, kind } = correctedMeta(report);
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

/** What several files' overview exports are called: `明账-总览-13个文件.csv`. */
export function overviewFileName(files: number, what: string, extension: 'csv' | 'xlsx'): string {
  return `${sanitizeFileName(`明账-${what}-${files}个文件`)}.${extension}`;
}

/** `香河县医疗保障局-2024-预算-05-部门预算一般公共预算财政拨款支出表.csv`: numbered, as tables can share a title. */
export function tableCsvName(report: DocumentReport, index: number): string {
  const number = String(index + 1).padStart(2, '0');
  return `${sanitizeFileName(`${reportBaseName(report)}-${number}-${report.tables[index]?.title ?? ''}`)}.csv`;
}

export function tableCsvZipName(report: DocumentReport): string {
  return `${reportBaseName(report)}-表格CSV.zip`;
}

export function fiscalDataPackageName(report: DocumentReport): string {
  return `${reportBaseName(report)}-fiscal-data-package.zip`;
}

/** The picture of a whole report card. */
export function reportPngName(report: DocumentReport): string {
  return `${reportBaseName(report)}.png`;
}

/** The original PDF with the findings boxed: `<原文件名>-标注.pdf`. */
export function annotatedPdfName(report: DocumentReport): string {
  return `${report.source.name.replace(/\.pdf$/i, '')}-标注.pdf`;
}

/** `江苏省高级人民法院-2019-三公经费.png`: characters no file system takes become `_`. */
export function toChartFileName(parts: Array<string | number | null | undefined>): string {
  const name = parts
    .filter((part) => part !== null && part !== undefined && `${part}`.trim() !== '')
    .map((part) => `${part}`.trim().replace(/[\\/:*?"<>|\s]+/g, '_'))
    .join('-');
  return `${name || '图表'}.png`;
}

/** One document's chart: organisation, year, kind and the chart, e.g. `香河县医疗保障局-2024年-预算-支出功能分类.png`. */
export function reportChartFileName(meta: DisclosureMeta, chart: string): string {
  return toChartFileName([meta.orgName, meta.year === null ? null : `${meta.year}年`, meta.kind, chart]);
}

/** The organisations and the span of years, e.g. `江苏省高级人民法院-2017-2019年-三公经费.png`. */
export function threePublicFileName(reports: DocumentReport[]): string {
  const orgs = [...new Set(reports.map((r) => correctedMeta(r).orgName).filter((name) => name !== null))];
  const years = threePublicYears(reports);
  const span =
    years.length === 0 ? null : years.length === 1 ? `${years[0]}年` : `${years[0]}-${years[years.length - 1]}年`;
  return toChartFileName([orgs.length > 2 ? `${orgs[0]}等${orgs.length}家` : orgs.join('、'), span, '三公经费']);
}
