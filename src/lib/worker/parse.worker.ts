// The parse worker: runs inspectFile off the main thread so a large file never freezes the page.
// Cancellation is not a message: the client terminates this worker and starts a fresh one.

import { readReportJson } from '../export/report-json';
import { inspectFile } from '../inspect';
import { toReadErrorData } from '../model/read-error';
import type { OcrEngine } from '../../parsers/ocr/ocr-engine';
import type { OcrAssets } from '../../parsers/ocr/tesseract-engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

/** The recogniser, loaded only when the user asks to read a scan (its own chunk, worker and model). */
async function startOcr(assets: OcrAssets): Promise<OcrEngine> {
  const [{ createTesseractEngine }, { OCR_SCALE }] = await Promise.all([
    import('../../parsers/ocr/tesseract-engine'),
    import('../../parsers/ocr/read-scanned-pdf'),
  ]);
  // NOTE: no blob: worker (the library's default); its script comes from our origin like the rest.
  return createTesseractEngine({ ...assets, workerBlobURL: false }, OCR_SCALE * 72);
}

self.onmessage = async ({ data: request }: MessageEvent<WorkerRequest>) => {
  const { id } = request;
  let engine: OcrEngine | undefined;
  try {
    if (request.type === 'restore') {
      const documents = readReportJson(new TextDecoder().decode(request.bytes));
      post({ type: 'restored', id, documents });
      return;
    }
    if (request.ocr) engine = await startOcr(request.ocr);
    const report = await inspectFile(request.name, new Uint8Array(request.bytes), {
      password: request.password,
      pdfAssets: request.pdfAssets,
      ocr: engine ? { engine } : undefined,
      onProgress: (stage, done, total) => post({ type: 'progress', id, stage, done, total }),
    });
    await engine?.terminate();
    post({ type: 'result', id, report });
  } catch (error) {
    // A report JSON that cannot be restored throws a ReadError with its Chinese message; inspectFile
    // promises not to throw, and if it ever does, the page still gets an answer.
    post({ type: 'failure', id, error: toReadErrorData(error) });
  }
};
