// The parse worker: runs inspectFile off the main thread so a large file never freezes the page.
// Cancellation is not a message: the client terminates this worker and starts a fresh one.

import { readReportJson } from '../export/report-json';
import { inspectFile } from '../inspect';
import { toReadErrorData } from '../model/read-error';
import type { WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

self.onmessage = async ({ data: request }: MessageEvent<WorkerRequest>) => {
  const { id } = request;
  try {
    if (request.type === 'restore') {
      const documents = readReportJson(new TextDecoder().decode(request.bytes));
      post({ type: 'restored', id, documents });
      return;
    }
    const report = await inspectFile(request.name, new Uint8Array(request.bytes), {
      password: request.password,
      pdfAssets: request.pdfAssets,
      onProgress: (stage, done, total) => post({ type: 'progress', id, stage, done, total }),
    });
    post({ type: 'result', id, report });
  } catch (error) {
    // A report JSON that cannot be restored throws a ReadError with its Chinese message; inspectFile
    // promises not to throw, and if it ever does, the page still gets an answer.
    post({ type: 'failure', id, error: toReadErrorData(error) });
  }
};
