// The per-file time budget with the real parse worker (in a Node child process): a parse that
// overruns is stopped by terminating its worker, and the next file is read by a fresh worker.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseClient } from '../../src/lib/worker/parse-client';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { BAD_DIR } from '../fixtures/bad/make-bad-fixtures';
import { createProcessWorker, spawned } from './process-worker';

const SLOW_FILE = new URL('../fixtures/docx/002-xianghe-2024-budget.docx', import.meta.url);

function bytesOf(path: string | URL): ArrayBuffer {
  return new Uint8Array(readFileSync(path)).buffer;
}

describe('ParseClient with the real parse worker', { timeout: 120_000 }, () => {
  it('kills a parse that overruns its time budget, and reads the next file with a fresh worker', async () => {
    const client = new ParseClient(createProcessWorker, nodePdfAssets);
    const small = () => ({ name: 'no-tables.html', bytes: bytesOf(join(BAD_DIR, 'no-tables.html')) });
    // A first file loads the worker, so that the budget below is spent parsing, not starting up.
    expect((await client.parse(small())).error).toBeUndefined();

    const stages: string[] = [];
    const started = performance.now();
    // Fixture 002 takes seconds to read; a 300 ms budget makes it a parse that does not finish.
    const slow = await client.parse(
      { name: 'slow.docx', bytes: bytesOf(SLOW_FILE) },
      { timeoutMs: 300, onProgress: ({ stage }) => stages.push(stage) },
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(stages).toContain('reading');
    expect(stages).not.toContain('done');
    expect(slow.error?.code).toBe('timeout');
    expect(slow.error?.message).toContain('读取超时');

    // The busy worker really ends (killed mid-parse), and a new one is already up.
    await expect(spawned[0]!.ended).resolves.toBe('SIGKILL');
    expect(spawned).toHaveLength(2);

    const next = await client.parse(small(), { timeoutMs: 60_000 });
    expect(next.error).toBeUndefined();
    expect(next.source).toMatchObject({ name: 'no-tables.html', format: 'html' });
    expect(spawned).toHaveLength(2);
  });

  it('refuses a file over the size budget without sending it to a worker', async () => {
    const client = new ParseClient(createProcessWorker, nodePdfAssets);
    const report = await client.parse({ name: 'huge.pdf', bytes: new ArrayBuffer(65 * 1024 * 1024) });
    expect(report.error?.code).toBe('too-large');
    expect(report.error?.message).toContain('文件有 65.0 MB，超过了 64.0 MB 的上限');
    expect(spawned).toHaveLength(0);
  });
});
