// Every file of the hostile-input corpus through the CLI as a child process: it must answer in
// bounded time with JSON on stdout, exit 2 with the specific Chinese message for a file it cannot
// read, and simply read (exit 0) a file that is readable, however odd.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/model/report';
import { BAD_DIR, XSS_PAYLOAD, makeLargeFixture, type BadFixture } from '../fixtures/bad/make-bad-fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A hang is a failure: the CLI is killed after this long (generous: the test machine is shared). */
const CLI_TIMEOUT_MS = 120_000;
/** The readable files in one process: six whole disclosures among them. */
const BATCH_TIMEOUT_MS = 300_000;

const MANIFEST: BadFixture[] = JSON.parse(readFileSync(join(BAD_DIR, 'manifest.json'), 'utf8'));
const HAN = /[\u4e00-\u9fff]/;

const largeDir = mkdtempSync(join(tmpdir(), 'mingzhang-bad-'));
afterAll(() => rmSync(largeDir, { recursive: true, force: true }));

interface CliRun {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

function inspect(...paths: string[]): Promise<CliRun> {
  const timeout = paths.length > 1 ? BATCH_TIMEOUT_MS : CLI_TIMEOUT_MS;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/inspect.mjs', '--format', 'json', ...paths],
      { cwd: ROOT, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number; signal?: string }) | null;
        resolve({ code: failed ? (failed.code ?? null) : 0, signal: failed?.signal ?? null, stdout, stderr });
      },
    );
  });
}

describe('the hostile-input corpus', () => {
  it('has at least 30 files, each committed or built at test time', () => {
    expect(MANIFEST.length).toBeGreaterThanOrEqual(30);
    const names = MANIFEST.map((fixture) => fixture.file);
    expect(new Set(names).size).toBe(names.length);
  });
});

async function pathOf(fixture: BadFixture): Promise<string> {
  return fixture.large ? makeLargeFixture(fixture.file, largeDir) : join(BAD_DIR, fixture.file);
}

const UNREADABLE = MANIFEST.filter((fixture) => fixture.code);
const READABLE = MANIFEST.filter((fixture) => !fixture.code);

// One process per file: each must end on its own, in time, with exit status 2.
describe.concurrent('npm run inspect on each unreadable file', { timeout: CLI_TIMEOUT_MS + 10_000 }, () => {
  it.each(UNREADABLE.map((fixture) => [fixture.file, fixture] as const))('%s', async (file, fixture) => {
    const run = await inspect(await pathOf(fixture));
    expect(run.signal, 'killed by the time limit').toBeNull();
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.schema).toBe('mingzhang/report@1');
    const [doc] = report.documents;
    expect(doc!.source.name).toBe(file);
    expect(doc!.error?.code).toBe(fixture.code);
    expect(doc!.error!.message).toContain(fixture.phrase);
    expect(doc!.error!.message).toMatch(HAN);
    expect(run.stderr).toContain(`${file}：${doc!.error!.message}`);
  });
});

// The readable files are real work (several are whole disclosures): one process reads them all,
// which also shows that no file disturbs the ones after it.
describe('npm run inspect on the readable files, all in one run', { timeout: BATCH_TIMEOUT_MS + 10_000 }, () => {
  // Started by the first test that needs it, not at collection, so it does not compete with the runs above.
  let running: Promise<CliRun> | undefined;
  const batch = () => (running ??= (async () => inspect(...(await Promise.all(READABLE.map(pathOf)))))());

  it('exits with 0 in time and reports every file in order', async () => {
    const run = await batch();
    expect(run.signal, 'killed by the time limit').toBeNull();
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((doc) => doc.source.name)).toEqual(READABLE.map((fixture) => fixture.file));
  });

  it.each(READABLE.map((fixture, index) => [fixture.file, fixture, index] as const))(
    '%s is read',
    async (_file, fixture, index) => {
      const doc = (JSON.parse((await batch()).stdout) as Report).documents[index]!;
      expect(doc.error).toBeUndefined();
      expect(doc.tables).toHaveLength(fixture.tables ?? 0);
      if (fixture.warning) expect(doc.warnings.map((warning) => warning.code)).toContain(fixture.warning);
    },
  );

  it.each(['script-in-cell.docx', 'script-in-cell.html'])(
    '%s keeps the payload as the literal text of table cells',
    async (file) => {
      const doc = (JSON.parse((await batch()).stdout) as Report).documents[
        READABLE.findIndex((fixture) => fixture.file === file)
      ]!;
      const names = doc.tables.flatMap((table) => table.rows.map((row) => row.name));
      const planted = names.filter((name) => name === XSS_PAYLOAD).length;
      expect(planted).toBeGreaterThanOrEqual(1);
      // The real <script> and <img> of the HTML version are markup, not text: nothing of them is read.
      expect(JSON.stringify(doc).split('window.__pwned').length - 1).toBe(planted * 2);
    },
  );
});
