// No unintended change in what the CLI reports: every covered file's report JSON equals its
// golden copy, every field included (`npm run golden` re-records them after an intended change).

import { describe, expect, it } from 'vitest';
import { currentReport, goldenInputs, goldenReport } from './golden-files';
import { basename } from 'node:path';

describe('golden reports', () => {
  it.each(goldenInputs().map((path) => [basename(path), path]))('%s reports as recorded', async (_name, path) => {
    expect(await currentReport(path)).toEqual(goldenReport(path));
  });
});
