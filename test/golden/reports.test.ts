// Every covered file read once, checked twice: its report JSON equals the recorded golden copy
// (no unintended change), and its errors and warnings are exactly the triaged ones — each a real
// defect of the printed document with the page quote that shows it (test/golden/triage.json; the
// seeds, ../shared/real and ../shared/real-other are triaged).
// A false alarm is fixed in the code, never triaged; a new real defect is added with its quote.

import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/model/finding';
import { REAL_OTHER_DIR } from '../helpers/shared-files';
import { currentReport, goldenInputs, goldenReport } from './golden-files';
import { PRINTED_META } from './printed-meta';
import { findingKey, triagedFindings, triagedKey, TRIAGED_FILES } from './triage';

type Json = Record<string, unknown>;

/** Two decimal points, or more digits than any amount has: amounts of several rows run together. */
const GLUED_AMOUNTS = /\d[.．]\d+[.．]\d|\d{14}/;

function gluedCells(report: Json): string[] {
  const tables = (report.tables ?? []) as Array<{ title: string; rows: Array<{ cells: Record<string, string> }> }>;
  return tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      Object.values(row.cells)
        .filter((text) => GLUED_AMOUNTS.test(text.replace(/[,，\s]/g, '')))
        .map((text) => `${table.title}: ${text}`),
    ),
  );
}

describe('reports of the seeds, fixtures and real files', () => {
  it.each(goldenInputs().map((path) => [basename(path), path]))('%s', async (name, path) => {
    const report = (await currentReport(path)) as Json;
    expect(report, 'golden copy (npm run golden re-records an intended change)').toEqual(goldenReport(path));
    // 济南市2023预算.pdf once gave 116 of its 135 tables as one row of amounts run together.
    expect(gluedCells(report), 'cells holding several amounts').toEqual([]);
    if (!TRIAGED_FILES.has(name)) return;
    // The city reports of real-other are government reports (the scanned one is not read at all);
    // the seeds and ../shared/real are department disclosures, tables-only and text-only ones too.
    const { documentType } = report.meta as Json;
    if (report.error === undefined) {
      expect(documentType).toBe(path.startsWith(REAL_OTHER_DIR) ? 'government-report' : 'disclosure');
      // 预算/决算 and the year as the cover or title prints them (test/golden/printed-meta.ts).
      const { kind, year } = report.meta as Json;
      const printed = PRINTED_META[name];
      expect({ kind, year }, printed?.printed ?? 'no printed meta recorded for this file').toEqual(
        printed && { kind: printed.kind, year: printed.year },
      );
    }
    const raised = (report.findings as Finding[])
      .filter((finding) => finding.severity !== 'info')
      .map(findingKey)
      .sort();
    const triaged = triagedFindings(name).map(triagedKey).sort();
    expect(raised, 'errors and warnings against test/golden/triage.json').toEqual(triaged);
  });
});

describe('the triage', () => {
  it('quotes the printed words behind every error and warning it lists', () => {
    const entries = [...TRIAGED_FILES].flatMap((file) => triagedFindings(file).map((entry) => ({ file, ...entry })));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => entry.quote.trim().length < 20)).toEqual([]);
  });
});
