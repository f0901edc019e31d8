// Session state of the drop page: every file given this session, its progress and its report.

import { isReportJson, readReportJson } from '../export/report-json';
import type { InspectStage } from '../inspect';
import { ReadError, toReadErrorData } from '../model/read-error';
import type { DocumentReport } from '../model/report';
import { failedReport } from '../model/report';
import { ParseClient, type ParseProgress } from '../worker/parse-client';
import { fetchSample, type Sample } from './samples';

/** Before the worker reports: the bytes are being loaded, or the file waits for its turn. */
export type FileStage = 'loading' | 'queued' | InspectStage;

/** Long enough for a large scanned PDF, short enough that a stuck parse does not hang forever. */
const PARSE_TIMEOUT_MS = 120_000;

/** Where each stage starts on the progress bar and how much of it the stage fills. */
const STAGE_SPAN: Record<FileStage, [start: number, width: number]> = {
  loading: [0, 0.05],
  queued: [0.05, 0.05],
  reading: [0.1, 0.6],
  extracting: [0.7, 0.2],
  checking: [0.9, 0.1],
  done: [1, 0],
};

/** Loads a file's bytes again: they are handed over (transferred) to the worker at every read. */
export type LoadBytes = (signal: AbortSignal) => Promise<ArrayBuffer>;

export class FileEntry {
  readonly id: number;
  readonly name: string;
  readonly load: LoadBytes;
  stage = $state<FileStage>('loading');
  /** Overall progress from 0 to 1. */
  progress = $state(0);
  /** Null while the file is being read. */
  report = $state.raw<DocumentReport | null>(null);
  /** The exported report JSON this entry was restored from, instead of being read from its file. */
  restoredFrom: string | null = null;
  readonly #controller = new AbortController();

  constructor(id: number, name: string, load: LoadBytes) {
    this.id = id;
    this.name = name;
    this.load = load;
  }

  /** The file asks for a PDF open password (or the one given was wrong). */
  get needsPassword(): boolean {
    const code = this.report?.error?.code;
    return code === 'password-required' || code === 'wrong-password';
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  cancel(): void {
    this.#controller.abort();
  }

  advance(stage: FileStage, done = 0, total = 1): void {
    const [start, width] = STAGE_SPAN[stage];
    this.stage = stage;
    this.progress = start + (total > 0 ? (width * done) / total : 0);
  }
}

export class Session {
  /** Replaced, never mutated: a new file makes a new array. */
  entries = $state.raw<FileEntry[]>([]);
  readonly #client: ParseClient;
  #nextId = 1;

  constructor(client: ParseClient = new ParseClient()) {
    this.#client = client;
  }

  addFiles(files: Iterable<File>): void {
    for (const file of files) {
      void this.#read(file.name, async () => {
        try {
          return await file.arrayBuffer();
        } catch {
          throw new ReadError('unreadable-file', `无法打开文件 ${file.name}：浏览器没有读到它的内容。`);
        }
      });
    }
  }

  addSample(sample: Sample): void {
    void this.#read(sample.name, (signal) => fetchSample(sample, signal));
  }

  /** Reads a password-protected PDF again with the password the user typed, in the same place. */
  unlock(previous: FileEntry, password: string): void {
    void this.#read(previous.name, previous.load, password, previous);
  }

  async #read(name: string, load: LoadBytes, password?: string, replacing?: FileEntry): Promise<void> {
    const entry = new FileEntry(this.#nextId++, name, load);
    this.entries = replacing
      ? this.entries.map((other) => (other === replacing ? entry : other))
      : [...this.entries, entry];
    let bytes: ArrayBuffer;
    try {
      bytes = await load(entry.signal);
    } catch (error) {
      entry.report = failedReport(name, 0, toReadErrorData(error));
      return;
    }
    if (isReportJson(new Uint8Array(bytes))) {
      this.#restore(entry, bytes);
      return;
    }
    entry.advance('queued');
    entry.report = await this.#client.parse(
      { name, bytes, password },
      {
        signal: entry.signal,
        timeoutMs: PARSE_TIMEOUT_MS,
        onProgress: ({ stage, done, total }: ParseProgress) => entry.advance(stage, done, total),
      },
    );
  }

  /** A report exported earlier: its documents take the entry's place as they were, no worker. */
  #restore(entry: FileEntry, bytes: ArrayBuffer): void {
    let documents: DocumentReport[];
    try {
      documents = readReportJson(new TextDecoder().decode(bytes));
    } catch (error) {
      entry.report = failedReport(entry.name, bytes.byteLength, toReadErrorData(error));
      return;
    }
    const restored = documents.map((report) => {
      const document = new FileEntry(this.#nextId++, report.source.name, entry.load);
      document.restoredFrom = entry.name;
      document.advance('done');
      document.report = report;
      return document;
    });
    this.entries = this.entries.flatMap((other) => (other === entry ? restored : [other]));
  }
}
