// No unintended change in what the CLI reports: every covered file's report JSON equals its
// golden copy, every field of it. A change meant to alter reports (a field added to the schema,
// a finding graded otherwise) re-records the copies with `npm run golden`, its diff reviewed.

import { describe, expect, it } from 'vitest';
import { currentReport, goldenInputs, goldenReport } from './golden-files';
import { basename } from 'node:path';

describe('golden reports', () => {
  it.each(goldenInputs().map((path) => [basename(path), path]))('%s reports as recorded', async (_name, path) => {
    expect(await currentReport(path)).toEqual(goldenReport(path));
  });
});
