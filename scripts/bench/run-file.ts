// One file's timings: the full pipeline against its floor, its stages read off its own progress.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inspectFile } from '../../src/lib/inspect';
import { readHtml } from '../../src/parsers/html/read-html';
import { nodePdfAssets } from '../../src/parsers/pdf/node-assets';
import { docxFloor, pdfOperatorPass, pdfTextFloor, xlsxFloor } from './floors';
import { measureMemory } from './memory';
import { alternate, median, type Clock, type Task } from './timing';
import type { BenchFormat, BenchInput, FileResult, Stages, FileTiming } from './results';

const pdfAssets = nodePdfAssets();

/** The file's floor and, with --stages, the pass that splits the gap between floor and full. */
async function floorTasks(format: BenchFormat, bytes: Uint8Array, withStages: boolean): Promise<Record<string, Task>> {
  if (format === 'pdf') {
    const floor = () => pdfTextFloor(bytes);
    return withStages ? { floor, operators: () => pdfOperatorPass(bytes) } : { floor };
  }
  if (format === 'xlsx') return { floor: async () => xlsxFloor(bytes) };
  const floor = () => docxFloor(bytes);
  if (!withStages) return { floor };
  const html = await floor();
  return { floor, htmlReader: async () => readHtml(html) };
}

export interface BenchOptions {
  runs: number;
  withStages: boolean;
  clock: Clock;
}

export async function benchFile(input: BenchInput, { runs, withStages, clock }: BenchOptions): Promise<FileTiming> {
  const bytes = new Uint8Array(readFileSync(input.path));
  const name = basename(input.path);
  const samples: Stages[] = [];
  const full = async () => {
    const start = clock();
    let pagesRead = start;
    let extracting = start;
    const report = await inspectFile(name, bytes, {
      pdfAssets,
      onProgress: (stage, done, total) => {
        if (stage === 'reading' && done === total) pagesRead = clock();
        if (stage === 'extracting') extracting = clock();
      },
    });
    const end = clock();
    samples.push(
      input.format === 'pdf'
        ? { read: pagesRead - start, layout: extracting - pagesRead, extract: end - extracting }
        : { read: extracting - start, layout: null, extract: end - extracting },
    );
    return report;
  };

  // The warm-up: one full run runs everything the floors do. It also tells the error path apart;
  // its stages are not kept.
  const warm = await full();
  samples.length = 0;
  const error = warm.error?.code ?? null;
  const tasks = error ? { full } : { full, ...(await floorTasks(input.format, bytes, withStages)) };
  const times = await alternate(tasks, runs, clock);
  const layouts = samples.flatMap((sample) => (sample.layout === null ? [] : [sample.layout]));
  return {
    pages: warm.source.pages,
    error,
    floorMs: times.floor ? median(times.floor) : null,
    fullMs: median(times.full!),
    operatorsMs: times.operators ? median(times.operators) : null,
    htmlReaderMs: times.htmlReader ? median(times.htmlReader) : null,
    stages: error
      ? null
      : {
          read: median(samples.map((sample) => sample.read)),
          layout: layouts.length ? median(layouts) : null,
          extract: median(samples.map((sample) => sample.extract)),
        },
  };
}

/** Every file's timings, one file after the other, then each file's memory in a fresh process. */
export async function benchFiles(
  inputs: BenchInput[],
  options: BenchOptions,
  log: (line: string) => void,
): Promise<FileResult[]> {
  const timings: FileTiming[] = [];
  for (const input of inputs) {
    log(`timing ${input.label}`);
    timings.push(await benchFile(input, options));
  }
  log(`memory: ${inputs.length} fresh processes`);
  const memory = await measureMemory(inputs.map((input) => input.path));
  return inputs.map((input, k) => {
    const timing = timings[k]!;
    return {
      label: input.label,
      format: input.format,
      ...timing,
      ratio: timing.floorMs === null ? null : timing.fullMs / timing.floorMs,
      memory: memory[k]!,
    };
  });
}
