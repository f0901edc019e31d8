// No unintended change in what the CLI reports: every covered file's report JSON equals its
// golden copy. Fields added to the schema after the golden was written (additive changes keep
// the schema @1) are left out of the comparison until `npm run golden` records them.

import { describe, expect, it } from 'vitest';
import { currentReport, goldenInputs, goldenReport } from './golden-files';
import { basename } from 'node:path';

/** Keys added to findings since the golden was recorded. */
const ADDED_FINDING_KEYS = ['messageId', 'data', 'type'];
/** Keys added to the meta since the golden was recorded. */
const ADDED_META_KEYS = ['documentType'];
/** Reading notes from stages that reported nothing when the golden was recorded. */
const ADDED_WARNING_STAGES = new Set(['extract', 'narrative']);

type Json = Record<string, unknown>;

function withoutAddedFields(report: Json): Json {
  const findings = (report.findings as Json[]).map((finding) =>
    Object.fromEntries(Object.entries(finding).filter(([key]) => !ADDED_FINDING_KEYS.includes(key))),
  );
  const warnings = (report.warnings as Json[])
    .filter((warning) => !ADDED_WARNING_STAGES.has(warning.stage as string))
    .map(({ stage: _stage, ...rest }) => rest);
  const meta = Object.fromEntries(
    Object.entries(report.meta as Json).filter(([key]) => !ADDED_META_KEYS.includes(key)),
  );
  return { ...report, meta, findings, warnings };
}

describe('golden reports', () => {
  it.each(goldenInputs().map((path) => [basename(path), path]))('%s reports as recorded', async (_name, path) => {
    const current = withoutAddedFields((await currentReport(path)) as Json);
    expect(current).toEqual(goldenReport(path));
  });
});
