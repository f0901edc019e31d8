// The batch CLI (dist-cli/, built first when stale): what it costs before its first file, and how
// much faster --jobs N reads the real PDFs than --jobs 1. Each run is a fresh process measured by
// GNU time (CPU of the process and its worker threads, peak RSS).

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REAL_DIR, ROOT } from './files';
import { median } from './timing';
import type { CliResult, CliRun } from './results';

const run = promisify(execFile);
const TIME = '/usr/bin/time';
const LAUNCHER = join(ROOT, 'scripts', 'inspect.mjs');

/** One CLI process: wall time here, CPU and peak RSS from GNU time (its last stderr line). */
async function measure(args: string[]): Promise<CliRun> {
  const start = performance.now();
  const { stderr } = await run(
    TIME,
    ['-f', '%U %S %M', process.execPath, join(ROOT, 'dist-cli', 'inspect.mjs'), ...args],
    {
      cwd: ROOT,
      maxBuffer: 1 << 28,
    },
  ).catch((error: { stderr: string }) => ({ stderr: error.stderr }));
  const wallMs = performance.now() - start;
  const [user, system, maxKb] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallMs, cpuMs: (user! + system!) * 1000, peakRssMb: maxKb! / 1024 };
}

export async function benchCli(runs: number, log: (line: string) => void): Promise<CliResult | null> {
  if (!existsSync(TIME)) return null;
  // Builds dist-cli/ when it is missing or stale, outside the measured runs.
  await run(process.execPath, [LAUNCHER, '--help'], { cwd: ROOT });
  // Startup: an empty file, refused at once, costs the start (a worker thread loading every reader) and the exit.
  log('cli: startup');
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-cli-bench-'));
  const empty = join(dir, 'empty.pdf');
  writeFileSync(empty, '');
  const startup: CliRun[] = [];
  for (let k = 0; k < runs; k++) startup.push(await measure(['--jobs', '1', '--format', 'ndjson', empty]));
  rmSync(dir, { recursive: true, force: true });
  const pdfs = existsSync(REAL_DIR)
    ? readdirSync(REAL_DIR)
        .filter((name) => name.endsWith('.pdf'))
        .map((name) => join(REAL_DIR, name))
    : [];
  const jobs = Math.max(2, availableParallelism());
  const one: CliRun[] = [];
  const many: CliRun[] = [];
  if (pdfs.length) {
    for (let k = 0; k < runs; k++) {
      log(`cli: ${pdfs.length} real PDFs, --jobs 1 and --jobs ${jobs}, round ${k + 1}`);
      // Alternating, so that both see the same neighbours on a shared machine.
      one.push(await measure(['--jobs', '1', '--format', 'ndjson', ...pdfs]));
      many.push(await measure(['--jobs', String(jobs), '--format', 'ndjson', ...pdfs]));
    }
  }
  const mid = (runs: CliRun[], key: keyof CliRun) => (runs.length ? median(runs.map((r) => r[key])) : null);
  return {
    startupCpuMs: mid(startup, 'cpuMs')!,
    startupRssMb: mid(startup, 'peakRssMb')!,
    files: pdfs.length,
    jobs,
    oneWallMs: mid(one, 'wallMs'),
    manyWallMs: mid(many, 'wallMs'),
    oneCpuMs: mid(one, 'cpuMs'),
    manyCpuMs: mid(many, 'cpuMs'),
    manyPeakRssMb: mid(many, 'peakRssMb'),
    loadAverage: loadavg()[0]!,
  };
}
