// The bench's inputs and results as data: what each part measures and the report prints.

import type { ClockName } from './timing';

export interface BigResult {
  pages: number;
  floorMs: number;
  fullMs: number;
  /** Milliseconds per page of reading in each quarter of the file, first to last. */
  perPageMs: number[];
  /** Time after the last page: layout, extraction and the rules over the whole file. */
  afterPagesMs: number;
  memory: MemoryUse | MemoryFailure;
}

export interface BrowserRun {
  /** Drop to every dropped file's report (meta card or alert) on screen. */
  reportMs: number;
  /** Drop to the first chart drawn; null when the reports show none. */
  chartMs: number | null;
  /** Drop to every report drawn and every chart finished. */
  doneMs: number;
  /** The longest main-thread task from the drop to the end of the run (PerformanceObserver 'longtask'). */
  longestTaskMs: number;
  /** Tasks over 50 ms in that time. */
  longTasks: number;
  /** The longest task in the main thread's CPU time (Chromium trace, RunTask tdur): what a task costs without the machine's other load. */
  longestTaskCpuMs: number;
  /** What that task did: the trace events inside it with the most CPU time, in ms. */
  longestTaskCpuWhat: string;
  /** Time between requestAnimationFrame callbacks from the drop to the end: 95th percentile and worst. */
  p95FrameMs: number;
  worstFrameMs: number;
}

/** One thing dropped on the page (one file, or a batch), measured over several runs. */
export interface BrowserCase {
  label: string;
  files: string[];
  runs: BrowserRun[];
  /** Medians of the runs. */
  reportMs: number;
  chartMs: number | null;
  doneMs: number;
  p95FrameMs: number;
  /** Worst of the runs. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  worstFrameMs: number;
}

export interface BrowserResult {
  /** One 31-page PDF. */
  single: BrowserCase;
  /** The real PDFs dropped at once. */
  batch: BrowserCase;
  /** The one-minute load average when the browser part started, and the CPUs it is shared by. */
  loadAverage: number;
  cpus: number;
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  /** The entry's JavaScript and its static imports: what the first paint waits for. */
  initial: ChunkSize[];
  /** Every other JavaScript file: dynamic imports, the parse worker, the service worker. */
  lazy: ChunkSize[];
}

export type BenchFormat = 'pdf' | 'docx' | 'xlsx';

export interface BenchInput {
  /** Shown in the table: the folder it came from and the file name. */
  label: string;
  path: string;
  format: BenchFormat;
}

export interface MemoryUse {
  /** Peak resident set size of the process, start to end. */
  peakRssMb: number;
  /** Resident set size before the parse: node, tsx and the loaded modules. */
  baseRssMb: number;
  /** Largest growth of the JS heap over its collected size before the parse, sampled at each progress report. */
  heapDeltaMb: number;
}

/** A child that crashed: the first line of its error, so one broken file does not stop the bench. */
export interface MemoryFailure {
  error: string;
}

export interface FileResult extends FileTiming {
  label: string;
  format: BenchFormat;
  /** full / floor; null on the error path. */
  ratio: number | null;
  memory: MemoryUse | MemoryFailure;
}

export interface BenchRun {
  runs: number;
  clock: ClockName;
  /** The parts asked for (--parts); a part asked for but not measurable is null below. */
  parts: string[];
  node: string;
  pdfjs: string;
  cpus: number;
  realFound: boolean;
  seconds: number;
  files: FileResult[];
  /** null without ../shared/real. */
  big: BigResult[] | null;
  /** null without ../shared/real or dist/. */
  browser: BrowserResult | null;
  /** null without dist/ and its Vite manifest. */
  bundle: BundleResult | null;
  /** null without ../shared/real or dist/. */
  batch?: BatchResult | null;
  /** null without GNU time (/usr/bin/time). */
  cli: CliResult | null;
  /** null when the part was not asked for. */
  ocr: OcrResult | null;
}

/** The nine real PDFs read at once in Chromium, and the page's memory with 200 files dropped. */
export interface BatchResult {
  files: number;
  droppedMb: number;
  /** Wall time from the drop until every report is in. */
  singleWorkerMs: number;
  poolMs: number;
  poolWorkers: number;
  memory: {
    files: number;
    droppedMb: number;
    /** How long after the drop the memory was sampled. */
    windowMs: number;
    /** JS heap + ArrayBuffer backing stores before the drop, and at most during the window. */
    baseMb: number;
    peakMb: number;
  };
}

/** Reading a scan by OCR in Node, against native tesseract on the same pages (the floor). */
export interface OcrResult {
  pages: number;
  /** Starting the recogniser: its worker, wasm core and model. */
  modelLoadSeconds: number;
  /** The whole route per page: render, ruling lines, recognition, layout, extraction, rules. */
  secondsPerPage: number;
  /** null where `tesseract` (Debian's tesseract-ocr and tesseract-ocr-chi-sim) is not installed. */
  nativeSecondsPerPage: number | null;
  ratio: number | null;
  /** What the page downloads on first use: worker script, one wasm core build, the model. */
  downloadBytes: number;
  /** The Node process's resident memory while the scan was read (recogniser included), sampled: before and at most. */
  memory: { baseRssMb: number; peakRssMb: number };
  /** The same scan read in Chromium; null when dist/ is missing. */
  chromium: OcrBrowserResult | null;
}

/** A scan read by OCR in the built page in Chromium, twice: the first read also starts the recogniser. */
export interface OcrBrowserResult {
  pages: number;
  /** From pressing 识别扫描件 to the report drawn, the first time (fetching and starting the recogniser). */
  firstUseSeconds: number;
  /** The same for the second read in the same page, per page. */
  secondsPerPage: number;
  /** Over both reads, by the page's long-task observer (wall time) and the trace (the thread's CPU time). */
  longestTaskMs: number;
  longTasks: number;
  longestTaskCpuMs: number;
  /** The machine's 1-minute load average at the start: wall times on a shared machine count others' work. */
  loadAverage: number;
}

export interface Summary {
  pdfMedianRatio: number | null;
  docxMedianRatio: number | null;
  worst: { label: string; ratio: number } | null;
  /** The goal from the issue: parse + recognise ≤ 1.2 × the floor. Reported, not enforced. */
  goal: number;
  withinGoal: number;
  measured: number;
}

export interface Stages {
  /** PDF: getDocument and every page's content (text, operator list, conversion). DOCX: mammoth and the HTML reader. */
  read: number;
  /** PDF only: the garbled-page checks, layout into blocks, pdf.js teardown. */
  layout: number | null;
  extract: number;
}

export interface FileTiming {
  pages: number | null;
  /** The read error of a file that takes the error path: it has no floor. */
  error: string | null;
  floorMs: number | null;
  fullMs: number;
  /** With --stages, PDF: getDocument + getOperatorList of every page alone. */
  operatorsMs: number | null;
  /** With --stages, DOCX: the HTML reader alone on mammoth's output. */
  htmlReaderMs: number | null;
  /** Medians of each stage on its own; none on the error path. */
  stages: Stages | null;
}

export interface CliRun {
  wallMs: number;
  /** User + system time of the process and its worker threads. */
  cpuMs: number;
  peakRssMb: number;
}

export interface CliResult {
  /** A run on a file refused at once: the CLI's start and exit. */
  startupCpuMs: number;
  startupRssMb: number;
  /** The real PDFs read in each batch run, and the --jobs of the parallel run. */
  files: number;
  jobs: number;
  oneWallMs: number | null;
  manyWallMs: number | null;
  oneCpuMs: number | null;
  manyCpuMs: number | null;
  manyPeakRssMb: number | null;
  /** The 1-minute load average after the runs: wall times on a shared machine depend on it. */
  loadAverage: number;
}
