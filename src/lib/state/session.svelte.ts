// The page's session: every file given this session, its progress and its report, and the lists
// the pages derive from them. State is private; pages read it through getters and change it
// through methods.

import { isReportJson, readReportJson } from '../export/report-json';
import type { InspectStage } from '../inspect';
import { ReadError, toReadErrorData } from '../model/read-error';
import type { DocumentReport } from '../model/report';
import { withMetaCorrection, type MetaCorrection } from '../model/meta-correction';
import { withReview, type FindingReview } from '../model/review';
import { failedReport } from '../model/report';
import { ParseClient, type ParseProgress } from '../worker/parse-client';
import { describeStorageError, WorkspaceError, type Workspace } from '../workspace/store';
import { fetchSample, type Sample } from './samples';

/** Before the worker reports: the bytes are being loaded, or the file waits for its turn. */
export type FileStage = 'loading' | 'queued' | InspectStage;

/** Long enough for a large scanned PDF, short enough that a stuck parse does not hang forever. */
const PARSE_TIMEOUT_MS = 120_000;
/** OCR takes seconds a page: a scan's time limit is generous, and the card offers a cancel button. */
const OCR_TIMEOUT_MS = 60 * 60_000;

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

/** Where a file is kept in this browser's workspace, and when it was added (ms since 1970, as stored). */
export interface StoredMark {
  key: number;
  added: number;
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
  #stage = $state<FileStage>('loading');
  #progress = $state(0);
  #report = $state.raw<DocumentReport | null>(null);
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

  /** Set once the file is kept in this browser's workspace. */
  get stored(): StoredMark | null {
    return this.#stored;
  }

  /** The file asks for a PDF open password (or the one given was wrong). */
  /** The file is a scan, which can be read by OCR if the user asks. */
  get isScan(): boolean {
    return this.#report?.error?.code === 'no-text-layer';
  }

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
    const [start, width] = STAGE_SPAN[stage];
    this.#stage = stage;
    this.#progress = start + (total > 0 ? (width * done) / total : 0);
  }

  /** The file's report, read or failed: the entry is done. */
  settle(report: DocumentReport): void {
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

  /** With a workspace, read files are kept in this browser and the ones kept before come back. */
  constructor(client: ParseClient = new ParseClient(), workspace: Workspace | null = null) {
    this.#client = client;
    this.#workspace = workspace;
    if (workspace) void this.#restoreWorkspace(workspace);
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
    const restored = stored.map((document) => {
      // The report is shown as stored; the bytes are read again only for page images and exports.
      const entry = new FileEntry(this.#nextId++, document.name, () => document.bytes.arrayBuffer());
      entry.settle(document.report);
      entry.markStored({ key: document.key, added: document.added });
      return entry;
    });
    this.#entries = [...restored, ...this.#entries];
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
    if (!this.#workspace || !report || report.error || entry.signal.aborted) return;
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

  /** Reads a scan again, by OCR on this machine, in the same place. */
  recognize(previous: FileEntry): void {
    void this.#read(previous.name, previous.load, undefined, previous, true);
  }

  async #read(name: string, load: LoadBytes, password?: string, replacing?: FileEntry, ocr = false): Promise<void> {
    const entry = new FileEntry(this.#nextId++, name, load);
    this.#entries = replacing
      ? this.#entries.map((other) => (other === replacing ? entry : other))
      : [...this.#entries, entry];
    let bytes: ArrayBuffer;
    try {
      bytes = await load(entry.signal);
    } catch (error) {
      entry.settle(failedReport(name, 0, toReadErrorData(error)));
      return;
    }
    if (isReportJson(new Uint8Array(bytes))) {
      this.#restoreExported(entry, bytes);
      return;
    }
    entry.advance('queued');
    // A copy of the bytes to keep: the buffer itself is handed over (transferred) to the worker.
    const kept = this.#workspace && this.#storageNotice === null ? new Blob([bytes]) : null;
    const report = await this.#client.parse(
      { name, bytes, password, ocr },
      {
        signal: entry.signal,
        timeoutMs: ocr ? OCR_TIMEOUT_MS : PARSE_TIMEOUT_MS,
        onProgress: ({ stage, done, total }: ParseProgress) => entry.advance(stage, done, total),
      },
    );
    entry.settle(report);
    if (kept) await this.#keep(entry, kept);
  }

  /** A report exported earlier: its documents take the entry's place as they were, no worker. */
  #restoreExported(entry: FileEntry, bytes: ArrayBuffer): void {
    let documents: DocumentReport[];
    try {
      documents = readReportJson(new TextDecoder().decode(bytes));
    } catch (error) {
      entry.settle(failedReport(entry.name, bytes.byteLength, toReadErrorData(error)));
      return;
    }
    const restored = documents.map((report) => {
      const document = new FileEntry(this.#nextId++, report.source.name, entry.load, entry.name);
      document.settle(report);
      return document;
    });
    this.#entries = this.#entries.flatMap((other) => (other === entry ? restored : [other]));
  }
}
