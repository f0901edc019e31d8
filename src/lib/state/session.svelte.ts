// The page's session: every file given this session, its progress and its report, and the lists
// the pages derive from them. State is private; pages read it through getters and change it
// through methods.

import { isReportJson, REPORT_SNIFF_BYTES } from '../export/report-json';
import type { InspectStage } from '../inspect';
import { isZipBundle, mayBeZipBundle, openZipBundle, type BundledFile } from '../intake/zip-bundle';
import { ReadError, toReadErrorData } from '../model/read-error';
import type { DocumentReport } from '../model/report';
import { withMetaCorrection, type MetaCorrection } from '../model/meta-correction';
import { withReview, type FindingReview } from '../model/review';
import { failedReport } from '../model/report';
import { ParseClient, type ParseProgress } from '../worker/parse-client';
import {
  describeStorageError,
  WorkspaceError,
  type StoredDocument,
  type Workspace,
  type WorkspaceChange,
} from '../workspace/store';
import { OCR_TIMEOUT_MS, PARSE_TIMEOUT_MS, refuseFileSize } from '../../parsers/budgets';
import { fetchSample, type Sample } from './samples';
import { idleTask } from './tasks';

/** Before the worker reports: the file waits for its turn, or its bytes are being loaded. */
export type FileStage = 'loading' | 'queued' | InspectStage;

/** Where each stage starts on the progress bar and how much of it the stage fills. */
const STAGE_SPAN: Record<FileStage, [start: number, width: number]> = {
  queued: [0, 0.05],
  loading: [0.05, 0.05],
  reading: [0.1, 0.6],
  extracting: [0.7, 0.2],
  checking: [0.9, 0.1],
  done: [1, 0],
};

/** Loads a file's bytes again: they are handed over (transferred) to the worker at every read. */
export type LoadBytes = (signal: AbortSignal) => Promise<ArrayBuffer>;

/** Where a file's bytes come from: loaded only when the file's turn comes, so a batch is never all in memory. */
interface ByteSource {
  load: LoadBytes;
  /** Known before loading (a `File`'s), so a huge file is refused unread. */
  size?: number;
  /** The start of the file, to tell an exported report JSON without loading all of it. */
  head?: () => Promise<Uint8Array>;
  /** What the workspace keeps: the dropped `File` itself, so no second copy of its bytes is made. */
  keep?: Blob;
}

/** Where a file is kept in this browser's workspace, and when it was added (ms since 1970, as stored). */
export interface StoredMark {
  key: number;
  added: number;
}

/** The bytes as an ArrayBuffer of their own, to hand over (transfer) to the worker. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
}

/** A file read without error: its entry's id (stable while the page is open) and its report. */
export interface ReadableFile {
  id: number;
  report: DocumentReport;
}

export class FileEntry {
  readonly id: number;
  readonly name: string;
  readonly load: LoadBytes;
  /** The exported report JSON this entry was restored from, instead of being read from its file. */
  readonly restoredFrom: string | null;
  #stage = $state<FileStage>('queued');
  #progress = $state(0);
  #report = $state.raw<DocumentReport | null>(null);
  #startedAt: number | null = null;
  #readMs = $state<number | null>(null);
  #stored = $state.raw<StoredMark | null>(null);
  readonly #controller = new AbortController();

  constructor(id: number, name: string, load: LoadBytes, restoredFrom: string | null = null) {
    this.id = id;
    this.name = name;
    this.load = load;
    this.restoredFrom = restoredFrom;
  }

  get stage(): FileStage {
    return this.#stage;
  }

  /** Overall progress from 0 to 1. */
  get progress(): number {
    return this.#progress;
  }

  /** Null while the file is being read. */
  get report(): DocumentReport | null {
    return this.#report;
  }

  /** How long the file took from its turn to its report (ms); null until read, and for a restored report. */
  get readMs(): number | null {
    return this.#readMs;
  }

  /** Set once the file is kept in this browser's workspace. */
  get stored(): StoredMark | null {
    return this.#stored;
  }

  /** The file is a scan, which can be read by OCR if the user asks. */
  get isScan(): boolean {
    return this.#report?.error?.code === 'no-text-layer';
  }

  /** The file asks for a PDF open password (or the one given was wrong). */
  get needsPassword(): boolean {
    const code = this.#report?.error?.code;
    return code === 'password-required' || code === 'wrong-password';
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  cancel(): void {
    this.#controller.abort();
  }

  advance(stage: FileStage, done = 0, total = 1): void {
    if (stage === 'loading' && this.#startedAt === null) this.#startedAt = performance.now();
    const [start, width] = STAGE_SPAN[stage];
    this.#stage = stage;
    this.#progress = start + (total > 0 ? (width * done) / total : 0);
  }

  /** The file's report, read or failed: the entry is done. */
  settle(report: DocumentReport): void {
    if (this.#startedAt !== null) this.#readMs = performance.now() - this.#startedAt;
    this.advance('done');
    this.#report = report;
  }

  /** The same report with a reviewer's marks or the user's meta changed. */
  revise(report: DocumentReport): void {
    this.#report = report;
  }

  markStored(stored: StoredMark): void {
    this.#stored = stored;
  }
}

export class Session {
  /** Replaced, never mutated: a new file makes a new array. */
  #entries = $state.raw<FileEntry[]>([]);
  /** Why files are not being kept in this browser, when storage failed (Chinese). */
  #storageNotice = $state<string | null>(null);
  #readable = $derived(
    this.#entries.flatMap((entry): ReadableFile[] =>
      entry.report && !entry.report.error ? [{ id: entry.id, report: entry.report }] : [],
    ),
  );
  #reports = $derived(this.#readable.map((file) => file.report));
  #readingCount = $derived(this.#entries.filter((entry) => entry.report === null).length);
  #storedCount = $derived(this.#entries.filter((entry) => entry.stored !== null).length);
  readonly #client: ParseClient;
  readonly #workspace: Workspace | null;
  #nextId = 1;
  /**
   * Files are kept in the workspace in the order they were given, whatever order the worker pool
   * reads them in, so that a reload shows them in the same order: each waits for the one before.
   */
  #keepTurn: Promise<void> = Promise.resolve();

  /** With a workspace, read files are kept in this browser and the ones kept before come back. */
  constructor(client: ParseClient = new ParseClient(), workspace: Workspace | null = null) {
    this.#client = client;
    this.#workspace = workspace;
    if (workspace) {
      void this.#restoreWorkspace(workspace);
      workspace.onChange((change) => void this.#follow(change));
    }
  }

  /** Every file of this session in page order, the ones kept from an earlier visit first. */
  get entries(): readonly FileEntry[] {
    return this.#entries;
  }

  get storageNotice(): string | null {
    return this.#storageNotice;
  }

  /** The files read without error, in page order. */
  get readable(): ReadableFile[] {
    return this.#readable;
  }

  /** The reports of the files read without error, in page order. */
  get reports(): DocumentReport[] {
    return this.#reports;
  }

  /** Files still loading, queued or being read. */
  get readingCount(): number {
    return this.#readingCount;
  }

  /** Files kept in this browser's workspace. */
  get storedCount(): number {
    return this.#storedCount;
  }

  /** True while read files are being kept in this browser. */
  get persistent(): boolean {
    return this.#workspace !== null && this.#storageNotice === null;
  }

  /** Takes a file off the page and out of the workspace (cancelling it if it is being read). */
  remove(entry: FileEntry): void {
    entry.cancel();
    this.#entries = this.#entries.filter((other) => other !== entry);
    if (entry.stored && this.#workspace) void this.#store(() => this.#workspace!.remove(entry.stored!.key));
  }

  /** How many files the workspace holds now (other tabs' included); null when storage failed. */
  countStored(): Promise<number | null> {
    if (!this.#workspace) return Promise.resolve(0);
    return this.#store(() => this.#workspace!.count());
  }

  /** Removes every file from the page and from the workspace; resolves to how many were stored. */
  async clear(): Promise<number> {
    for (const entry of this.#entries) entry.cancel();
    this.#entries = [];
    return (await this.#store(() => this.#workspace?.clear() ?? Promise.resolve(0))) ?? 0;
  }

  /**
   * Records a reviewer's mark on the finding `key` of a read file (null takes it away), and keeps it
   * with the file in this browser's workspace.
   */
  review(entry: FileEntry, key: string, review: FindingReview | null): void {
    this.#revise(entry, (report) => withReview(report, key, review));
  }

  /**
   * Sets the user's own 机构/年度/预算或决算/部门或单位 of a read file (replacing an earlier correction;
   * an empty one takes it away), and keeps it with the file in this browser's workspace.
   */
  correctMeta(entry: FileEntry, correction: MetaCorrection): void {
    this.#revise(entry, (report) => withMetaCorrection(report, correction));
  }

  /** The file's report changed by the user, on the page and in the workspace. */
  #revise(entry: FileEntry, change: (report: DocumentReport) => DocumentReport): void {
    const report = entry.report;
    if (!report || report.error) return;
    const revised = change(report);
    entry.revise(revised);
    const stored = entry.stored;
    if (stored && this.#workspace) void this.#store(() => this.#workspace!.update(stored.key, revised));
  }

  async #restoreWorkspace(workspace: Workspace): Promise<void> {
    const stored = await this.#store(() => workspace.list());
    if (!stored || stored.length === 0) return;
    // Another tab's file may have arrived (through #follow) while the list was read.
    const restored = stored.filter((document) => !this.#holds(document.key)).map((d) => this.#storedEntry(d));
    this.#entries = [...restored, ...this.#entries];
  }

  #storedEntry(document: StoredDocument): FileEntry {
    // The report is shown as stored; the bytes are read again only for page images and exports.
    const entry = new FileEntry(this.#nextId++, document.name, () => document.bytes.arrayBuffer());
    entry.settle(document.report);
    entry.markStored({ key: document.key, added: document.added });
    return entry;
  }

  #holds(key: number): boolean {
    return this.#entries.some((entry) => entry.stored?.key === key);
  }

  /**
   * Another tab changed the workspace: this page follows, so that no tab shows as saved a file
   * that is gone, and 清除 anywhere removes what every tab kept.
   */
  async #follow(change: WorkspaceChange): Promise<void> {
    if (change.kind === 'cleared' || change.kind === 'removed') {
      const gone = (entry: FileEntry) =>
        entry.stored !== null && (change.kind === 'cleared' || entry.stored.key === change.key);
      this.#entries = this.#entries.filter((entry) => !gone(entry));
      return;
    }
    const stored = await this.#store(() => this.#workspace!.list());
    const document = stored?.find((candidate) => candidate.key === change.key);
    if (!document) return;
    const entry = this.#entries.find((candidate) => candidate.stored?.key === change.key);
    if (entry) entry.revise(document.report);
    else if (change.kind === 'added') this.#entries = [...this.#entries, this.#storedEntry(document)];
  }

  /** Runs a workspace call; a failure shows the notice and the page goes on without storage. */
  async #store<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      return await action();
    } catch (error) {
      this.#storageNotice = error instanceof WorkspaceError ? error.message : describeStorageError(error);
      return null;
    }
  }

  async #keep(entry: FileEntry, bytes: Blob): Promise<void> {
    const report = entry.report;
    if (!this.persistent || !report || report.error || entry.signal.aborted) return;
    const added = Date.now();
    const key = await this.#store(() => this.#workspace!.add({ name: entry.name, added, report, bytes }));
    // Removed while it was being saved: take it out again.
    if (key !== null && !this.#entries.includes(entry)) void this.#store(() => this.#workspace!.remove(key));
    else if (key !== null) {
      entry.markStored({ key, added });
      // Marked or corrected while it was being saved: the stored copy catches up.
      const latest = entry.report;
      if (latest && latest !== report) await this.#store(() => this.#workspace!.update(key, latest));
    }
  }

  addFiles(files: Iterable<File>): void {
    for (const file of files) {
      // Refused before a byte is read: a report JSON as much as a document.
      const refusal = refuseFileSize(file.size);
      if (refusal) {
        const entry = new FileEntry(this.#nextId++, file.name, () => Promise.reject(refusal));
        entry.settle(failedReport(file.name, file.size, refusal.toData()));
        this.#entries = [...this.#entries, entry];
        continue;
      }
      void this.#read(file.name, {
        load: async () => {
          try {
            return await file.arrayBuffer();
          } catch {
            throw new ReadError('unreadable-file', `无法打开文件 ${file.name}：浏览器没有读到它的内容。`);
          }
        },
        size: file.size,
        head: async () => new Uint8Array(await file.slice(0, REPORT_SNIFF_BYTES).arrayBuffer()),
        keep: file,
      });
    }
  }

  addSample(sample: Sample): void {
    void this.#read(sample.name, { load: (signal) => fetchSample(sample, signal) });
  }

  /** Reads a password-protected PDF again with the password the user typed, in the same place. */
  unlock(previous: FileEntry, password: string): void {
    void this.#read(previous.name, { load: previous.load }, password, previous);
  }

  /** Reads a scan again, by OCR on this machine, in the same place. */
  recognize(previous: FileEntry): void {
    void this.#read(previous.name, { load: previous.load }, undefined, previous, true);
  }

  async #read(name: string, source: ByteSource, password?: string, replacing?: FileEntry, ocr = false): Promise<void> {
    const entry = new FileEntry(this.#nextId++, name, source.load);
    this.#entries = replacing
      ? this.#entries.map((other) => (other === replacing ? entry : other))
      : [...this.#entries, entry];
    await this.#readInTurn(entry, source, password, ocr);
  }

  /** Reads the entry; its place in the workspace order is taken now, before anything is awaited. */
  async #readInTurn(entry: FileEntry, source: ByteSource, password?: string, ocr = false): Promise<void> {
    const previous = this.#keepTurn;
    let done!: () => void;
    this.#keepTurn = new Promise((resolve) => (done = resolve));
    try {
      await this.#readEntry(entry, source, previous, password, ocr);
    } finally {
      void previous.then(done);
    }
  }

  /** `keepAfter`: settles once the files given before this one are kept (or will not be). */
  async #readEntry(
    entry: FileEntry,
    source: ByteSource,
    keepAfter: Promise<void>,
    password?: string,
    ocr = false,
  ): Promise<void> {
    const head = await this.#head(source);
    if (head && isReportJson(head)) {
      await this.#restoreExported(entry, source);
      return;
    }
    let loaded: ArrayBuffer | null = null;
    // Only a file named .zip: a plain zip under a document's name (`x.docx`) is a mislabelled
    // file, and the reader says so, rather than a folder sent as one file.
    if (head && /\.zip$/i.test(entry.name) && mayBeZipBundle(head)) {
      // Loaded now, not at its turn: only its directory tells a zip of documents from a document.
      try {
        loaded = await source.load(entry.signal);
      } catch (error) {
        entry.settle(failedReport(entry.name, source.size ?? 0, toReadErrorData(error)));
        return;
      }
      if (isZipBundle(new Uint8Array(loaded))) {
        this.#openBundle(entry, new Uint8Array(loaded));
        return;
      }
    }
    // A file with no `File` behind it (a sample) is kept from a copy: its buffer goes to the worker.
    let kept = source.keep ?? null;
    const report = await this.#client.parse(
      {
        name: entry.name,
        size: source.size,
        bytes: async (signal) => {
          entry.advance('loading');
          const bytes = loaded ?? (await source.load(signal));
          loaded = null;
          if (!kept && this.persistent) kept = new Blob([bytes]);
          return bytes;
        },
        password,
        ocr,
      },
      {
        signal: entry.signal,
        timeoutMs: ocr ? OCR_TIMEOUT_MS : PARSE_TIMEOUT_MS,
        onProgress: ({ stage, done, total }: ParseProgress) => entry.advance(stage, done, total),
      },
    );
    entry.settle(report);
    if (!kept) return;
    await keepAfter;
    // Stored when the page is idle: cloning the report into IndexedDB in the task that draws it
    // made that task long.
    await idleTask();
    await this.#keep(entry, kept);
  }

  /** The file's first bytes, when it can give them cheaply (a dropped file); any error: none, and the reader will say. */
  async #head(source: ByteSource): Promise<Uint8Array | null> {
    try {
      return source.head ? await source.head() : null;
    } catch {
      return null;
    }
  }

  /**
   * A zip of documents: its files take its place on the page, each read as if dropped on its own
   * and inflated only when its turn comes. A zip inside is not opened again (it is read as a file).
   */
  #openBundle(entry: FileEntry, bytes: Uint8Array): void {
    let files: BundledFile[];
    try {
      files = openZipBundle(bytes);
    } catch (error) {
      entry.settle(failedReport(entry.name, bytes.byteLength, toReadErrorData(error)));
      return;
    }
    if (files.length === 0) {
      const message = `压缩包 ${entry.name} 里没有可读取的文件。`;
      entry.settle(failedReport(entry.name, bytes.byteLength, { code: 'empty-file', message }));
      return;
    }
    const sources = files.map((file): [FileEntry, ByteSource] => {
      const load = async () => toArrayBuffer(file.inflate());
      return [new FileEntry(this.#nextId++, file.name, load), { load, size: file.size }];
    });
    const opened = sources.map(([bundled]) => bundled);
    this.#entries = this.#entries.flatMap((other) => (other === entry ? opened : [other]));
    for (const [bundled, source] of sources) void this.#readInTurn(bundled, source);
  }

  /**
   * A report exported earlier: its documents take the entry's place as they were. A worker of the
   * pool loads and checks the JSON when its turn comes (with the same size cap and time limit as a
   * document), so a large one does not freeze the page.
   */
  async #restoreExported(entry: FileEntry, source: ByteSource): Promise<void> {
    const outcome = await this.#client.restore(
      {
        name: entry.name,
        size: source.size,
        bytes: (signal) => {
          entry.advance('loading');
          return source.load(signal);
        },
      },
      { signal: entry.signal, timeoutMs: PARSE_TIMEOUT_MS },
    );
    if ('failed' in outcome) {
      entry.settle(outcome.failed);
      return;
    }
    const restored = outcome.documents.map((report) => {
      const document = new FileEntry(this.#nextId++, report.source.name, entry.load, entry.name);
      document.settle(report);
      return document;
    });
    this.#entries = this.#entries.flatMap((other) => (other === entry ? restored : [other]));
  }
}
