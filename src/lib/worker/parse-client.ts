// The page's side of the worker bridge: a pool of parse workers, one file each at a time, files
// given their turn in order. A file's bytes are loaded only when its turn comes, so a batch of
// files never sits in memory all at once. A cancel or a timeout terminates that file's worker (the
// only way to stop a parse midway) and starts a fresh one. A worker left idle is terminated too (it
// holds pdf.js's and mammoth's heaps) and started again by the next file.
// Every outcome is a DocumentReport (or, for a report JSON, its documents) — failures carry
// `error` — so callers never need a catch.

import type { InspectStage } from '../inspect';
import { timedOut, toReadErrorData, type ReadErrorData } from '../model/read-error';
import { failedReport, type DocumentReport } from '../model/report';
import { refuseFileSize } from '../../parsers/budgets';
import type { OcrAssets } from '../../parsers/ocr/tesseract-engine';
import type { PdfAssets } from '../../parsers/pdf/read-pdf';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** The part of `Worker` the client uses; tests inject a fake through `CreateWorker`. */
export interface ParseWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export type CreateWorker = () => ParseWorker;

export interface ParseInput {
  name: string;
  /**
   * The bytes, or how to load them when the file's turn comes. NOTE: transferred to the worker, so
   * the caller's buffer is detached once parsing starts.
   */
  bytes: ArrayBuffer | ((signal: AbortSignal) => Promise<ArrayBuffer>);
  /** The size when known before loading (a `File`'s), so a huge file is refused before it is read. */
  size?: number;
  /** The PDF open password, when the user typed one. */
  password?: string;
  /** Read a scan by OCR: the user asked for it on the file's card. */
  ocr?: boolean;
}

export interface ParseProgress {
  stage: InspectStage;
  done: number;
  total: number;
}

export interface ParseOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ParseProgress) => void;
  /** How long the worker may spend on this file; time spent waiting in the queue is not counted. */
  timeoutMs?: number;
}

const CANCELLED: ReadErrorData = { code: 'cancelled', message: '已取消读取。' };

const CRASHED: ReadErrorData = {
  code: 'unreadable-file',
  message: '读取程序意外中止，未能读完这个文件。请再试一次；如果仍然失败，文件可能已损坏。',
};

/** pdf.js CMaps and fonts, copied into the build under `pdfjs/` and served from our own origin. */
export function pagePdfAssets(base: string = document.baseURI): PdfAssets {
  return {
    cMapUrl: new URL('pdfjs/cmaps/', base).href,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href,
  };
}

/**
 * The recogniser's files, copied into the build under `ocr/` (vite.config.ts): fetched only when the
 * user asks to read a scan, then kept by the service worker.
 */
export function pageOcrAssets(base: string = document.baseURI): OcrAssets {
  return {
    workerPath: new URL('ocr/worker.min.js', base).href,
    corePath: new URL('ocr/core/', base).href,
    langPath: new URL('ocr/lang', base).href,
  };
}

/** What reading a scan downloads the first time: worker, one wasm core build, model (`npm run bench -- --parts ocr`). */
export const OCR_DOWNLOAD_MB = 5.5;

export function createParseWorker(): ParseWorker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
}

/** What the worker does with a file: read a document, or read back an exported report JSON. */
type Task = WorkerRequest['type'];

/** What came back: the documents read, or the file's failed report (its `error` says why). */
export type Outcome = { documents: DocumentReport[] } | { failed: DocumentReport };

/** The file a worker is busy with; messages for any other id are stale and dropped. */
interface Job {
  id: number;
  receive(message: WorkerResponse): void;
  crash(): void;
}

/** A minute: files dropped one after another reuse the loaded worker; a page left open frees its memory. */
const IDLE_TIMEOUT_MS = 60_000;

/**
 * Each worker holds pdf.js's heap and a file's bytes: four read a reviewer's batch about as fast as
 * the page can draw the reports, and a machine with many cores keeps its memory.
 */
const MAX_WORKERS = 4;

/**
 * Workers for a machine with this many cores (`navigator.hardwareConcurrency`, unknown in some
 * browsers): one core is left to the page, which draws each report as it comes (on two cores, two
 * workers read nine real PDFs 0.83× as fast as one and made the page's long tasks more frequent).
 */
export function poolSizeFor(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores ?? 1) - 1));
}

function machinePoolSize(): number {
  return poolSizeFor(globalThis.navigator?.hardwareConcurrency);
}

let nextRequestId = 1;

/** One worker of the pool: reads one file at a time and goes when left idle. */
class PoolWorker {
  readonly #createWorker: CreateWorker;
  readonly #pdfAssets: () => PdfAssets;
  readonly #ocrAssets: () => OcrAssets;
  readonly #idleTimeoutMs: number;
  #worker: ParseWorker | null = null;
  #job: Job | null = null;
  #busy = false;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    createWorker: CreateWorker,
    pdfAssets: () => PdfAssets,
    ocrAssets: () => OcrAssets,
    idleTimeoutMs: number,
  ) {
    this.#createWorker = createWorker;
    this.#pdfAssets = pdfAssets;
    this.#ocrAssets = ocrAssets;
    this.#idleTimeoutMs = idleTimeoutMs;
  }

  get busy(): boolean {
    return this.#busy;
  }

  /** True while its worker is started: an idle one is given the next file before a new one starts. */
  get warm(): boolean {
    return this.#worker !== null;
  }

  async read(task: Task, file: ParseInput, options: ParseOptions): Promise<Outcome> {
    this.#busy = true;
    clearTimeout(this.#idleTimer);
    try {
      const bytes = await this.#load(file, options.signal);
      if (!(bytes instanceof ArrayBuffer)) return { failed: bytes };
      // Checked again once loaded: a file whose size was not known before is refused here.
      const refusal = refuseFileSize(bytes.byteLength);
      if (refusal) return { failed: failedReport(file.name, bytes.byteLength, refusal.toData()) };
      return await this.#run(task, file, bytes, options);
    } finally {
      this.#busy = false;
      this.#whenIdle();
    }
  }

  /** The file's bytes, or the report of why there are none (cancelled, or the file could not be read). */
  async #load(file: ParseInput, signal: AbortSignal | undefined): Promise<ArrayBuffer | DocumentReport> {
    const size = file.size ?? 0;
    if (signal?.aborted) return failedReport(file.name, size, CANCELLED);
    if (typeof file.bytes !== 'function') return file.bytes;
    try {
      const bytes = await file.bytes(signal ?? new AbortController().signal);
      return signal?.aborted ? failedReport(file.name, size, CANCELLED) : bytes;
    } catch (error) {
      return failedReport(file.name, size, signal?.aborted ? CANCELLED : toReadErrorData(error));
    }
  }

  #run(task: Task, file: ParseInput, bytes: ArrayBuffer, options: ParseOptions): Promise<Outcome> {
    const { signal, onProgress, timeoutMs } = options;
    const fail = (error: ReadErrorData): Outcome => ({ failed: failedReport(file.name, bytes.byteLength, error) });

    return new Promise((resolve) => {
      const id = nextRequestId++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (outcome: Outcome, replaceWorker: boolean) => {
        this.#job = null;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(outcome);
        if (replaceWorker) this.#replaceWorker();
      };
      const onAbort = () => finish(fail(CANCELLED), true);

      this.#job = {
        id,
        receive: (message) => {
          switch (message.type) {
            case 'progress':
              onProgress?.({ stage: message.stage, done: message.done, total: message.total });
              break;
            case 'result':
              finish({ documents: [message.report] }, false);
              break;
            case 'restored':
              finish({ documents: message.documents }, false);
              break;
            case 'failure':
              finish(fail(message.error), false);
              break;
          }
        },
        crash: () => finish(fail(CRASHED), true),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timeoutMs !== undefined) timer = setTimeout(() => finish(fail(timedOut(timeoutMs)), true), timeoutMs);

      try {
        this.#worker ??= this.#spawn();
        const { name, password } = file;
        const ocr = file.ocr ? this.#ocrAssets() : undefined;
        const request: WorkerRequest =
          task === 'parse'
            ? { type: 'parse', id, name, bytes, password, pdfAssets: this.#pdfAssets(), ocr }
            : { type: 'restore', id, name, bytes };
        this.#worker.postMessage(request, [bytes]);
      } catch {
        // The worker could not be started, or the bytes could not be sent (an already detached
        // buffer); either way the worker, if any, is still idle and usable.
        finish(fail(CRASHED), false);
      }
    });
  }

  #spawn(): ParseWorker {
    const worker = this.#createWorker();
    worker.onmessage = ({ data }) => {
      if (data.id === this.#job?.id) this.#job.receive(data);
    };
    worker.onerror = (event) => {
      // Handled here: keep it from surfacing as an uncaught error on the page.
      event.preventDefault();
      this.#crashed(worker);
    };
    worker.onmessageerror = () => this.#crashed(worker);
    return worker;
  }

  #crashed(worker: ParseWorker): void {
    if (worker !== this.#worker) return;
    if (this.#job) {
      this.#job.crash();
    } else {
      // Idle and broken (e.g. its script failed to load): drop it without an eager respawn,
      // which could fail the same way in a loop; the next file starts a new one.
      worker.terminate();
      this.#worker = null;
    }
  }

  /** With no file to read, the worker (even a fresh replacement) goes after a while. */
  #whenIdle(): void {
    if (this.#busy || !this.#worker) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      this.#worker?.terminate();
      this.#worker = null;
    }, this.#idleTimeoutMs);
  }

  /** Terminate the busy worker and start the next one now, so the next file need not wait for it to load. */
  #replaceWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#worker = this.#spawn();
  }
}

/** A file given to `parse` or `restore` whose turn has not come. */
interface Waiting {
  task: Task;
  file: ParseInput;
  options: ParseOptions;
  resolve(outcome: Outcome): void;
}

export class ParseClient {
  readonly #createWorker: CreateWorker;
  readonly #pdfAssets: () => PdfAssets;
  readonly #ocrAssets: () => OcrAssets;
  readonly #idleTimeoutMs: number;
  readonly #poolSize: number;
  /** Started as files need them, up to the pool size; each keeps its own idle timer. */
  readonly #workers: PoolWorker[] = [];
  readonly #waiting: Waiting[] = [];

  constructor(
    createWorker: CreateWorker = createParseWorker,
    pdfAssets: () => PdfAssets = pagePdfAssets,
    idleTimeoutMs: number = IDLE_TIMEOUT_MS,
    poolSize: number = machinePoolSize(),
    ocrAssets: () => OcrAssets = pageOcrAssets,
  ) {
    this.#createWorker = createWorker;
    this.#pdfAssets = pdfAssets;
    this.#ocrAssets = ocrAssets;
    this.#idleTimeoutMs = idleTimeoutMs;
    this.#poolSize = Math.max(1, poolSize);
  }

  /** How many files are read at once. */
  get poolSize(): number {
    return this.#poolSize;
  }

  parse(file: ParseInput, options: ParseOptions = {}): Promise<DocumentReport> {
    return this.#submit('parse', file, options).then((outcome) =>
      'failed' in outcome ? outcome.failed : outcome.documents[0]!,
    );
  }

  /**
   * Reads an exported report JSON back in a worker: its documents, or a failed report named
   * after the file (a damaged JSON, a cancel, a timeout).
   */
  restore(file: ParseInput, options: ParseOptions = {}): Promise<Outcome> {
    return this.#submit('restore', file, options);
  }

  #submit(task: Task, file: ParseInput, options: ParseOptions): Promise<Outcome> {
    const size = file.size ?? (typeof file.bytes === 'function' ? undefined : file.bytes.byteLength);
    // Refused before the bytes are loaded or copied into a worker: a huge file must not cost a worker's memory.
    const refusal = size === undefined ? null : refuseFileSize(size);
    const fail = (error: ReadErrorData): Outcome => ({ failed: failedReport(file.name, size ?? 0, error) });
    if (refusal) return Promise.resolve(fail(refusal.toData()));
    const { signal } = options;
    if (signal?.aborted) return Promise.resolve(fail(CANCELLED));
    return new Promise((resolve) => {
      const waiting: Waiting = { task, file, options, resolve };
      this.#waiting.push(waiting);
      // A file cancelled while it waits for its turn answers at once, not when its turn comes.
      signal?.addEventListener(
        'abort',
        () => {
          const index = this.#waiting.indexOf(waiting);
          if (index < 0) return;
          this.#waiting.splice(index, 1);
          resolve(fail(CANCELLED));
        },
        { once: true },
      );
      this.#dispatch();
    });
  }

  /** Gives waiting files, in order, to free workers. */
  #dispatch(): void {
    for (let worker = this.#freeWorker(); worker && this.#waiting.length > 0; worker = this.#freeWorker()) {
      const next = this.#waiting.shift()!;
      void worker.read(next.task, next.file, next.options).then((outcome) => {
        next.resolve(outcome);
        this.#dispatch();
      });
    }
  }

  /** An idle started worker first, else a new one while the pool has room. */
  #freeWorker(): PoolWorker | null {
    const idle = this.#workers.filter((worker) => !worker.busy);
    const free = idle.find((worker) => worker.warm) ?? idle[0];
    if (free) return free;
    if (this.#workers.length >= this.#poolSize) return null;
    const added = new PoolWorker(this.#createWorker, this.#pdfAssets, this.#ocrAssets, this.#idleTimeoutMs);
    this.#workers.push(added);
    return added;
  }
}
