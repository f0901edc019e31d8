// `--out DIR`: each file's exports in a folder of its own, the same files the page's buttons save:
// the report JSON, a CSV per table, and for a PDF with findings the PDF with them boxed.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { annotatePdf, findingAnnotations } from '../lib/export/annotated-pdf';
import { annotatedPdfName, reportJsonName, tableCsvName } from '../lib/export/file-names';
import { formatReportJson } from '../lib/export/report-json';
import { toTableCsv } from '../lib/export/table-csv';
import type { DocumentReport } from '../lib/model/report';

/** Writes the exports of one report into `folder`; returns the names written. */
export async function writeExports(
  folder: string,
  report: DocumentReport,
  bytes: Uint8Array | null,
): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files: Array<[string, string | Uint8Array]> = [[reportJsonName([report]), formatReportJson([report])]];
  report.tables.forEach((table, index) => files.push([tableCsvName(report, index), toTableCsv(table)]));
  const annotations = report.source.format === 'pdf' && bytes ? findingAnnotations(report) : [];
  if (annotations.length && bytes) files.push([annotatedPdfName(report), await annotatePdf(bytes, annotations)]);
  for (const [name, data] of files) await writeFile(join(folder, name), data);
  return files.map(([name]) => name);
}
