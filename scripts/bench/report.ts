// The bench's output: aligned tables for people, one JSON document for machines, and the summary.

import { availableParallelism } from 'node:os';
import { median } from './timing';
import type {
  BatchResult,
  BigResult,
  BrowserCase,
  CliResult,
  BrowserResult,
  BrowserRun,
  ChunkSize,
  BundleResult,
  BenchFormat,
  FileResult,
  BenchRun,
  Summary,
} from './results';

const GOAL = 1.2;
/** The goals for the page: no main-thread task longer than this from drop to the whole report… */
const LONG_TASK_GOAL_MS = 50;
/** …and the JavaScript loaded before a file is dropped, gzipped. */
const INITIAL_JS_GOAL_KB = 100;
/** The CLI before its first file was 4.5 s CPU with tsx: a prebuilt one should start in well under a second. */
const CLI_STARTUP_GOAL_MS = 1000;
/** CJK characters take two terminal columns. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Columns of text; all others hold figures, right-aligned. */
const TEXT_COLUMNS = new Set(['file', 'note']);

/** Rows under a header, in columns as wide as their widest cell. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, k) => Math.max(...[header, ...rows].map((row) => displayWidth(row[k] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, k) => {
        const pad = ' '.repeat(widths[k]! - displayWidth(cell));
        return TEXT_COLUMNS.has(header[k]!) ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(header.map((_, k) => '-'.repeat(widths[k]!))), ...rows.map(line)].join('\n');
}

const ms = (value: number | null) => (value === null ? 'n/a' : value.toFixed(0));
const mb = (value: number) => value.toFixed(0);
const times = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);

export function summarise(files: FileResult[]): Summary {
  const measured = files.filter((file): file is FileResult & { ratio: number } => file.ratio !== null);
  const ratios = (format: BenchFormat) => measured.filter((file) => file.format === format).map((file) => file.ratio);
  const pdf = ratios('pdf');
  const docx = ratios('docx');
  const worst = measured.reduce<(typeof measured)[number] | null>((a, b) => (a && a.ratio >= b.ratio ? a : b), null);
  return {
    pdfMedianRatio: pdf.length ? median(pdf) : null,
    docxMedianRatio: docx.length ? median(docx) : null,
    worst: worst && { label: worst.label, ratio: worst.ratio },
    goal: GOAL,
    withinGoal: measured.filter((file) => file.ratio <= GOAL).length,
    measured: measured.length,
  };
}

function mainTable(files: FileResult[], floorName: string, withPages: boolean): string {
  const header = ['file', 'pages', 'floor ms', 'full ms', 'ratio', 'peak RSS MB', 'over base MB', 'heap Δ MB', 'note'];
  const rows = files.map((file) => {
    const { memory } = file;
    const used = 'error' in memory ? null : memory;
    const notes = [
      ...(file.error ? [`n/a: error path (${file.error})`] : []),
      ...('error' in memory ? [`memory n/a: ${memory.error}`] : []),
    ];
    return [
      file.label,
      file.pages === null ? '' : String(file.pages),
      ms(file.floorMs),
      ms(file.fullMs),
      times(file.ratio),
      used ? mb(used.peakRssMb) : 'n/a',
      used ? mb(used.peakRssMb - used.baseRssMb) : 'n/a',
      used ? mb(used.heapDeltaMb) : 'n/a',
      notes.join('; '),
    ];
  });
  const columns = (row: string[]) => (withPages ? row : row.filter((_, k) => k !== 1));
  return `floor = ${floorName}\n${table(columns(header), rows.map(columns))}`;
}

type Measure = (file: FileResult) => number | null;

const PDF_STAGES: Array<[string, Measure]> = [
  ['text floor', (file) => file.floorMs],
  ['ops only', (file) => file.operatorsMs],
  ['content', (file) => file.stages?.read ?? null],
  ['layout', (file) => file.stages?.layout ?? null],
  ['extract', (file) => file.stages?.extract ?? null],
];

const DOCX_STAGES: Array<[string, Measure]> = [
  ['mammoth floor', (file) => file.floorMs],
  ['html reader', (file) => file.htmlReaderMs],
  ['read', (file) => file.stages?.read ?? null],
  ['extract', (file) => file.stages?.extract ?? null],
];

/** One stage column per measure, then full; under it each column's total as a share of full's. */
function stagesTable(files: FileResult[], stages: Array<[string, Measure]>): string {
  const measured = files.filter((file) => !file.error);
  const total = (measure: Measure) => measured.reduce((sum, file) => sum + (measure(file) ?? 0), 0);
  const full = total((file) => file.fullMs);
  const rows = measured.map((file) => [file.label, ...stages.map(([, measure]) => ms(measure(file))), ms(file.fullMs)]);
  const shares = stages.map(([name, measure]) => `${name} ${((100 * total(measure)) / full).toFixed(0)}%`);
  return `${table(['file', ...stages.map(([name]) => name), 'full'], rows)}\nall files, share of full: ${shares.join(', ')}`;
}

function bigSection(big: BigResult[]): string {
  const rows = big.map((result) => {
    const used = 'error' in result.memory ? null : result.memory;
    return [
      String(result.pages),
      ms(result.floorMs),
      ms(result.fullMs),
      times(result.fullMs / result.floorMs),
      result.perPageMs.map((value) => value.toFixed(1)).join(' / '),
      ms(result.afterPagesMs),
      used ? mb(used.peakRssMb) : 'n/a',
      used ? mb(used.heapDeltaMb) : 'n/a',
      'error' in result.memory ? `memory n/a: ${result.memory.error}` : '',
    ];
  });
  return table(
    [
      'pages',
      'floor ms',
      'full ms',
      'ratio',
      'ms/page by quarter',
      'after pages ms',
      'peak RSS MB',
      'heap Δ MB',
      'note',
    ],
    rows,
  );
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function chunkTable(chunks: ChunkSize[]): string {
  return table(
    ['file', 'KB', 'gzip KB'],
    chunks.map((chunk) => [chunk.file, kb(chunk.bytes), kb(chunk.gzipBytes)]),
  );
}

function initialGzipBytes(bundle: BundleResult): number {
  return bundle.initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}

/** The goal for frames while files are read and drawn: the same 50 ms, at the 95th percentile. */
const FRAME_GOAL_MS = 50;

function browserCaseLines(result: BrowserCase): string[] {
  const chart =
    result.chartMs === null
      ? 'first chart n/a (no [data-chart-ready="true"] chart)'
      : `first chart ${ms(result.chartMs)} ms`;
  const each = (measure: (run: BrowserRun) => number) => result.runs.map((run) => ms(measure(run))).join(', ');
  return [
    `${result.label}: drop → report ${ms(result.reportMs)} ms, ${chart}, all drawn ${ms(result.doneMs)} ms (medians of ${result.runs.length} runs, wall time)`,
    `  longest main-thread task ${ms(result.longestTaskMs)} ms (worst run; runs: ${each((run) => run.longestTaskMs)}; tasks over 50 ms: ${each((run) => run.longTasks)}; goal ≤ ${LONG_TASK_GOAL_MS} ms)`,
    `  longest main-thread task in its thread's CPU time ${ms(result.longestTaskCpuMs)} ms (runs: ${each((run) => run.longestTaskCpuMs)}): the same without the machine's other load`,
    ...result.runs.map(
      (run, index) =>
        `    run ${index + 1}'s longest in CPU time: ${run.longestTaskCpuWhat || 'no trace event inside'}`,
    ),
    `  frame time p95 ${ms(result.p95FrameMs)} ms (median run; runs: ${each((run) => run.p95FrameMs)}; goal ≤ ${FRAME_GOAL_MS} ms), worst frame ${ms(result.worstFrameMs)} ms`,
  ];
}

function browserSection(browser: BrowserResult): string {
  return [
    ...browserCaseLines(browser.single),
    ...browserCaseLines(browser.batch),
    `  batch files: ${browser.batch.files.join(', ')}`,
  ].join('\n');
}

/** The closing lines: each of the page's figures against its goal, and how busy the machine was. */
function browserSummary(browser: BrowserResult): string[] {
  return [
    `Page figures are wall time on a machine with load average ${browser.loadAverage.toFixed(1)} over ${browser.cpus} CPUs at the start: a busy machine lengthens every task.`,
    ...[browser.single, browser.batch].map(
      (result) =>
        `${result.label}: longest main-thread task ${ms(result.longestTaskMs)} ms (CPU ${ms(result.longestTaskCpuMs)} ms), p95 frame ${ms(result.p95FrameMs)} ms (goals ≤ ${LONG_TASK_GOAL_MS} ms, ≤ ${FRAME_GOAL_MS} ms).`,
    ),
  ];
}

const speedUp = (cli: CliResult) =>
  cli.oneWallMs !== null && cli.manyWallMs !== null ? cli.oneWallMs / cli.manyWallMs : null;

function cliLines(cli: CliResult): string[] {
  const batch =
    cli.files === 0
      ? ['--jobs: n/a: ../shared/real not found']
      : [
          `${cli.files} real PDFs, wall time: --jobs 1 ${ms(cli.oneWallMs)} ms, --jobs ${cli.jobs} ${ms(cli.manyWallMs)} ms → speed-up ${times(speedUp(cli))} (goal: near ${cli.jobs}× on an idle machine; 1-minute load average ${cli.loadAverage.toFixed(1)})`,
          `CPU (process and worker threads): --jobs 1 ${ms(cli.oneCpuMs)} ms, --jobs ${cli.jobs} ${ms(cli.manyCpuMs)} ms; peak RSS with --jobs ${cli.jobs} ${cli.manyPeakRssMb === null ? 'n/a' : mb(cli.manyPeakRssMb)} MB`,
        ];
  return [
    `startup (an empty file: start a worker, refuse, exit): ${ms(cli.startupCpuMs)} ms CPU, peak RSS ${mb(cli.startupRssMb)} MB (goal ≤ ${CLI_STARTUP_GOAL_MS} ms CPU; with tsx it was 4.5 s and 530 MB)`,
    ...batch,
  ];
}

/** The parts beyond the per-file tables, each with a title; a part that could not run says why. */
/** The batch: pool against one worker, and memory held against the size dropped (the goal: not all of it). */
function batchLines(batch: BatchResult): string[] {
  const { memory } = batch;
  const grown = memory.peakMb - memory.baseMb;
  return [
    `${batch.files} real PDFs (${batch.droppedMb.toFixed(1)} MB) dropped at once, wall time to every report: one worker ${ms(batch.singleWorkerMs)} ms, pool of ${batch.poolWorkers} ${ms(batch.poolMs)} ms (${times(batch.singleWorkerMs / batch.poolMs)} faster${batch.poolWorkers === 1 ? '; one core is left to the page, so a pool needs 3 cores or more' : ''})`,
    `${memory.files} files (${mb(memory.droppedMb)} MB) dropped: page JS heap + ArrayBuffers grew ${mb(grown)} MB at most in the first ${(memory.windowMs / 1000).toFixed(0)} s (${times(grown / memory.droppedMb)} the dropped size; goal: well under 1×, as only the files being read are loaded)`,
  ];
}

function extraSections(run: BenchRun): string[] {
  const sections: string[] = [];
  if (run.parts.includes('big')) {
    sections.push(
      'Long files: 2018年省检察院部门预算公开.pdf’s pages repeated, one run each; ms/page by quarter stays flat when time per page is constant',
      run.big ? bigSection(run.big) : 'n/a: ../shared/real not found',
      '',
    );
  }
  if (run.parts.includes('browser')) {
    sections.push(
      'Chromium (dist/ via vite preview):',
      run.browser ? browserSection(run.browser) : 'n/a: dist/ or ../shared/real missing (run `npx vite build`)',
      '',
    );
  }
  if (run.parts.includes('batch')) {
    sections.push(
      'Batch in Chromium (dist/ via vite preview):',
      ...(run.batch ? batchLines(run.batch) : ['n/a: dist/ or ../shared/real missing (run `npx vite build`)']),
      '',
    );
  }
  if (run.parts.includes('ocr') && run.ocr) {
    const { ocr } = run;
    const native =
      ocr.nativeSecondsPerPage === null
        ? 'native tesseract n/a (apt-get install tesseract-ocr tesseract-ocr-chi-sim for the floor)'
        : `native tesseract ${ocr.nativeSecondsPerPage.toFixed(2)} s/page, ratio ${ocr.ratio!.toFixed(2)}`;
    sections.push(
      `OCR (Node, tesseract.js, ${ocr.pages} scanned pages, wall clock): ${ocr.secondsPerPage.toFixed(2)} s/page; ${native}; ` +
        `model load ${ocr.modelLoadSeconds.toFixed(1)} s; first-use download ${(ocr.downloadBytes / 1024 / 1024).toFixed(1)} MB; ` +
        `resident memory ${ocr.memory.baseRssMb.toFixed(0)} MB before the recogniser, at most ${ocr.memory.peakRssMb.toFixed(0)} MB while reading`,
      ocr.chromium
        ? `OCR (Chromium, the same pages): ${ocr.chromium.secondsPerPage.toFixed(2)} s/page ` +
            `(${(ocr.chromium.secondsPerPage / ocr.secondsPerPage).toFixed(2)} × Node); first use ${ocr.chromium.firstUseSeconds.toFixed(1)} s; ` +
            `longest main-thread task while reading ${ocr.chromium.longestTaskMs.toFixed(0)} ms wall, ` +
            `${ocr.chromium.longestTaskCpuMs.toFixed(0)} ms CPU (goal ≤ 50), ${ocr.chromium.longTasks} tasks over 50 ms wall; ` +
            `load average ${ocr.chromium.loadAverage.toFixed(1)} on ${availableParallelism()} CPUs`
        : 'OCR (Chromium): n/a, dist/ missing (run `npx vite build`)',
      '',
    );
  }
  if (run.parts.includes('bundle')) {
    sections.push(
      ...(run.bundle
        ? [
            `Bundle: initial JS ${kb(initialGzipBytes(run.bundle))} KB gzip (goal ≤ ${INITIAL_JS_GOAL_KB} KB)`,
            chunkTable(run.bundle.initial),
            'Lazy JS (loaded on demand; workers included):',
            chunkTable(run.bundle.lazy),
          ]
        : ['Bundle: n/a: dist/.vite/manifest.json missing (run `npx vite build`)']),
      '',
    );
  }
  if (run.parts.includes('cli')) {
    sections.push(
      'CLI (node dist-cli/inspect.mjs, medians; GNU time):',
      ...(run.cli ? cliLines(run.cli) : ['n/a: /usr/bin/time not found']),
      '',
    );
  }
  return sections;
}

export function formatText(run: BenchRun, withStages: boolean): string {
  const summary = summarise(run.files);
  const pdfs = run.files.filter((file) => file.format === 'pdf');
  const docxs = run.files.filter((file) => file.format === 'docx');
  const xlsxs = run.files.filter((file) => file.format === 'xlsx');
  const bases = run.files.flatMap(({ memory }) => ('error' in memory ? [] : [memory.baseRssMb]));
  const base = bases.length ? ` (median base ${mb(median(bases))} MB: node, tsx and the loaded modules)` : '';
  const worst = summary.worst ? `worst ${times(summary.worst.ratio)} ${summary.worst.label}` : 'worst n/a';
  const fileSections = run.parts.includes('files')
    ? [
        ...(pdfs.length
          ? [
              mainTable(
                pdfs,
                'pdf.js getDocument + getTextContent of every page (read-pdf.ts options, in-thread worker)',
                true,
              ),
              '',
            ]
          : []),
        ...(docxs.length
          ? [mainTable(docxs, 'mammoth.convertToHtml (read-docx.ts input and options)', false), '']
          : []),
        ...(xlsxs.length ? [mainTable(xlsxs, 'SheetJS read (read-spreadsheet.ts options)', false), ''] : []),
        `Memory: one fresh process per file (node --import tsx); over base = peak RSS − RSS before the parse${base};`,
        'heap Δ = largest heapUsed sampled at each progress report − heapUsed before the parse.',
        ...(withStages
          ? [
              ...(pdfs.length
                ? [
                    '',
                    'Stages, PDF (medians): content = getDocument + getTextContent + ruling lines from the content streams (pages with a columned line;',
                    'the operator list for files that cannot be read so, e.g. encrypted) + conversion of every page; layout includes the garbled-page checks and',
                    'pdf.js teardown; ops only = getDocument + getOperatorList of every page alone (how ruling lines were read before content-paths.ts)',
                    stagesTable(pdfs, PDF_STAGES),
                  ]
                : []),
              ...(docxs.length
                ? [
                    '',
                    'Stages, DOCX (medians): read = mammoth + HTML reader in the pipeline; html reader = readHtml alone on mammoth’s output',
                    stagesTable(docxs, DOCX_STAGES),
                  ]
                : []),
            ]
          : []),
        '',
      ]
    : [];
  return [
    `mingzhang bench: Node figures in ${run.clock === 'cpu' ? 'CPU time (user + system) of this process' : 'wall time'}, median of ${run.runs} runs after a warm-up full parse, floor and full alternating; node ${run.node}, pdfjs-dist ${run.pdfjs}, ${run.cpus} CPUs`,
    ...(run.realFound ? [] : ['../shared/real not found: real PDFs skipped']),
    ...fileSections,
    ...extraSections(run),
    ...(run.files.length
      ? [
          `Summary: median ratio PDF ${times(summary.pdfMedianRatio)}, DOCX ${times(summary.docxMedianRatio)}; ${worst}; goal ≤ ${times(summary.goal)}: ${summary.withinGoal} of ${summary.measured} files within (not enforced).`,
        ]
      : []),
    ...(run.browser ? browserSummary(run.browser) : []),
    ...(run.bundle
      ? [`Initial JS ${kb(initialGzipBytes(run.bundle))} KB gzip (goal ≤ ${INITIAL_JS_GOAL_KB} KB).`]
      : []),
    ...(run.cli
      ? [
          `CLI startup ${ms(run.cli.startupCpuMs)} ms CPU (goal ≤ ${CLI_STARTUP_GOAL_MS} ms); --jobs ${run.cli.jobs} speed-up ${times(speedUp(run.cli))} (goal near ${run.cli.jobs}×).`,
        ]
      : []),
    `Bench took ${run.seconds.toFixed(0)} s.`,
  ].join('\n');
}

export function formatJson(run: BenchRun): string {
  return JSON.stringify({ schema: 'mingzhang/bench@1', ...run, summary: summarise(run.files) }, null, 2);
}
