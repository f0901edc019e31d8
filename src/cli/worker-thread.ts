// A CLI worker thread (worker.ts loads it): reads the files the main thread hands it, one at a time, writes their
// exports (--out) and sends back each document's output text and the compact part the checks
// across documents need. The main thread ends a worker that overruns the per-file timeout.

import { parentPort } from 'node:worker_threads';
import { crossDocumentPart } from '../lib/cross-document';
import { overviewRow } from '../lib/summary/overview';
import type { OcrEngine } from '../parsers/ocr/ocr-engine';
import { formatDocumentOutput } from './formats';
import { writeExports } from './out-dir';
import type { WorkerDone, WorkerJob } from './protocol';
import { inspectPath } from './read-input';

const port = parentPort!;

/**
 * This thread's recogniser for --ocr, started on the first scan's first page (loading the model
 * takes seconds, which a batch of text PDFs never pays) and kept for the thread's next scans. It
 * ends with the thread: the pool terminates the thread, and tesseract's own thread with it.
 */
let recogniser: Promise<OcrEngine> | null = null;
const lazyRecogniser: OcrEngine = {
  recognize: async (image, layout) => {
    recogniser ??= import('../parsers/ocr/node-engine').then(({ createNodeOcrEngine }) => createNodeOcrEngine());
    // A recogniser that failed to start is tried again for the next file.
    const engine = await recogniser.catch((error: unknown) => {
      recogniser = null;
      throw error;
    });
    return engine.recognize(image, layout);
  },
  terminate: async () => {
    await (await recogniser)?.terminate();
    recogniser = null;
  },
};

port.on('message', async (job: WorkerJob) => {
  port.postMessage({ type: 'started', id: job.id });
  const started = performance.now();
  const { report, bytes } = await inspectPath(job.path, job.password, job.ocr ? lazyRecogniser : undefined);
  const readMs = performance.now() - started;
  const exportError = job.outFolder
    ? await writeExports(job.outFolder, report, bytes).then(
        () => null,
        (error: unknown) => `无法写出 ${job.outFolder}：${error instanceof Error ? error.message : String(error)}`,
      )
    : null;
  const done: WorkerDone = {
    type: 'done',
    id: job.id,
    output: formatDocumentOutput(job.format, report),
    part: crossDocumentPart(report),
    row: overviewRow({ name: report.source.name, report, readMs }),
    exportError,
  };
  port.postMessage(done);
});
