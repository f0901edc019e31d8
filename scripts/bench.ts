// Benchmark, not a test: each file's full inspectFile time against the pdf.js or mammoth floor.

import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { version as pdfjsVersion } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { benchInputs } from './bench/files';
import { measureMemory } from './bench/memory';
import { formatJson, formatText, type FileResult } from './bench/report';
import { benchFile, type FileTiming } from './bench/run-file';
import { CLOCKS, type ClockName } from './bench/timing';

const USAGE = 'usage: npm run bench -- [--runs N] [--clock cpu|wall] [--only TEXT] [--json] [--stages]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        runs: { type: 'string', default: '5' },
        clock: { type: 'string', default: 'cpu' },
        only: { type: 'string' },
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

  const started = performance.now();
  const found = benchInputs();
  const realFound = found.realFound;
  // --only narrows the run to the files whose label contains the text, to measure one change.
  const inputs = found.inputs.filter((input) => !values.only || input.label.includes(values.only));
  const timings: FileTiming[] = [];
  for (const input of inputs) {
    process.stderr.write(`timing ${input.label}\n`);
    timings.push(await benchFile(input, { runs, withStages: values.stages, clock: CLOCKS[clock] }));
  }
  process.stderr.write(`memory: ${inputs.length} fresh processes\n`);
  const memory = await measureMemory(inputs.map((input) => input.path));
  const files: FileResult[] = inputs.map((input, k) => {
    const timing = timings[k]!;
    return {
      label: input.label,
      format: input.format,
      ...timing,
      ratio: timing.floorMs === null ? null : timing.fullMs / timing.floorMs,
      memory: memory[k]!,
    };
  });
  const run = {
    runs,
    clock,
    node: process.versions.node,
    pdfjs: pdfjsVersion,
    cpus: availableParallelism(),
    realFound,
    seconds: (performance.now() - started) / 1000,
    files,
  };
  process.stdout.write(`${values.json ? formatJson(run) : formatText(run, values.stages)}\n`);
  // A child that crashed is reported in the table, and still fails the run.
  return memory.some((use) => 'error' in use) ? 1 : 0;
}

process.exitCode = await main();
