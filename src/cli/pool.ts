// Files over a pool of worker threads, each file's reading limited in time: a worker that overruns
// is terminated (the only way to stop pdf.js midway) and a fresh one takes the next file, so one
// stuck file never stops the others.

import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crossDocumentPart } from '../lib/cross-document';
import { timedOut, type ReadErrorData } from '../lib/model/read-error';
import { failedReport } from '../lib/model/report';
import { overviewRow } from '../lib/summary/overview';
import { formatDocumentOutput, type OutputFormat } from './formats';
import type { WorkerDone, WorkerJob, WorkerMessage } from './protocol';

export interface PoolOptions {
  workerUrl: URL;
  jobs: number;
  timeoutMs: number;
  format: OutputFormat;
  password: string | undefined;
  /** Read scans by OCR (--ocr). */
  ocr: boolean;
  /** Each path's export folder (--out), or null. */
  outFolders: readonly (string | null)[];
}

const CRASHED: ReadErrorData = {
  code: 'unreadable-file',
  message: '读取程序意外中止，未能读完这个文件。请再试一次；如果仍然失败，文件可能已损坏。',
};

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A file that the pool gave up on, in the shape a worker would have sent. */
function gaveUp(format: OutputFormat, id: number, path: string, error: ReadErrorData, readMs: number): WorkerDone {
  const report = failedReport(basename(path), sizeOf(path), error);
  return {
    type: 'done',
    id,
    output: formatDocumentOutput(format, report),
    part: crossDocumentPart(report),
    row: overviewRow({ name: report.source.name, report, readMs }),
    exportError: null,
  };
}

/** Reads every path; `onDone` gets each file as soon as it is done, in the order they finish. */
export function runPool(
  paths: readonly string[],
  options: PoolOptions,
  onDone: (done: WorkerDone) => void,
): Promise<void> {
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const startWorker = () => {
      if (next >= paths.length) {
        if (running === 0) resolve();
        return;
      }
      running++;
      const worker = new Worker(options.workerUrl);
      let current: WorkerJob | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let startedAt = 0;
      // Settles the current file once, whichever of done / timeout / crash comes first.
      const finish = (done: WorkerDone) => {
        clearTimeout(timer);
        current = null;
        onDone(done);
      };
      let retired = false;
      // This worker's end (no more files, timeout, crash): once, whichever reports it first.
      const retire = (replace: boolean) => {
        if (retired) return;
        retired = true;
        running--;
        void worker.terminate();
        if (replace) startWorker();
        else if (running === 0) resolve();
      };
      const give = () => {
        if (next >= paths.length) return retire(false);
        const id = next++;
        current = {
          id,
          path: paths[id]!,
          password: options.password,
          ocr: options.ocr,
          format: options.format,
          outFolder: options.outFolders[id] ?? null,
        };
        worker.postMessage(current);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (!current || message.id !== current.id) return;
        if (message.type === 'started') {
          const job = current;
          startedAt = performance.now();
          timer = setTimeout(() => {
            finish(gaveUp(options.format, job.id, job.path, timedOut(options.timeoutMs), options.timeoutMs));
            retire(true);
          }, options.timeoutMs);
          return;
        }
        finish(message);
        give();
      });
      // A crash (out of memory, a bug) costs only the file being read.
      const crashed = () => {
        if (current) finish(gaveUp(options.format, current.id, current.path, CRASHED, performance.now() - startedAt));
        retire(true);
      };
      worker.on('error', crashed);
      worker.on('exit', () => {
        if (!retired) crashed();
      });
      give();
    };
    const workers = Math.max(1, Math.min(options.jobs, paths.length));
    for (let k = 0; k < workers; k++) startWorker();
  });
}
