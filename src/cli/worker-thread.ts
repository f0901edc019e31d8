// A CLI worker thread (worker.ts loads it): reads the files the main thread hands it, one at a time, writes their
// exports (--out) and sends back each document's output text and the compact part the checks
// across documents need. The main thread ends a worker that overruns the per-file timeout.

import { parentPort } from 'node:worker_threads';
import { crossDocumentPart } from '../lib/cross-document';
import { overviewRow } from '../lib/summary/overview';
import { formatDocumentOutput } from './formats';
import { writeExports } from './out-dir';
import type { WorkerDone, WorkerJob } from './protocol';
import { inspectPath } from './read-input';

const port = parentPort!;

port.on('message', async (job: WorkerJob) => {
  port.postMessage({ type: 'started', id: job.id });
  const started = performance.now();
  const { report, bytes } = await inspectPath(job.path, job.password);
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
