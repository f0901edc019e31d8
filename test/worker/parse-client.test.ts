// ParseClient against a fake worker: transfer, stale messages, queue, and cancel/timeout/crash,
// each of which must terminate the busy worker, start a fresh one and resolve, never reject; and
// the idle worker terminated after a while, never while a file is queued or read.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentReport } from '../../src/lib/model/report';
import { readReport } from '../helpers/reports';
import type { WorkerRequest, WorkerResponse } from '../../src/lib/worker/protocol';
import {
  pageOcrAssets,
  pagePdfAssets,
  ParseClient,
  poolSizeFor,
  type ParseWorker,
} from '../../src/lib/worker/parse-client';

class FakeWorker implements ParseWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly posted: Array<{ message: WorkerRequest; transfer: Transferable[] }> = [];
  terminated = false;

  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: WorkerResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }

  /** What a real worker does when its script throws or fails to load. */
  fail(): Event {
    const event = new Event('error', { cancelable: true });
    this.onerror?.(event as ErrorEvent);
    return event;
  }

  lastId(): number {
    const last = this.posted.at(-1);
    if (!last) throw new Error('nothing was posted');
    return last.message.id;
  }
}

function reportFor(name: string): DocumentReport {
  return readReport({ source: { name, format: 'docx', bytes: 4, pages: null } });
}

function fileOf(name: string) {
  return { name, bytes: new Uint8Array([1, 2, 3, 4]).buffer };
}

/** Lets queued promise callbacks run, so the client can post the next file. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

let workers: FakeWorker[];
let client: ParseClient;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** A client whose workers are fakes, kept in `workers` in the order they were started. */
function fakeClient({ idleTimeoutMs, poolSize }: { idleTimeoutMs?: number; poolSize?: number } = {}): ParseClient {
  return new ParseClient(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    () => pagePdfAssets('https://example.test/app/'),
    idleTimeoutMs,
    poolSize,
    () => pageOcrAssets('https://example.test/app/'),
  );
}

beforeEach(() => {
  workers = [];
  client = fakeClient();
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.useRealTimers();
});

describe('ParseClient', () => {
  it('transfers the bytes, forwards progress and resolves with the worker report', async () => {
    const file = fileOf('002.docx');
    const progress = vi.fn();
    const parsing = client.parse(file, { onProgress: progress });
    await settle();

    expect(workers).toHaveLength(1);
    const [{ message, transfer }] = workers[0]!.posted as [{ message: WorkerRequest; transfer: Transferable[] }];
    expect(message).toMatchObject({
      type: 'parse',
      name: '002.docx',
      pdfAssets: {
        cMapUrl: 'https://example.test/app/pdfjs/cmaps/',
        standardFontDataUrl: 'https://example.test/app/pdfjs/standard_fonts/',
      },
    });
    expect(message.bytes).toBe(file.bytes);
    expect(transfer).toEqual([file.bytes]);

    workers[0]!.reply({ type: 'progress', id: message.id, stage: 'reading', done: 0, total: 1 });
    expect(progress).toHaveBeenCalledWith({ stage: 'reading', done: 0, total: 1 });
    workers[0]!.reply({ type: 'result', id: message.id, report: reportFor('002.docx') });
    await expect(parsing).resolves.toEqual(reportFor('002.docx'));
  });

  it('asks the worker for OCR, with the recogniser files from our origin, only for a file read with ocr', async () => {
    const sent = async (file: ReturnType<typeof fileOf> & { ocr?: boolean }) => {
      const parsing = client.parse(file);
      await settle();
      const worker = workers.at(-1)!;
      const { message } = worker.posted.at(-1)!;
      worker.reply({ type: 'result', id: message.id, report: reportFor(file.name) });
      expect((await parsing).source.name).toBe(file.name);
      return message as WorkerRequest & { type: 'parse' };
    };
    expect((await sent({ ...fileOf('scan.pdf'), ocr: true })).ocr).toEqual({
      workerPath: 'https://example.test/app/ocr/worker.min.js',
      corePath: 'https://example.test/app/ocr/core/',
      langPath: 'https://example.test/app/ocr/lang',
    });
    expect((await sent(fileOf('text.pdf'))).ocr).toBeUndefined();
  });

  it('drops messages for any other request id', async () => {
    const progress = vi.fn();
    const parsing = client.parse(fileOf('a.docx'), { onProgress: progress });
    await settle();
    const worker = workers[0]!;
    const id = worker.lastId();
    worker.reply({ type: 'result', id: id + 100, report: reportFor('stale.docx') });
    worker.reply({ type: 'progress', id: id - 1, stage: 'extracting', done: 1, total: 1 });
    worker.reply({ type: 'result', id, report: reportFor('a.docx') });
    expect((await parsing).source.name).toBe('a.docx');
    expect(progress).not.toHaveBeenCalled();
  });

  it('cancel terminates the worker, resolves as cancelled and gives the next file a fresh worker', async () => {
    const controller = new AbortController();
    const parsing = client.parse(fileOf('big.pdf'), { signal: controller.signal });
    await settle();
    const first = workers[0]!;
    const firstId = first.lastId();

    controller.abort();
    const report = await parsing;
    expect(report.error).toEqual({ code: 'cancelled', message: '已取消读取。' });
    expect(report.source).toEqual({ name: 'big.pdf', format: null, bytes: 4, pages: null });
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);

    // A result the old worker had already sent changes nothing.
    first.reply({ type: 'result', id: firstId, report: reportFor('big.pdf') });

    const next = client.parse(fileOf('next.docx'));
    await settle();
    expect(first.posted).toHaveLength(1);
    const fresh = workers[1]!;
    fresh.reply({ type: 'result', id: fresh.lastId(), report: reportFor('next.docx') });
    expect((await next).source.name).toBe('next.docx');
    expect(unhandled).toEqual([]);
  });

  it('a timeout terminates the worker and resolves with a Chinese timeout error', async () => {
    vi.useFakeTimers();
    const parsing = client.parse(fileOf('slow.pdf'), { timeoutMs: 30_000 });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    const report = await parsing;
    expect(report.error?.code).toBe('timeout');
    expect(report.error?.message).toMatch(/^读取超时：30 秒内没有读完/);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('a worker crash resolves with a Chinese error, is not an uncaught error, and respawns', async () => {
    const parsing = client.parse(fileOf('crash.docx'));
    await settle();
    const event = workers[0]!.fail();

    const report = await parsing;
    expect(event.defaultPrevented).toBe(true);
    expect(report.error?.code).toBe('unreadable-file');
    expect(report.error?.message).toContain('读取程序意外中止');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('an idle worker that fails is dropped without a respawn loop; the next file starts a new one', async () => {
    const first = client.parse(fileOf('one.docx'));
    await settle();
    workers[0]!.reply({ type: 'result', id: workers[0]!.lastId(), report: reportFor('one.docx') });
    await first;

    workers[0]!.fail();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(1);

    const second = client.parse(fileOf('two.docx'));
    await settle();
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ type: 'result', id: workers[1]!.lastId(), report: reportFor('two.docx') });
    expect((await second).error).toBeUndefined();
  });

  it('a failure message from the worker becomes the report error', async () => {
    const parsing = client.parse(fileOf('bug.docx'));
    await settle();
    const error = { code: 'unreadable-file', message: '文件无法读取：内部错误' } as const;
    workers[0]!.reply({ type: 'failure', id: workers[0]!.lastId(), error });
    const report = await parsing;
    expect(report.error).toEqual(error);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('reads one file at a time, in order', async () => {
    const first = client.parse(fileOf('1.docx'));
    const second = client.parse(fileOf('2.docx'));
    await settle();
    const worker = workers[0]!;
    expect(worker.posted.map(({ message }) => message.name)).toEqual(['1.docx']);

    worker.reply({ type: 'result', id: worker.lastId(), report: reportFor('1.docx') });
    await first;
    await settle();
    expect(worker.posted.map(({ message }) => message.name)).toEqual(['1.docx', '2.docx']);
    worker.reply({ type: 'result', id: worker.lastId(), report: reportFor('2.docx') });
    expect((await second).source.name).toBe('2.docx');
  });

  it('a file cancelled while it waits answers at once and is never sent', async () => {
    const first = client.parse(fileOf('1.docx'));
    const controller = new AbortController();
    const second = client.parse(fileOf('2.docx'), { signal: controller.signal });
    await settle();

    controller.abort();
    expect((await second).error?.code).toBe('cancelled');
    const worker = workers[0]!;
    expect(worker.terminated).toBe(false);

    worker.reply({ type: 'result', id: worker.lastId(), report: reportFor('1.docx') });
    expect((await first).error).toBeUndefined();
    await settle();
    expect(worker.posted.map(({ message }) => message.name)).toEqual(['1.docx']);
  });

  it('an already cancelled file starts no worker at all', async () => {
    const controller = new AbortController();
    controller.abort();
    const report = await client.parse(fileOf('x.docx'), { signal: controller.signal });
    expect(report.error?.code).toBe('cancelled');
    expect(workers).toHaveLength(0);
  });
});

describe('ParseClient when idle', () => {
  const IDLE_MS = 1_000;

  /** Answers the file the worker was last given with its report. */
  function answer(worker: FakeWorker, name: string): void {
    worker.reply({ type: 'result', id: worker.lastId(), report: reportFor(name) });
  }

  /** Gives the client a file that the newest worker answers at once. */
  async function readAtOnce(name: string): Promise<void> {
    const parsing = client.parse(fileOf(name));
    await vi.advanceTimersByTimeAsync(0);
    answer(workers.at(-1)!, name);
    expect((await parsing).error).toBeUndefined();
  }

  beforeEach(() => {
    vi.useFakeTimers();
    client = fakeClient({ idleTimeoutMs: IDLE_MS });
  });

  it('terminates the worker after the idle delay; the next file starts a new one', async () => {
    await readAtOnce('1.docx');

    await vi.advanceTimersByTimeAsync(IDLE_MS - 1);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0]!.terminated).toBe(true);

    await readAtOnce('2.docx');
    expect(workers).toHaveLength(2);
  });

  it('never terminates while a file is read or queued', async () => {
    const first = client.parse(fileOf('1.docx'));
    const second = client.parse(fileOf('2.docx'));
    await vi.advanceTimersByTimeAsync(IDLE_MS * 5);
    const worker = workers[0]!;
    expect(worker.terminated).toBe(false);

    answer(worker, '1.docx');
    await first;
    await vi.advanceTimersByTimeAsync(IDLE_MS * 5);
    expect(worker.posted.map(({ message }) => message.name)).toEqual(['1.docx', '2.docx']);
    expect(worker.terminated).toBe(false);

    answer(worker, '2.docx');
    await second;
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(worker.terminated).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('a file given during the idle wait keeps the worker and restarts the wait when done', async () => {
    await readAtOnce('1.docx');
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1);

    const second = client.parse(fileOf('2.docx'));
    await vi.advanceTimersByTimeAsync(IDLE_MS * 5);
    const worker = workers[0]!;
    expect(worker.terminated).toBe(false);
    answer(worker, '2.docx');
    await second;
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker.terminated).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('the fresh worker started after a cancel goes too when nothing follows', async () => {
    const controller = new AbortController();
    const parsing = client.parse(fileOf('big.pdf'), { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await parsing;
    expect(workers).toHaveLength(2);
    expect(workers[1]!.terminated).toBe(false);

    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(workers[1]!.terminated).toBe(true);
  });
});

describe('ParseClient with a pool of workers', () => {
  it('is sized to the machine, a core left to the page: capped, and at least one worker', () => {
    expect([undefined, 0, 1, 2, 3, 4, 5, 16].map(poolSizeFor)).toEqual([1, 1, 1, 1, 2, 3, 4, 4]);
  });

  it('reads as many files at once as it has workers, loading each file’s bytes only when its turn comes', async () => {
    const pool = fakeClient({ poolSize: 2 });
    const loaded: string[] = [];
    const lazy = (name: string) => ({
      name,
      bytes: async () => {
        loaded.push(name);
        return new Uint8Array([1, 2, 3]).buffer;
      },
    });
    const reading = ['1.docx', '2.docx', '3.docx'].map((name) => pool.parse(lazy(name)));
    await settle();
    expect(workers).toHaveLength(2);
    expect(workers.map((worker) => worker.posted.map(({ message }) => message.name))).toEqual([['1.docx'], ['2.docx']]);
    expect(loaded).toEqual(['1.docx', '2.docx']);

    // The second worker finishes first and takes the third file; the first is still busy.
    workers[1]!.reply({ type: 'result', id: workers[1]!.lastId(), report: reportFor('2.docx') });
    await settle();
    expect(loaded).toEqual(['1.docx', '2.docx', '3.docx']);
    expect(workers[1]!.posted.map(({ message }) => message.name)).toEqual(['2.docx', '3.docx']);
    workers[0]!.reply({ type: 'result', id: workers[0]!.lastId(), report: reportFor('1.docx') });
    workers[1]!.reply({ type: 'result', id: workers[1]!.lastId(), report: reportFor('3.docx') });
    const reports = await Promise.all(reading);
    expect(reports.map((report) => report.source.name)).toEqual(['1.docx', '2.docx', '3.docx']);
    expect(workers).toHaveLength(2);
  });

  it('a timeout replaces only the worker that overran; the other file is read on', async () => {
    vi.useFakeTimers();
    const pool = fakeClient({ poolSize: 2 });
    const stuck = pool.parse(fileOf('stuck.pdf'), { timeoutMs: 5_000 });
    const fine = pool.parse(fileOf('fine.docx'), { timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(4_000);
    const [first, second] = workers;
    second!.reply({ type: 'result', id: second!.lastId(), report: reportFor('fine.docx') });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await stuck).error?.code).toBe('timeout');
    expect((await fine).error).toBeUndefined();
    expect(first!.terminated).toBe(true);
    expect(second!.terminated).toBe(false);
    // The overrun worker's place is taken by a fresh one at once.
    expect(workers).toHaveLength(3);
  });

  it('a file that cannot be loaded is answered in Chinese and sent to no worker', async () => {
    const pool = fakeClient({ poolSize: 2 });
    const report = await pool.parse({
      name: 'gone.pdf',
      size: 10,
      bytes: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(report.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(workers.flatMap((worker) => worker.posted)).toEqual([]);
  });

  it('refuses a file whose known size is over the limit without loading it', async () => {
    const pool = fakeClient({ poolSize: 2 });
    let loads = 0;
    const report = await pool.parse({
      name: 'huge.pdf',
      size: 65 * 1024 * 1024,
      bytes: async () => {
        loads++;
        return new ArrayBuffer(1);
      },
    });
    expect(report.error?.code).toBe('too-large');
    expect(loads).toBe(0);
  });
  it('reads a report JSON back in a worker of the pool, its bytes loaded only when its turn comes', async () => {
    const pool = fakeClient({ poolSize: 1 });
    const loaded: string[] = [];
    const lazy = (name: string) => ({
      name,
      bytes: async () => {
        loaded.push(name);
        return new Uint8Array([123, 125]).buffer;
      },
    });
    const parsing = pool.parse(lazy('a.docx'));
    const restoring = pool.restore(lazy('导出.json'));
    await settle();
    expect(loaded).toEqual(['a.docx']);
    const [worker] = workers;
    worker!.reply({ type: 'result', id: worker!.lastId(), report: reportFor('a.docx') });
    await settle();
    expect(loaded).toEqual(['a.docx', '导出.json']);
    const { message, transfer } = worker!.posted.at(-1)!;
    expect(message).toEqual({ type: 'restore', id: message.id, name: '导出.json', bytes: transfer[0] });
    const documents = [reportFor('002.docx'), reportFor('003.docx')];
    worker!.reply({ type: 'restored', id: message.id, documents });
    expect((await parsing).source.name).toBe('a.docx');
    await expect(restoring).resolves.toEqual({ documents });
  });

  it('refuses a report JSON over the size limit without loading it', async () => {
    const pool = fakeClient({ poolSize: 2 });
    let loads = 0;
    const outcome = await pool.restore({
      name: 'huge.json',
      size: 65 * 1024 * 1024,
      bytes: async () => {
        loads++;
        return new ArrayBuffer(1);
      },
    });
    expect('failed' in outcome && outcome.failed.error?.code).toBe('too-large');
    expect(loads).toBe(0);
    expect(workers).toEqual([]);
  });

  it('a restore that overruns its time or is cancelled replaces its worker, like a parse', async () => {
    vi.useFakeTimers();
    const pool = fakeClient({ poolSize: 2 });
    const controller = new AbortController();
    const slow = pool.restore(fileOf('slow.json'), { timeoutMs: 5_000 });
    const cancelled = pool.restore(fileOf('cancelled.json'), { signal: controller.signal, timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(workers.map((worker) => worker.posted[0]?.message.type)).toEqual(['restore', 'restore']);
    controller.abort();
    await vi.advanceTimersByTimeAsync(4_000);
    const outcomes = await Promise.all([slow, cancelled]);
    expect(outcomes.map((outcome) => 'failed' in outcome && outcome.failed.error?.code)).toEqual([
      'timeout',
      'cancelled',
    ]);
    expect(workers.slice(0, 2).every((worker) => worker.terminated)).toBe(true);
    expect(workers).toHaveLength(4);
  });
});
