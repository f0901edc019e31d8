// The page's side of the worker bridge: files go to the parse worker one at a time; a cancel or
// a timeout terminates the worker (the only way to stop a parse midway) and starts a fresh one.
// A worker left idle is terminated too (it holds pdf.js's and mammoth's heaps) and started again
// by the next file.
// Every outcome is a DocumentReport — failures carry `error` — so callers never need a catch.

import type { InspectStage } from '../inspect';
import type { ReadErrorData } from '../model/read-error';
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
  /** NOTE: transferred to the worker, so the caller's buffer is detached once parsing starts. */
  bytes: ArrayBuffer;
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

function timedOut(timeoutMs: number): ReadErrorData {
  const seconds = Math.round(timeoutMs / 1000);
  return {
    code: 'timeout',
    message: `读取超时：${seconds} 秒内没有读完，已停止。文件可能过大或结构异常。`,
  };
}

function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

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

/** The file the worker is busy with; messages for any other id are stale and dropped. */
interface Job {
  id: number;
  receive(message: WorkerResponse): void;
  crash(): void;
}

/** A minute: files dropped one after another reuse the loaded worker; a page left open frees its memory. */
const IDLE_TIMEOUT_MS = 60_000;

export class ParseClient {
  readonly #createWorker: CreateWorker;
  #worker: ParseWorker | null = null;
  #job: Job | null = null;
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();
  /** Files given to `parse` and not yet finished: queued or being read. */
  #pending = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #pdfAssets: () => PdfAssets;
  readonly #idleTimeoutMs: number;

  constructor(
    createWorker: CreateWorker = createParseWorker,
    pdfAssets: () => PdfAssets = pagePdfAssets,
    idleTimeoutMs: number = IDLE_TIMEOUT_MS,
  ) {
    this.#createWorker = createWorker;
    this.#pdfAssets = pdfAssets;
    this.#idleTimeoutMs = idleTimeoutMs;
  }

  parse(file: ParseInput, options: ParseOptions = {}): Promise<DocumentReport> {
    const size = file.bytes.byteLength;
    // Refused before the bytes are copied into the worker: a huge file must not cost a worker's memory.
    const refusal = refuseFileSize(size);
    if (refusal) return Promise.resolve(failedReport(file.name, size, refusal.toData()));
    this.#pending++;
    clearTimeout(this.#idleTimer);
    const run = this.#queue
      .then(() => this.#run(file, size, options))
      .finally(() => {
        this.#pending--;
        this.#whenIdle();
      });
    this.#queue = run;
    const { signal } = options;
    if (!signal) return run;
    // A file cancelled while it waits for its turn answers at once, not when its turn comes.
    return Promise.race([run, whenAborted(signal).then(() => failedReport(file.name, size, CANCELLED))]);
  }

  #run(file: ParseInput, size: number, options: ParseOptions): Promise<DocumentReport> {
    const { signal, onProgress, timeoutMs } = options;
    const fail = (error: ReadErrorData) => failedReport(file.name, size, error);
    if (signal?.aborted) return Promise.resolve(fail(CANCELLED));

    return new Promise((resolve) => {
      const id = this.#nextId++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (report: DocumentReport, replaceWorker: boolean) => {
        this.#job = null;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(report);
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
              finish(message.report, false);
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
        const { name, bytes, password } = file;
        const ocr = file.ocr ? pageOcrAssets() : undefined;
        this.#worker.postMessage({ type: 'parse', id, name, bytes, password, pdfAssets: this.#pdfAssets(), ocr }, [
          bytes,
        ]);
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

  /** With nothing queued or being read, the worker (even a fresh replacement) goes after a while. */
  #whenIdle(): void {
    if (this.#pending > 0 || !this.#worker) return;
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
