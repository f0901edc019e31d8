// Session state of the drop page: every file given this session, its progress and its report.

import { isReportJson, readReportJson } from '../export/report-json';
import type { InspectStage } from '../inspect';
import { ReadError, toReadErrorData } from '../model/read-error';
import type { DocumentReport } from '../model/report';
import { failedReport } from '../model/report';
import { ParseClient, type ParseProgress } from '../worker/parse-client';
import { describeStorageError, WorkspaceError, type Workspace } from '../workspace/store';
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
  /** Set once the file is kept in this browser's workspace. */
  stored = $state.raw<{ key: number; added: Date } | null>(null);
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
  /** Why files are not being kept in this browser, when storage failed (Chinese). */
  storageNotice = $state<string | null>(null);
  readonly #client: ParseClient;
  readonly #workspace: Workspace | null;
  #nextId = 1;

  /** With a workspace, read files are kept in this browser and the ones kept before come back. */
  constructor(client: ParseClient = new ParseClient(), workspace: Workspace | null = null) {
    this.#client = client;
    this.#workspace = workspace;
    if (workspace) void this.#restoreWorkspace(workspace);
  }

  /** True while read files are being kept in this browser. */
  get persistent(): boolean {
    return this.#workspace !== null && this.storageNotice === null;
  }

  /** Takes a file off the page and out of the workspace (cancelling it if it is being read). */
  remove(entry: FileEntry): void {
    entry.cancel();
    this.entries = this.entries.filter((other) => other !== entry);
    if (entry.stored && this.#workspace) void this.#store(() => this.#workspace!.remove(entry.stored!.key));
  }

  /** Removes every file from the page and from the workspace; resolves to how many were stored. */
  async clear(): Promise<number> {
    for (const entry of this.entries) entry.cancel();
    this.entries = [];
    return (await this.#store(() => this.#workspace?.clear() ?? Promise.resolve(0))) ?? 0;
  }

  async #restoreWorkspace(workspace: Workspace): Promise<void> {
    const stored = await this.#store(() => workspace.list());
    if (!stored || stored.length === 0) return;
    const restored = stored.map((document) => {
      // The report is shown as stored; the bytes are read again only for page images and exports.
      const entry = new FileEntry(this.#nextId++, document.name, () => document.bytes.arrayBuffer());
      entry.report = document.report;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a time stamp, never changed in place
      entry.stored = { key: document.key, added: new Date(document.added) };
      entry.advance('done');
      return entry;
    });
    this.entries = [...restored, ...this.entries];
  }

  /** Runs a workspace call; a failure shows the notice and the page goes on without storage. */
  async #store<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      return await action();
    } catch (error) {
      this.storageNotice = error instanceof WorkspaceError ? error.message : describeStorageError(error);
      return null;
    }
  }

  async #keep(entry: FileEntry, bytes: Blob): Promise<void> {
    const report = entry.report;
    if (!this.#workspace || !report || report.error || entry.signal.aborted) return;
    const added = Date.now();
    const key = await this.#store(() => this.#workspace!.add({ name: entry.name, added, report, bytes }));
    // Removed while it was being saved: take it out again.
    if (key !== null && !this.entries.includes(entry)) void this.#store(() => this.#workspace!.remove(key));
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a time stamp, never changed in place
    else if (key !== null) entry.stored = { key, added: new Date(added) };
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
      this.#restoreExported(entry, bytes);
      return;
    }
    entry.advance('queued');
    // A copy of the bytes to keep: the buffer itself is handed over (transferred) to the worker.
    const kept = this.#workspace && this.storageNotice === null ? new Blob([bytes]) : null;
    entry.report = await this.#client.parse(
      { name, bytes, password },
      {
        signal: entry.signal,
        timeoutMs: PARSE_TIMEOUT_MS,
        onProgress: ({ stage, done, total }: ParseProgress) => entry.advance(stage, done, total),
      },
    );
    if (kept) await this.#keep(entry, kept);
  }

  /** A report exported earlier: its documents take the entry's place as they were, no worker. */
  #restoreExported(entry: FileEntry, bytes: ArrayBuffer): void {
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
