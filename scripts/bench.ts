// Benchmark, not a test: each file's full inspectFile time against the pdf.js or mammoth floor.

// NOTE: first, before anything loads pdf.js, as in the CLI and the page's worker: the engine's own
// push and JSON are what the pipeline and the floors run with (src/parsers/pdf/native-builtins.ts).
import '../src/parsers/pdf/native-builtins';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { version as pdfjsVersion } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { benchBatch } from './bench/batch';
import { benchBigPdfs } from './bench/big-pdf';
import { benchBrowser } from './bench/browser';
import { measureBundle } from './bench/bundle';
import { benchCli } from './bench/cli';
import { benchInputs } from './bench/files';
import { benchOcr } from './bench/ocr';
import { formatJson, formatText } from './bench/report';
import { benchFiles } from './bench/run-file';
import { CLOCKS, type ClockName } from './bench/timing';
import type { BenchRun } from './bench/results';

const PARTS = ['files', 'big', 'browser', 'batch', 'bundle', 'cli', 'ocr'] as const;
const USAGE = `usage: npm run bench -- [--parts ${PARTS.join(',')}] [--runs N] [--clock cpu|wall] [--only TEXT] [--json] [--stages]`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        runs: { type: 'string', default: '5' },
        clock: { type: 'string', default: 'cpu' },
        only: { type: 'string' },
        parts: { type: 'string', default: PARTS.join(',') },
        json: { type: 'boolean', default: false },
        stages: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const runs = Number(values.runs);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`--runs takes a whole number of runs, at least 1\n${USAGE}\n`);
    return 2;
  }

  const clock = values.clock as ClockName;
  if (!Object.hasOwn(CLOCKS, clock)) {
    process.stderr.write(`--clock takes cpu or wall\n${USAGE}\n`);
    return 2;
  }

  const parts = values.parts.split(',');
  const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length) {
    process.stderr.write(`--parts takes some of ${PARTS.join(',')}, not ${unknown.join(',')}\n${USAGE}\n`);
    return 2;
  }

  const started = performance.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const { inputs, realFound } = benchInputs();
  // --only narrows the run to the files whose label contains the text, to measure one change.
  const chosen = inputs.filter((input) => !values.only || input.label.includes(values.only));
  const options = { runs, withStages: values.stages, clock: CLOCKS[clock] };
  const files = parts.includes('files') ? await benchFiles(chosen, options, log) : [];
  // The long files and the browser run are made from a real PDF.
  const big = parts.includes('big') && realFound ? await benchBigPdfs(CLOCKS[clock], log) : null;
  const browser = parts.includes('browser') && realFound ? await benchBrowser(runs, log) : null;
  const batch = parts.includes('batch') && realFound ? await benchBatch(log) : null;
  const bundle = parts.includes('bundle') ? measureBundle() : null;
  const cli = parts.includes('cli') ? await benchCli(runs, log) : null;
  const ocr = parts.includes('ocr') ? await benchOcr(log) : null;
  const run: BenchRun = {
    runs,
    clock,
    parts,
    node: process.versions.node,
    pdfjs: pdfjsVersion,
    cpus: availableParallelism(),
    realFound,
    seconds: (performance.now() - started) / 1000,
    files,
    big,
    browser,
    batch,
    bundle,
    cli,
    ocr,
  };
  process.stdout.write(`${values.json ? formatJson(run) : formatText(run, values.stages)}\n`);
  // A child that crashed is reported in the table, and still fails the run.
  const memory = [...files, ...(big ?? [])].map((result) => result.memory);
  return memory.some((use) => 'error' in use) ? 1 : 0;
}

process.exitCode = await main();
