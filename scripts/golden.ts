// Rewrites the golden report JSON (test/golden/reports/) from the current code, after a change
// whose effect on the reports is intended: `npm run golden`. Review the test's diff first.

import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { currentReport, GOLDEN_DIR, goldenInputs, goldenName } from '../test/golden/golden-files';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const path of goldenInputs()) {
  const report = await currentReport(path);
  writeFileSync(new URL(goldenName(path), GOLDEN_DIR), gzipSync(`${JSON.stringify(report, null, 1)}\n`, { level: 9 }));
  console.log(goldenName(path));
}
